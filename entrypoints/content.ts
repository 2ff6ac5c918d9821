import { HOST_PATTERNS } from '@/src/sites/hosts';
import { runContent } from '@/src/page/content-main';

export default defineContentScript({
  matches: HOST_PATTERNS,
  runAt: 'document_idle',
  main() {
    runContent().catch((e: unknown) => console.warn('[Netra] not started:', e));
  },
});
