/**
 * Picture capture: pictures attached to a composer's post, caught where the user hands them
 * over (a file input's change, a paste, a drop) or, when no such event was seen, read from the
 * site's own previews inside the composer's scope (src/page/pictures.ts does the reading).
 */
import type { Composer } from './composer';
import { analyse, picturesIn, readPreview, warmUp, type AttachedPicture } from './pictures';
import type { ComposerRegistry } from './registry';
import type { Scope } from './scope';

export interface CaptureDeps {
  scope: Scope;
  registry: ComposerRegistry;
  /** Netra is on here and the picture check is switched on. */
  enabled(): boolean;
  lang(): 'id' | 'en';
  log(message: string): void;
  /** A picture of `c` was analysed (after the composer's own re-check). */
  settled(c: Composer): void;
  signal: AbortSignal;
}

export interface PictureCapture {
  /** Read the site's previews in `c`'s scope: new pictures, or all of them removed. */
  scanPreviews(c: Composer): void;
}

export function startPictureCapture(d: CaptureDeps): PictureCapture {
  const { scope, registry, signal } = d;
  const previewSel = (scope.adapter.pictures?.previews ?? []).join(',');
  /** Composers whose site previews have been seen: their disappearance means "removed". */
  const previewsSeen = new WeakSet<Composer>();

  const attach = (c: Composer, p: AttachedPicture) => {
    c.addPicture(p);
    // After the composer's own re-check (registered first, in addPicture).
    void p.settled.then(() => d.settled(c));
  };

  /** A file chosen, pasted or dropped: analyse it at once, as the site uploads it. */
  const onPictures = (e: Event) => {
    try {
      if (!d.enabled()) return;
      const path = e.composedPath();
      const target = path[0] instanceof Element ? path[0] : null;
      let files: File[];
      if (e.type === 'change') {
        if (!(target instanceof HTMLInputElement) || target.type !== 'file') return;
        files = picturesIn(target.files);
      } else if (e.type === 'paste') files = picturesIn((e as ClipboardEvent).clipboardData?.files);
      else files = picturesIn((e as DragEvent).dataTransfer?.files);
      if (files.length === 0) return;
      const c = registry.fromPath(path) ?? (target ? registry.pick(scope.composersNear(target)) : null) ?? registry.last;
      if (!c) return;
      for (const f of files) attach(c, analyse(f, d.lang(), d.log));
    } catch (err) {
      d.log(`picture capture failed: ${String(err)}`);
    }
  };
  for (const type of ['change', 'paste', 'drop']) document.addEventListener(type, onPictures, { capture: true, signal });

  /** A file picker opening (the site clicks its hidden input) or files dragged in: get ready. */
  const onPictureIntent = (e: Event) => {
    if (!d.enabled()) return;
    const target = e.composedPath()[0];
    const intent = e.type === 'click' ? target instanceof HTMLInputElement && target.type === 'file' : !!(e as DragEvent).dataTransfer?.types.includes('Files');
    if (intent) warmUp(d.log);
  };
  for (const type of ['click', 'dragenter']) document.addEventListener(type, onPictureIntent, { capture: true, passive: true, signal });

  // `change` is not composed: inside open shadow roots (LinkedIn) it never reaches the document.
  const shadowsWatched = new WeakSet<ShadowRoot>();
  for (const hostSel of scope.adapter.shadowHosts ?? []) {
    const watch = () => {
      for (const host of document.querySelectorAll(hostSel)) {
        const root = host.shadowRoot;
        if (!root || shadowsWatched.has(root)) continue;
        shadowsWatched.add(root);
        root.addEventListener('change', onPictures, { capture: true, signal });
      }
    };
    document.addEventListener('focusin', watch, { capture: true, signal });
  }

  /**
   * Pictures handed over in another box whose own scope shows no preview, now previewed here:
   * the site moved them (WhatsApp: pasted in the chat box, shown and sent from the media
   * viewer's caption box; Instagram: picked before the caption exists, so caught for the box
   * last used). They move with the preview, so they are not analysed twice and do not stay
   * behind to flag the other box's next post.
   */
  function adoptHandedOver(c: Composer): boolean {
    let adopted = false;
    for (const o of registry.all()) {
      // A box that is gone took its pictures with it (a discarded dialog); one that shows
      // previews of its own keeps them.
      if (o === c || !o.el.isConnected || o.pictures.length === 0 || o.pictures.some((p) => p.previewUrl)) continue;
      if (scope.queryDeepAll(scope.scopeOf(o.el), previewSel).length > 0) continue;
      const moved = o.pictures;
      o.clearPictures();
      for (const p of moved) attach(c, p);
      adopted = true;
    }
    return adopted;
  }

  return {
    scanPreviews(c) {
      if (!previewSel || !d.enabled() || !c.el.isConnected) return;
      const imgs = scope.queryDeepAll(scope.scopeOf(c.el), previewSel).filter((i): i is HTMLImageElement => i instanceof HTMLImageElement);
      if (imgs.length > 0) previewsSeen.add(c);
      else if (previewsSeen.has(c) && c.pictures.length > 0 && !c.picturesPending()) {
        previewsSeen.delete(c);
        c.clearPictures();
        return;
      }
      // Pictures captured from events are the same ones the previews show.
      if (c.pictures.some((p) => !p.previewUrl)) return;
      if (imgs.length > 0 && c.pictures.length === 0 && adoptHandedOver(c)) return;
      for (const img of imgs) {
        const url = img.currentSrc || img.src;
        if (!/^(blob:|data:image\/)/.test(url) || c.pictures.some((p) => p.previewUrl === url)) continue;
        attach(c, analyse(readPreview(img), d.lang(), d.log, url));
      }
    },
  };
}
