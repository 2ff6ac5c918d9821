/**
 * Pictures attached to a post, as the page sees them (shared/research/platforms.md §4.3):
 * captured where the user hands them over (a file input's change, a paste, a drop), or, when no
 * such event was seen (a detached input the site clicked), read from the composer's preview
 * images (`blob:`/`data:` URLs, read here in the page's context: nothing is fetched over the
 * network). The bytes go to the background, which analyses them off the page (src/images/).
 *
 * This file is all the picture code the content script carries; decoding, logo matching and OCR
 * load in the analyser only when a picture is attached.
 */
import type { PictureAnalysis } from '../images/types';
import { sendToBackground } from '../messages';

/** Larger files are left alone (a 25 MB camera original would take long to pass around). */
const MAX_BYTES = 25 * 1024 * 1024;

export interface AttachedPicture {
  id: string;
  status: 'pending' | 'done' | 'failed';
  analysis?: PictureAnalysis;
  /** Resolves when the analysis is done or failed; never rejects. */
  settled: Promise<void>;
  /** Where it came from: a preview's URL, to recognise it next time. */
  previewUrl?: string;
}

let nextId = 1;

export function isPicture(file: Blob): boolean {
  return file.type.startsWith('image/') && file.size > 0 && file.size <= MAX_BYTES;
}

/** Files of a FileList/DataTransfer that are pictures we can check. */
export function picturesIn(files: FileList | readonly File[] | null | undefined): File[] {
  return files ? [...files].filter(isPicture) : [];
}

function base64(blob: Blob): Promise<string> {
  // FileReader encodes natively, off the JavaScript thread.
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(String(r.result).replace(/^data:[^,]*,/, ''));
    r.onerror = () => reject(r.error);
    r.readAsDataURL(blob);
  });
}

/** Start analysing a picture; the returned record fills in when the analyser answers. */
export function analyse(source: Blob | Promise<Blob | null>, lang: 'id' | 'en', log: (m: string) => void, previewUrl?: string): AttachedPicture {
  const p: AttachedPicture = { id: `picture-${nextId++}`, status: 'pending', settled: Promise.resolve(), ...(previewUrl ? { previewUrl } : {}) };
  p.settled = Promise.resolve(source)
    .then(async (blob) => {
      if (!blob) throw new Error('the preview is not a picture that can be read');
      const bytes = await base64(blob);
      return sendToBackground({ type: 'netra:picture', bytes, mime: blob.type || 'image/jpeg', lang });
    })
    .then(
      (res) => {
        const a = res as PictureAnalysis | undefined;
        if (!a) throw new Error('no answer from the picture analyser');
        p.analysis = a;
        p.status = a.error && !a.text && a.logos.length === 0 ? 'failed' : 'done';
        if (a.error) log(`picture check: ${a.error}`);
      },
    )
    .catch((e: unknown) => {
      p.status = 'failed';
      log(`picture check failed, the picture is not checked: ${String(e)}`);
    });
  return p;
}

/** A preview image's bytes, read in this context (blob: URLs belong to the page's origin). */
export async function readPreview(img: HTMLImageElement): Promise<Blob | null> {
  const src = img.currentSrc || img.src;
  if (!/^(blob:|data:image\/)/.test(src)) return null;
  const blob = await (await fetch(src /* a local blob: or data: URL, checked above */)).blob();
  return isPicture(blob) ? blob : null;
}

let warmedAt = 0;
/**
 * The user opened a file picker or is dragging files in: ask for the analyser to be started, so
 * its first-picture set-up (seconds: the reader's wasm and language data) overlaps the time the
 * user spends choosing. Cheap to repeat; sent at most once a minute.
 */
export function warmUp(log: (m: string) => void) {
  if (Date.now() - warmedAt < 60_000) return;
  warmedAt = Date.now();
  sendToBackground({ type: 'netra:picture-warm-up' }).catch((e: unknown) => log(`picture warm-up failed: ${String(e)}`));
}
