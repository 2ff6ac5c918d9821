/**
 * YouTube (www.youtube.com): comments, replies and community posts all use ytd-commentbox, a
 * Polymer element in the light DOM whose editable is a plain contenteditable
 * div#contenteditable-root, with its submit button in #submit-button (aria-label "Comment" or
 * "Reply"; disabled while empty). Community posts wrap the same ytd-commentbox in
 * ytd-backstage-post-dialog-renderer, which also holds a hidden 0x0 #submit-button of its own, so
 * the scope is the commentbox, not the dialog. Ctrl+Enter submits (research notes 2.7, unverified
 * there). Emoji are <img alt> and are read as their alt text.
 *
 * Test pages: tests/e2e/fixtures/youtube.tsx, served at https://www.youtube.com/watch?v=dQw4w9WgXcQ
 * Real composer: under any video ("Add a comment…"), "Reply" on a comment, and a channel's
 * Community tab ("Create post").
 */
import { defineSite } from './types';

export default defineSite({
  id: 'youtube',
  name: 'YouTube',
  hosts: ['www.youtube.com'],
  composers: ['ytd-commentbox #contenteditable-root[contenteditable="true"]'],
  submits: ['ytd-commentbox #submit-button button'],
  scopes: ['ytd-commentbox'],
  keys: { modEnter: true },
  editor: 'contenteditable',
  // No `pictures`: comment boxes take text and emoji only; nothing can be attached.
});
