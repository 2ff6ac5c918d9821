/**
 * WhatsApp Web: Lexical (div[role="textbox"][contenteditable][data-lexical-editor], paragraphs
 * p.selectable-text). The chat box lives in the conversation's <footer> (data-tab="10"); Enter
 * sends, Shift+Enter is a new line; the send control is the button around
 * span[data-icon="wds-ic-send-filled"] (older: span[data-icon="send"]), shown only while the box
 * holds text. Media captions (div[data-animate-media-viewer]) follow the chat's Enter-sends rule.
 * Status text and other boxes are any Lexical textbox except the chat-list search (data-tab="3"),
 * sent by the same send icon; Enter is not claimed there, as nobody documents it.
 * Sources: shared/research/platforms.md §2.10 and §4.6 (Briskine PR #509 2023-08 and
 * editor-beforeinput.js, Harper PR #2563 2026-01, automation scripts using data-tab="10").
 *
 * Test pages: tests/e2e/fixtures/whatsapp.tsx, served at https://web.whatsapp.com/ (chat, and
 * the status text screen behind the Status tab).
 * Real composer: https://web.whatsapp.com/ (any open chat; Status > text status).
 *
 * Engagement (src/page/engage.ts): group invite links. A chat.whatsapp.com/<code> link opened
 * in WhatsApp Web shows the group's invitation in a div[role="dialog"]: its name (the first
 * heading, or the element with a title attribute), its description, and a button "Gabung ke
 * grup"/"Join group" (also "Gabung ke chat"/"Join chat" for communities), known only by its
 * text. Reasoned from how WhatsApp Web builds its other dialogs; unverified on a live invite.
 * Channels' "Ikuti"/"Follow" in the Channels tab are not covered.
 * Test page: tests/e2e/fixtures/whatsapp-engage.tsx at https://web.whatsapp.com/.
 */
import { defineSite } from './types';

const ENTER_SENDS = 'footer, div[data-animate-media-viewer="true"]';

export default defineSite({
  id: 'whatsapp',
  name: 'WhatsApp Web',
  hosts: ['web.whatsapp.com'],
  composers: [
    'footer div[contenteditable="true"][role="textbox"][data-lexical-editor="true"]',
    'footer div[contenteditable="true"][data-tab="10"]',
    'div[data-animate-media-viewer="true"] div[contenteditable="true"][role="textbox"]',
    'div[contenteditable="true"][role="textbox"][data-lexical-editor="true"]:not([data-tab="3"])',
  ],
  submits: [
    'button:has(span[data-icon="wds-ic-send-filled"])',
    '[role="button"]:has(span[data-icon="wds-ic-send-filled"])',
    'button:has(span[data-icon="send"])',
    '[role="button"]:has(span[data-icon="send"])',
    'footer button[aria-label="Kirim"]',
    'footer button[aria-label="Send"]',
  ],
  // The media viewer bounds its caption, its send control and the preview of what is sent; the
  // nearest ancestor holding caption and send alone would leave the preview out.
  scopes: ['footer', 'div[data-animate-media-viewer="true"]'],
  keys: { enter: (el) => el.closest(ENTER_SENDS) !== null },
  editor: 'lexical',
  // A picture attached in a chat (the attach menu, a paste or a drop in the box) opens the
  // media viewer, which shows it as a blob: preview above its caption box and sends it from
  // there. Only inside the viewer: the conversation's own photos are blob: URLs too.
  pictures: { previews: ['div[data-animate-media-viewer="true"] img[src^="blob:"]'] },
  engage: {
    controls: [{ selector: 'div[role="dialog"] button, div[role="dialog"] div[role="button"]', action: 'join', on: 'group', names: ['Gabung ke grup', 'Join group', 'Gabung ke chat', 'Join chat', 'Gabung', 'Join'] }],
    undo: [],
    group: { containers: ['div[role="dialog"]'], text: ['p', 'span[dir="auto"]:not([title])'], name: ['h1', 'h2', '[title]'] },
  },
});
