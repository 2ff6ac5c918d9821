/**
 * A site adapter says where a platform's composers live and how a post is submitted there.
 * One small file per platform (src/sites/<site>.ts); the shared manager (src/page/manager.ts)
 * does the rest. Selectors are ordered newest first; prefer data-testid/data-e2e, then editor
 * markers (data-lexical-editor, .public-DraftEditor-content, .ProseMirror, .ql-editor), then
 * role + contenteditable, and never hashed class names.
 */

import type { EngageAction, TargetKind } from '../engage/types';

export type SiteId = 'x' | 'facebook' | 'instagram' | 'linkedin' | 'threads' | 'tiktok' | 'youtube' | 'bluesky' | 'mastodon' | 'whatsapp';

/** The editor framework behind a composer: decides how text is read and fixes are written. */
export type EditorKind = 'draftjs' | 'lexical' | 'prosemirror' | 'quill' | 'textarea' | 'contenteditable';

export interface SiteAdapter {
  id: SiteId;
  /** Shown in the popup and the acknowledgments list. */
  name: string;
  /** Host names this adapter serves (exact, or a leading "*." for subdomains). */
  hosts: readonly string[];
  /** CSS selectors of the editable element of every composer (post, reply, comment, caption). */
  composers: readonly string[];
  /** CSS selectors of submit controls (the element a click lands on, or an ancestor of it). */
  submits: readonly string[];
  /**
   * Submit controls known only by their visible name (Threads' and Instagram's div[role="button"]
   * "Post"/"Share" carry no aria-label or test id): elements matching `selector` whose aria-label,
   * or else trimmed text, equals one of `names` (case-insensitive). List every UI language.
   */
  submitNames?: ReadonlyArray<{ selector: string; names: readonly string[] }>;
  /** Elements that bound one composer and its submit control (form, dialog, comment box). */
  scopes?: readonly string[];
  /** Open shadow-root hosts to search for composers (LinkedIn's #interop-outlet). */
  shadowHosts?: readonly string[];
  /**
   * Self-hosted platforms (Mastodon): recognises one of its pages on a host outside `hosts`, such
   * as an instance the user granted at run time (src/background/instances.ts). Checked only
   * where no adapter claims the host, so it never overrides one.
   */
  matchesDocument?: (doc: Document) => boolean;
  /** Keyboard submission: Ctrl/Cmd+Enter, and/or plain Enter (chat and comment boxes). */
  keys: { modEnter?: boolean; enter?: boolean | ((composer: Element) => boolean) };
  /**
   * Attached pictures (src/page/pictures.ts). Files are caught from file inputs, paste and drop
   * on every site; `previews` are selectors of the site's preview <img> of an attachment inside
   * a composer's scope (blob: or data: URLs), read when no file event was seen, and whose
   * disappearance means the pictures were removed.
   */
  pictures?: { previews: readonly string[] };
  editor: EditorKind | ((composer: Element) => EditorKind);
  /** Engagement controls (like, repost, follow, join) and how to read what they act on. */
  engage?: EngageControls;
  /**
   * Reply and comment boxes: where the post a composer answers is (src/page/reply-context.ts).
   * A composer inside one of `post.containers` answers that post (a comment box under a feed
   * post); else, inside the composer's nearest `within` ancestor, it answers the last post
   * container before it in the page that has text (X's reply dialog and the reply box under a
   * post on its page). A composer with neither is no reply.
   */
  replies?: { within: readonly string[]; post: TargetReader };
}

/**
 * The engagement guard's view of a platform (src/page/engage.ts). A press on a control is
 * judged by what it acts on: the post, account or group read through the matching reader.
 */
export interface EngageControls {
  /**
   * Controls that engage, with the action and the kind of target. Matched on the click's path.
   * `names`: the control is known only by its visible name (Instagram's and Threads' "Ikuti"
   * buttons carry no label): its aria-label, or else its trimmed text, equals one (any case).
   * `via`: the control opens in a layer outside its target (Facebook's reactions bar, opened by
   * hovering or long-pressing Like): when the control is in no target's container, the target
   * is read from the last element matching `via` the pointer went over or pressed.
   */
  controls: ReadonlyArray<{ selector: string; action: EngageAction; on: TargetKind; names?: readonly string[]; via?: string }>;
  /** Controls that undo an engagement (unlike, unfollow, leave): matched first, never held. */
  undo: readonly string[];
  post?: TargetReader;
  account?: TargetReader;
  group?: TargetReader;
  /** One-key shortcuts acting on the focused post (X's `l` like, `t` repost): the key and the control it presses. */
  keys?: ReadonlyArray<{ key: string; control: string }>;
}

/** How a target is read, starting from the pressed control. */
export interface TargetReader {
  /** The element holding the target: the control's nearest ancestor matching one of these, in order. */
  containers: readonly string[];
  /** Selectors (inside the container) of the post's text or the bio; their texts are joined. */
  text: readonly string[];
  /** The display name: the first match's text, up to an "@handle" in it. */
  name: readonly string[];
  /** Where an "@handle" is written, or a link whose path's first segment is the handle. */
  handle?: readonly string[];
  /** On a profile or group page the handle is the page path's first segment (after `prefix`). */
  pathHandle?: { prefix?: string };
}

/** Declares an adapter; an adapter that could never match anything is a bug, as in refined-github. */
export function defineSite(adapter: SiteAdapter): SiteAdapter {
  if (adapter.hosts.length === 0 || adapter.composers.length === 0 || adapter.submits.length === 0) {
    throw new Error(`site adapter ${adapter.id} would run nowhere`);
  }
  return adapter;
}

export function hostMatches(adapter: SiteAdapter, hostname: string): boolean {
  return adapter.hosts.some((h) => (h.startsWith('*.') ? hostname === h.slice(2) || hostname.endsWith(h.slice(1)) : hostname === h));
}
