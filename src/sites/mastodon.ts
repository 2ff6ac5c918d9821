/**
 * Mastodon (the common instances, and any instance the user adds: src/background/instances.ts):
 * a plain <textarea> in form.compose-form; Ctrl/Cmd+Enter submits by calling the form's submit
 * handler directly, without a submit event (mastodon/mastodon:
 * app/javascript/mastodon/features/compose/components/compose_form.jsx).
 *
 * Test pages: tests/e2e/fixtures/mastodon.html, served at https://mastodon.social/home
 * Real composer: https://mastodon.social/home (the box on the left), replies in any thread.
 *
 * Engagement (src/page/engage.ts), from Mastodon's components (status.jsx, status_action_bar.jsx,
 * account header.jsx); class names, so any UI language:
 * - a post is div.status; its text .status__content; its author .display-name (.display-name__html
 *   then .display-name__account "@user");
 * - favourite is .status__action-bar button.star-icon, boost the action bar's button holding
 *   i.icon-retweet; both take the class "active" once done (then they undo, never held);
 * - follow is the account header's text-only button "Ikuti"/"Follow" (".account__header"; name in
 *   .account__header__tabs__name h1 with "@user@host" in its small; bio .account__header__content).
 * Test page: tests/e2e/fixtures/mastodon-engage.tsx at https://mastodon.social/home and /@<user>.
 */
import { defineSite } from './types';

export default defineSite({
  id: 'mastodon',
  name: 'Mastodon',
  hosts: ['mastodon.social', 'mastodon.online', 'mstdn.social'],
  composers: ['form.compose-form textarea.autosuggest-textarea__textarea', 'form.compose-form textarea'],
  submits: ['form.compose-form button[type="submit"]', 'form.compose-form .compose-form__publish button'],
  scopes: ['form.compose-form'],
  keys: { modEnter: true },
  editor: 'textarea',
  // No `pictures.previews`: the upload button's file input and paste/drop are caught as they
  // happen; the preview that follows is the server's copy (a CSS background-image from the
  // instance's media host, platforms.md §2.9), which is neither local nor an <img>.
  // Any other instance the user added: Mastodon's web app mounts on div#mastodon[data-props]
  // (app/javascript/mastodon/main.jsx), server-rendered, so it is there at document_idle; forks
  // (glitch-soc) keep it.
  engage: {
    controls: [
      { selector: '.status__action-bar button.star-icon', action: 'like', on: 'post' },
      { selector: '.status__action-bar button:has(.icon-retweet)', action: 'repost', on: 'post' },
      { selector: '.account__header button', action: 'follow', on: 'account', names: ['Ikuti', 'Follow'] },
    ],
    undo: ['.status__action-bar button.active'],
    post: { containers: ['.status'], text: ['.status__content'], name: ['.display-name'], handle: ['.display-name__account'] },
    account: { containers: ['.account__header'], text: ['.account__header__content'], name: ['.account__header__tabs__name h1'], handle: ['.account__header__tabs__name small'], pathHandle: {} },
  },
  matchesDocument: (doc) => doc.querySelector('#mastodon[data-props], form.compose-form') !== null,
});
