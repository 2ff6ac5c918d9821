/**
 * X / Twitter: Draft.js (X's fork) on desktop. The editable is Draft's .public-DraftEditor-content
 * carrying data-testid="tweetTextarea_N" (N = 0, 1, … for the posts of a thread) and
 * role="textbox"; the non-editable wrappers tweetTextarea_N_label and
 * tweetTextarea_NRichTextInputContainer share the prefix, hence [contenteditable="true"]. The
 * narrow layout uses a <textarea> under the same test-id prefix. Posting is a click on
 * tweetButtonInline (home box, inline reply) or tweetButton (the /compose/post modal and the reply
 * modal, "Post all" for threads), or Ctrl/Cmd+Enter in the editor. The toolBar holding the button
 * is a sibling subtree of the editor, so the inline box is bounded by the nearest ancestor that
 * holds both; the modal is bounded by its role="dialog".
 * Sources: shared/research/platforms.md §2.1 and §4.6 (control-panel-for-twitter, tang-vu
 * DOM_SELECTORS.md 2026-02, Maskbook, Harper #2596).
 *
 * Test pages: tests/e2e/fixtures/x.tsx, served at https://x.com/home, https://x.com/compose/post
 * and https://x.com/<user>/status/<id>.
 * Real composers: https://x.com/home (top of the timeline), https://x.com/compose/post (also the
 * sidebar "Post" button, with "Add post" for threads), the reply box under any post.
 *
 * Engagement (src/page/engage.ts). Relied on, from the same sources and X's own test ids:
 * - a post is article[data-testid="tweet"]; its text [data-testid="tweetText"]; its author
 *   [data-testid="User-Name"] (display name, then a link whose text is "@handle");
 * - like is button[data-testid="like"], which becomes data-testid="unlike" once liked; repost is
 *   button[data-testid="retweet"] (it opens the Repost/Quote menu, so both are held at this
 *   press) and "unretweet" once reposted;
 * - follow buttons carry data-testid="<user id>-follow", and "<user id>-unfollow" when followed,
 *   in a [data-testid="UserCell"] (who to follow, lists) or on a profile page
 *   (https://x.com/<handle>) whose header shows [data-testid="UserName"] and
 *   [data-testid="UserDescription"] in the primaryColumn;
 * - keyboard: `l` likes and `t` reposts the focused post (X's shortcuts; the article has focus
 *   after j/k).
 * Test page: tests/e2e/fixtures/x-engage.tsx at https://x.com/home and https://x.com/<handle>.
 *
 * Replies (src/page/reply-context.ts): the reply box under a post on its page, and the reply
 * dialog, which repeats the answered article[data-testid="tweet"] above its box.
 * Test page: tests/e2e/fixtures/x.tsx at https://x.com/<user>/status/<id>.
 *
 * Profile edits: the "Edit profile" modal's input[name="displayName"] and
 * textarea[name="description"], its avatar input[type=file][data-testid="fileInput"], and Save
 * button[data-testid="Profile_Save_Button"] (names used by profile automations; the modal is a
 * role="dialog", the declared scope). Test page: tests/e2e/fixtures/x.tsx at /settings/profile.
 */
import { defineSite, type TargetReader } from './types';

/**
 * The "Edit profile" modal (https://x.com/settings/profile): the display name and the bio are
 * checked like drafts, held at Save; the new avatar, chosen through the modal's file input,
 * goes through the picture check (campaign twibbon frames). Location and website are not read.
 */
const PROFILE_FIELDS = ['[role="dialog"] input[name="displayName"]', '[role="dialog"] textarea[name="description"]'];

/** A post: its text, author name and "@handle" (the engagement guard and replies read it alike). */
const POST: TargetReader = { containers: ['article[data-testid="tweet"]'], text: ['[data-testid="tweetText"]'], name: ['[data-testid="User-Name"]'], handle: ['[data-testid="User-Name"] a'] };

export default defineSite({
  id: 'x',
  name: 'X',
  hosts: ['x.com', 'twitter.com'],
  composers: [
    '[data-testid^="tweetTextarea_"][contenteditable="true"]',
    '[data-testid^="tweetTextarea_"] .public-DraftEditor-content[contenteditable="true"]',
    'main [data-testid^="tweetTextarea"] textarea',
    ...PROFILE_FIELDS,
  ],
  submits: ['button[data-testid="tweetButtonInline"]', 'button[data-testid="tweetButton"]', 'button[data-testid="Profile_Save_Button"]'],
  scopes: ['[role="dialog"]'],
  keys: { modEnter: true },
  editor: (el) => (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement ? 'textarea' : 'draftjs'),
  // Attached media show as blob: previews under the editor (platforms.md §4.3).
  pictures: { previews: ['[data-testid="attachments"] img'] },
  engage: {
    controls: [
      { selector: 'button[data-testid="like"]', action: 'like', on: 'post' },
      { selector: 'button[data-testid="retweet"]', action: 'repost', on: 'post' },
      { selector: '[data-testid$="-follow"]', action: 'follow', on: 'account' },
    ],
    undo: ['[data-testid="unlike"]', '[data-testid="unretweet"]', '[data-testid$="-unfollow"]'],
    post: POST,
    account: {
      containers: ['[data-testid="UserCell"]', '[data-testid="primaryColumn"]'],
      text: ['[data-testid="UserDescription"]'],
      name: ['[data-testid="UserName"]', '[data-testid="User-Name"]'],
      handle: ['[data-testid="UserName"]', '[data-testid="User-Name"] a'],
      pathHandle: {},
    },
    keys: [
      { key: 'l', control: 'button[data-testid="like"]' },
      { key: 't', control: 'button[data-testid="retweet"]' },
    ],
  },
  // The reply dialog shows the post it answers above the box; on a post's page
  // (/<user>/status/<id>) the reply box follows the post in the primary column. The home box
  // comes before every post of the timeline, and the compose modal holds none: neither answers one.
  replies: { within: ['[role="dialog"]', '[data-testid="primaryColumn"]'], post: POST },
});
