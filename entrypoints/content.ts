// First: starts the engine's storage read while the rest of the script is evaluated.
import '@/src/page/engine-early';
import { HOST_PATTERNS } from '@/src/sites/hosts';
import { runContent } from '@/src/page/content-main';

export default defineContentScript({
  matches: HOST_PATTERNS,
  runAt: 'document_idle',
  // Old and new copies of the script find each other through a document event only; the page
  // is not told that Netra started.
  noScriptStartedPostMessage: true,
  main(ctx) {
    runContent(ctx).catch((e: unknown) => console.warn('[Netra] not started:', e));
  },
});
