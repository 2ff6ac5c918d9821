/**
 * Facebook: every composer is Lexical (data-lexical-editor on a div[role="textbox"]). The post
 * composer sits in the "Create post" div[role="dialog"] (inside a form[method="POST"]) and is posted by a div[role="button"]
 * labelled "Posting"/"Post" (not a <button>; Enter in the box is a new line). Comment boxes are
 * the same editor inside form[role="presentation"]: Enter sends, Shift+Enter is a new line, and
 * the arrow is a div[role="button"] in #focused-state-composer-submit.
 * Sources: shared/research/platforms.md §2.2 and §4.6 (tang-vu DOM_SELECTORS.md 2026-02,
 * Maskbook pasteTextToComposition.ts 2024-10, Harper's Lexical detection, comment automations;
 * posting bots that use `form[method="POST"] div[aria-label="Post"]`).
 * Unverified: the Indonesian comment-button labels (the container id is matched first).
 *
 * Test pages: tests/e2e/fixtures/facebook.tsx, served at https://www.facebook.com/ (post dialog)
 * and https://web.facebook.com/ (comments).
 * Real composer: https://www.facebook.com/ ("Apa yang Anda pikirkan?"), comments under any post.
 *
 * Engagement (src/page/engage.ts). Facebook has no test ids on these controls; relied on:
 * - a feed post is div[aria-posinset] (else the nearest div[role="article"], which is also what
 *   a comment is); its text div[data-ad-preview="message"] / [data-ad-comet-preview="message"] /
 *   [data-ad-rendering-role="story_message"]; its author [data-ad-rendering-role="profile_name"]
 *   or the first h2/h3/strong link, whose href path is the page's or profile's handle;
 * - Like is a div[role="button"] labelled "Suka"/"Like", relabelled "Hapus Suka"/"Remove Like"
 *   once liked; Share is labelled "Kirim ini ke teman atau posting di profil Anda." / "Send this
 *   to friends or post it on your profile.";
 * - Follow on a profile or Page is div[role="button"] "Ikuti"/"Follow" ("Mengikuti"/"Following"
 *   when followed, which opens the unfollow menu); the profile is role="main", its name the h1,
 *   its intro data-pagelet="ProfileTilesFeed_0"; the handle is the URL path;
 * - Join on a group page (/groups/<slug>) is "Gabung ke grup"/"Join group"; the group's name is
 *   the h1 of role="main".
 * - the reactions bar: hovering or long-pressing Like opens a layer outside the post (a
 *   div[role="dialog"] "Reaksi"/"Reactions" at the end of the body) of div[role="button"]s labelled
 *   with the reaction ("Suka", "Super", "Peduli", "Haha", "Wow", "Sedih", "Marah" / "Like", "Love",
 *   "Care", "Haha", "Wow", "Sad", "Angry"); the post is the one whose Like the pointer was on.
 *   Unverified: the Indonesian reaction labels, and "Hapus <reaction>" for a given reaction.
 * Unverified: the Indonesian labels of Share and Join (the English ones are from automations).
 * Test page: tests/e2e/fixtures/facebook-engage.tsx at https://www.facebook.com/, a profile and
 * /groups/<slug>.
 *
 * Comments (src/page/reply-context.ts): read with the post they sit under, by the same post reader.
 * Test page: tests/e2e/fixtures/facebook.tsx at https://web.facebook.com/<page>/posts/<id>.
 */
import { defineSite, type TargetReader } from './types';

const COMMENT_FORM = 'form[role="presentation"]';
/**
 * The profile's Intro card, where "Edit bio" opens a textarea with Simpan/Save (unverified: the
 * card's pagelet name is the one the engagement reader uses; the button's label is its text).
 */
const INTRO = 'div[data-pagelet="ProfileTilesFeed_0"]';

const LIKE = ['Suka', 'Like'];
/** The reactions bar's buttons, Indonesian then English (Super = Love, Peduli = Care). */
const REACTIONS = ['Super', 'Peduli', 'Haha', 'Wow', 'Sedih', 'Marah', 'Love', 'Care', 'Sad', 'Angry'];
/** What the reactions bar opens from: Like, or the reaction already given (to change it). */
const REACTS_FROM = [...LIKE, 'Hapus Suka', 'Remove Like', ...REACTIONS.map((r) => `Hapus ${r}`), ...REACTIONS.map((r) => `Remove ${r}`)]
  .map((l) => `div[role="button"][aria-label="${l}"]`)
  .join(', ');

