/** The copy guide's forbidden words (docs/copy-guide.md), shared by the copy tests. */
/** Word, why it is forbidden, and the word the copy guide offers instead. */
export const FORBIDDEN: Record<'id' | 'en', Array<[RegExp, string]>> = {
  id: [
    [/\baman\b/i, 'aman'],
    [/\bnetra\s+(men)?dukung/i, 'mendukung'],
    [/\binstans\b/i, 'instans'],
    [/dinormal|normalisasi/i, 'dinormalkan'],
    [/\btoken\b|\bregex\b|\bstem\b/i, 'token'],
    [/civic-call|rule id|\bid aturan\b/i, 'civic-call'],
  ],
  en: [
    [/\bsafe(ly)?\b/i, 'safe'],
    [/\bnetra\s+supports?\b/i, 'mendukung'],
    [/\binstances?\b/i, 'instance'],
    [/normali[sz]/i, 'normalised'],
    [/\btoken\b|\bregex\b|\bstem\b/i, 'token'],
    [/civic-call|rule id/i, 'civic-call'],
  ],
};
