/**
 * The content script's guideline library (the page side of `leanGuidelines` in content-lean.ts):
 * each guideline carries what a card shows (title, the dialog's two lines, the sanction); its long texts and the report channels come from the background, once per
 * guideline, when a user opens "Pelajari lebih lanjut". They are a sixth of the script's size
 * and read by few.
 */
import type { GuidelineDetailPart, GuidelineLibrary } from '../engine/guideline';
import { sendToBackground } from '../messages';

export function withDetailFromBackground(lib: GuidelineLibrary): GuidelineLibrary {
  const asked = new Map<string, Promise<GuidelineDetailPart | null>>();
  const detail = (id: string) => {
    let p = asked.get(id);
    if (!p) {
      p = sendToBackground({ type: 'netra:guideline-detail', id }).then((d) => d ?? null);
      // A failed answer (the extension was reloaded under the page) may be asked again.
      p.catch(() => asked.delete(id));
      asked.set(id, p);
    }
    return p;
  };
  return { ...lib, detail };
}
