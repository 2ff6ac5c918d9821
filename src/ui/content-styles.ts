/** Styles for the in-page UI, scoped to Netra's closed shadow roots. */
import SHARED_CSS from '@/assets/styles/shared.css?raw';

export const CONTENT_CSS = `
/* The host's own look, important so that the page can neither hide nor move it (src/page/ui-host.ts). */
:host { all: initial !important; display: block !important; position: fixed !important; top: 0 !important; left: 0 !important; width: 0 !important; height: 0 !important;
  overflow: visible !important; z-index: 2147483647 !important; visibility: visible !important; opacity: 1 !important; pointer-events: auto !important; }
* { box-sizing: border-box; }
.root { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; color: #1f2937; }
.badge { position: fixed; z-index: 2147483646; display: inline-flex; align-items: center; gap: 6px; padding: 3px 9px; white-space: nowrap;
  border-radius: 999px; border: 1px solid transparent; font: 600 13px/1.4 system-ui, sans-serif; cursor: pointer;
  box-shadow: 0 1px 4px rgba(0,0,0,.18); }
.badge:focus-visible { outline: 3px solid #2563eb; outline-offset: 2px; }
.badge.sev-serious { background: #b91c1c; color: #fff; }
.badge.sev-warning { background: #fde68a; color: #78350f; border-color: #d97706; }
.badge.sev-info { background: #e0f2fe; color: #075985; border-color: #7dd3fc; }
.badge .dot { width: 8px; height: 8px; border-radius: 50%; background: currentColor; }
.tooltip { position: fixed; z-index: 2147483646; max-width: 340px; padding: 8px 10px; border-radius: 8px; background: #111827; color: #f9fafb;
  font: 13px/1.4 system-ui, sans-serif; box-shadow: 0 4px 16px rgba(0,0,0,.25); }
.tooltip button { margin-top: 6px; background: none; border: 0; color: #93c5fd; text-decoration: underline; cursor: pointer; padding: 0; font: inherit; }
.toast { position: fixed; z-index: 2147483647; left: 50%; bottom: 24px; transform: translateX(-50%); max-width: 480px; padding: 12px 14px;
  background: #1e3a8a; color: #fff; border-radius: 10px; box-shadow: 0 6px 24px rgba(0,0,0,.3); font: 14px/1.45 system-ui, sans-serif; }
.toast button { margin-left: 10px; }
.backdrop { position: fixed; inset: 0; z-index: 2147483647; background: rgba(17,24,39,.55); display: flex; align-items: center; justify-content: center; padding: 16px; }
.dialog { background: #fff; color: #111827; width: min(640px, 100%); max-height: calc(100vh - 32px); display: flex; flex-direction: column;
  border-radius: 14px; box-shadow: 0 20px 50px rgba(0,0,0,.35); padding: 20px 22px; }
.dialog h2 { margin: 0 0 6px; font-size: 19px; line-height: 1.3; }
.intro, .note, .agency { margin: 0 0 10px; color: #374151; font-size: 13px; }
.note.blocked { color: #991b1b; font-weight: 600; }
.findings { overflow: auto; flex: 1 1 auto; margin: 4px 0 10px; padding: 0 4px 0 0; list-style: none; }
.findings:focus-visible { outline: 2px solid #2563eb; }
.ack { display: flex; gap: 8px; align-items: flex-start; margin: 0 0 10px; font-size: 13px; }
.actions { display: flex; gap: 8px; flex-wrap: wrap; justify-content: flex-end; align-items: center; }
.dialog .more { align-self: flex-start; margin: -4px 0 8px; }
.marks { position: fixed; z-index: 2147483645; overflow: hidden; pointer-events: none; }
.mark { position: absolute; pointer-events: none; }
.mark.sev-serious { background: rgba(220, 38, 38, .20); border-bottom: 2px solid #dc2626; }
.mark.sev-warning { background: rgba(217, 119, 6, .20); border-bottom: 2px solid #d97706; }
.mark.sev-info { border-bottom: 2px dotted #0284c7; }
.finding .finding-title { margin: 0 0 4px; }
${SHARED_CSS}
.engage { position: fixed; z-index: 2147483647; width: 320px; max-width: calc(100vw - 16px); padding: 10px 12px; border-radius: 10px; background: #fff; color: #111827;
  border: 1px solid #d1d5db; border-left: 4px solid #d97706; box-shadow: 0 6px 24px rgba(0,0,0,.25); font: 13px/1.45 system-ui, sans-serif; }
.engage.sev-serious { border-left-color: #b91c1c; }
.engage p { margin: 0 0 6px; }
.engage .engage-sanction { color: #7f1d1d; }
.engage .engage-blocked { font-weight: 600; color: #b91c1c; }
.engage .engage-ack { display: flex; gap: 6px; align-items: flex-start; margin: 0 0 8px; }
.engage .engage-actions { display: flex; flex-wrap: wrap; gap: 6px; align-items: center; }
.engage .btn { padding: 6px 10px; font-size: 13px; }
.engage-hint { border-left-color: #2563eb; }
`;
