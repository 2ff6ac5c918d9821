/**
 * Mastodon (the common instances, and any instance the user adds: src/background/instances.ts):
 * a plain <textarea> in form.compose-form; Ctrl/Cmd+Enter submits by calling the form's submit
 * handler directly, without a submit event (mastodon/mastodon:
 * app/javascript/mastodon/features/compose/components/compose_form.jsx).
 *
 * Test pages: tests/e2e/fixtures/mastodon.html, served at https://mastodon.social/home
 * Real composer: https://mastodon.social/home (the box on the left), replies in any thread.
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
  matchesDocument: (doc) => doc.querySelector('#mastodon[data-props], form.compose-form') !== null,
});