/** A feed post (or the post in its viewer dialog): the engagement guard and comments read it alike. */
const POST: TargetReader = {
  containers: ['div[aria-posinset]', 'div[role="article"]'],
  text: ['div[data-ad-preview="message"]', 'div[data-ad-comet-preview="message"]', '[data-ad-rendering-role="story_message"]'],
  name: ['[data-ad-rendering-role="profile_name"]', 'h2 a', 'h3 a', 'strong a'],
  handle: ['[data-ad-rendering-role="profile_name"] a', 'h2 a', 'h3 a', 'strong a'],
};

export default defineSite({
  id: 'facebook',
  name: 'Facebook',
  hosts: ['www.facebook.com', 'web.facebook.com'],
  composers: ['div[role="textbox"][contenteditable="true"][data-lexical-editor="true"]', 'div[role="presentation"] .notranslate[role="textbox"][contenteditable="true"]', `${INTRO} textarea`],
  submits: [
    '#focused-state-composer-submit [role="button"]',
    '#focused-state-composer-submit[role="button"]',
    'div[role="dialog"] div[role="button"][aria-label="Posting"]',
    'div[role="dialog"] div[role="button"][aria-label="Post"]',
    'form[method="POST"] div[role="button"][aria-label="Posting"]',
    'form[method="POST"] div[role="button"][aria-label="Post"]',
    `${COMMENT_FORM} div[role="button"][aria-label="Komentari"]`,
    `${COMMENT_FORM} div[role="button"][aria-label="Kirim komentar"]`,
    `${COMMENT_FORM} div[role="button"][aria-label="Comment"]`,
    `${COMMENT_FORM} div[role="button"][aria-label="Post comment"]`,
  ],
  // The nearest one wins: a comment form inside a post's dialog bounds the comment, not the dialog.
  scopes: [COMMENT_FORM, 'div[role="dialog"]', INTRO],
  submitNames: [{ selector: `${INTRO} div[role="button"]`, names: ['Simpan', 'Save'] }],
  keys: { enter: (el) => el.closest(COMMENT_FORM) !== null },
  editor: (el) => (el instanceof HTMLTextAreaElement ? 'textarea' : 'lexical'),
  // Attachments show as blob: previews: in the "Create post" dialog (platforms.md §2.2, §4.3),
  // and under a comment box once a photo is added with its camera icon (inferred: same app,
  // same upload path). Only blob: URLs: the post viewer dialog also shows the post's own
  // pictures, which are CDN URLs and not the user's attachment.
  pictures: { previews: ['div[role="dialog"] img[src^="blob:"]', `${COMMENT_FORM} img[src^="blob:"]`] },
  engage: {
    controls: [
      // Like, and the reactions bar that hovering or long-pressing it opens in a layer outside the
      // post (its own "Suka" too): read from the Like button the bar came from.
      ...[...LIKE, ...REACTIONS].map((l) => ({ selector: `div[role="button"][aria-label="${l}"]`, action: 'like' as const, on: 'post' as const, via: REACTS_FROM })),
      ...['Kirim ini ke teman atau posting di profil Anda.', 'Send this to friends or post it on your profile.'].map((l) => ({ selector: `div[role="button"][aria-label="${l}"]`, action: 'share' as const, on: 'post' as const })),
      ...['Ikuti', 'Follow'].map((l) => ({ selector: `div[role="main"] div[role="button"][aria-label="${l}"]`, action: 'follow' as const, on: 'account' as const })),
      ...['Gabung ke grup', 'Join group', 'Join Group'].map((l) => ({ selector: `div[role="button"][aria-label="${l}"]`, action: 'join' as const, on: 'group' as const })),
    ],
    undo: ['[aria-label="Hapus Suka"]', '[aria-label="Remove Like"]', '[aria-label="Mengikuti"]', '[aria-label="Following"]', '[aria-label="Keluar dari grup"]', '[aria-label="Leave group"]'],
    post: POST,
    account: { containers: ['div[role="main"]'], text: ['[data-pagelet="ProfileTilesFeed_0"]'], name: ['h1'], pathHandle: {} },
    group: { containers: ['div[role="main"]'], text: ['[data-pagelet="GroupInformation"]'], name: ['h1'], pathHandle: { prefix: '/groups/' } },
  },
  // A comment box sits inside the feed post it answers (div[aria-posinset]); in the post viewer
  // dialog the post comes first and the comments (div[role="article"] without a message) after.
  replies: { within: ['div[role="dialog"]'], post: POST },
});
