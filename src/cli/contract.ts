import type { Finding } from '../engine/finding';

/**
 * A finding as the command line prints it in --jsonl (and --picture): a contract used by checks
 * outside this repository. Add fields only; never rename or remove.
 */
export const contract = (f: Finding) => ({
  ruleId: f.ruleId,
  category: f.category,
  severity: f.severity,
  start: f.start,
  end: f.end,
  text: f.text,
  guidelineId: f.guidelineId,
});
