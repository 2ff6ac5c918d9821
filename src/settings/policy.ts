/**
 * Agency policy from managed storage (Chrome/Edge enterprise policy, Firefox policies.json).
 * A policy is read field by field and item by item: every valid value applies, every invalid one
 * is reported (shown in Settings, printed by `npm run policy:check`), and a broken policy never
 * stops Netra from checking.
 *
 * public/managed_schema.json gives Chrome only the types (it needs them to read lists from the
 * Windows registry) and no `enum`s: Chrome drops a value that fails the schema before Netra sees
 * it, with no sign in Netra. All other checks live here, where they can be shown.
 */
import type { Lockable, Policy } from './model';
import type { Enforcement } from './enforcement';

export const ENFORCEMENTS: Enforcement[] = ['advise', 'confirm', 'acknowledge', 'block-serious'];
export const LOCKABLE: Lockable[] = ['pause', 'sites', 'rules', 'info', 'pictures', 'engage'];

/** Limits that keep a policy a policy (a short text is a name, not a document). */
export const POLICY_LIMITS = { text: 200, url: 2000, listItems: 1000, logos: 20, logoBytes: 1_000_000, logoAdvisedPx: 256, packs: 50, packBytes: 1_000_000 } as const;

/** An agency logo for the picture check: a name and a PNG/JPEG as a data: URL or base64. */
export interface AgencyLogo {
  name: string;
  image: string;
}

/**
 * What is wrong, as data: the page and the command line turn it into a sentence in the reader's
 * language (`policyProblemText`). `field` names the place (`locked[1]`, `agencyLogos[0].image`),
 * `value` the value found, `expected` what would have been right.
 */
export interface PolicyProblem {
  code: PolicyProblemCode;
  field: string;
  value?: string;
  expected?: string;
  /** A fourth detail some messages need (days left before a pack ends). */
  detail?: string;
  /** 'error': the value is ignored. 'note': it applies, with advice. */
  level: 'error' | 'note';
}

export type PolicyProblemCode =
  | 'not-object'
  | 'unknown-field'
  | 'bad-enforcement'
  | 'bad-lock'
  | 'not-list'
  | 'not-text'
  | 'not-boolean'
  | 'too-long'
  | 'too-many'
  | 'not-https'
  | 'unknown-rule'
  | 'unknown-pack'
  | 'empty-pack'
  | 'logo-not-object'
  | 'logo-no-name'
  | 'logo-not-image'
  | 'logo-too-big'
  | 'logo-large'
  // Found outside parsePolicy: by the background (packs) and by `npm run policy:check`.
  | 'pack-rejected'
  | 'pack-note'
  | 'pack-expiring'
  | 'pack-expired'
  | 'chrome-drops'
  | 'json-syntax'
  | 'not-for-netra';

export interface ParsedPolicy {
  policy: Policy & { extraPacks: string[]; logos: AgencyLogo[] };
  problems: PolicyProblem[];
  /** True when any field was set at all (an agency manages this browser). */
  managed: boolean;
}

/** What Netra knows beyond the policy itself, when the caller has it: rule ids, pack ids. */
export interface PolicyContext {
  rules?: ReadonlySet<string>;
  packs?: ReadonlySet<string>;
}

/** A value as an administrator wrote it, short enough to show. */
export function showValue(v: unknown): string {
  let s: string;
  try {
    s = typeof v === 'string' ? JSON.stringify(v) : (JSON.stringify(v) ?? String(v));
  } catch {
    s = String(v);
  }
  return s.length > 80 ? `${s.slice(0, 77)}…` : s;
}

const isStr = (v: unknown): v is string => typeof v === 'string';
const isObj = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

export function parsePolicy(raw: unknown, ctx: PolicyContext = {}): ParsedPolicy {
  const problems: PolicyProblem[] = [];
  const err = (code: PolicyProblemCode, field: string, extra: { value?: unknown; expected?: string } = {}) =>
    problems.push({ code, field, level: 'error', ...('value' in extra ? { value: showValue(extra.value) } : {}), ...(extra.expected ? { expected: extra.expected } : {}) });
  const out: ParsedPolicy['policy'] = { extraPacks: [], logos: [] };
  if (raw !== undefined && raw !== null && !isObj(raw)) err('not-object', 'policy', { value: raw });
  const o = isObj(raw) ? raw : {};

  /** A list field: its items one by one, the valid ones kept. */
  const list = (key: string, v: unknown, each: (item: unknown, field: string) => void) => {
    if (!Array.isArray(v)) return err('not-list', key, { value: v });
    if (v.length > POLICY_LIMITS.listItems) err('too-many', key, { value: v.length, expected: String(POLICY_LIMITS.listItems) });
    v.slice(0, POLICY_LIMITS.listItems).forEach((item, i) => each(item, `${key}[${i}]`));
  };
  const text = (key: string, v: unknown, max: number): string | undefined => {
    if (!isStr(v)) return void err('not-text', key, { value: v });
    if (v.length > max) return void err('too-long', key, { value: v, expected: String(max) });
    return v.trim();
  };

  for (const [key, v] of Object.entries(o)) {
    switch (key) {
      case 'enforcement':
        if (isStr(v) && (ENFORCEMENTS as string[]).includes(v)) out.enforcement = v as Enforcement;
        else err('bad-enforcement', key, { value: v, expected: ENFORCEMENTS.join(', ') });
        break;
      case 'locked': {
        const locks: Lockable[] = [];
        list(key, v, (x, f) => {
          if (isStr(x) && (LOCKABLE as string[]).includes(x)) locks.push(x as Lockable);
          else err('bad-lock', f, { value: x, expected: LOCKABLE.join(', ') });
        });
        if (Array.isArray(v)) out.locked = [...new Set(locks)];
        break;
      }
      case 'disabledRules': {
        const ids: string[] = [];
        list(key, v, (x, f) => {
          if (!isStr(x)) err('not-text', f, { value: x });
          else if (ctx.rules && !ctx.rules.has(x)) err('unknown-rule', f, { value: x });
          else ids.push(x);
        });
        if (Array.isArray(v)) out.disabledRules = ids;
        break;
      }
      case 'agencyName':
      case 'helpdesk': {
        const s = text(key, v, POLICY_LIMITS.text);
        if (s !== undefined) out[key] = s;
        break;
      }
      case 'showWelcome': {
        if (typeof v === 'boolean') out.showWelcome = v;
        else err('not-boolean', key, { value: v });
        break;
      }
      case 'regionPack': {
        const s = text(key, v, POLICY_LIMITS.text);
        if (s === undefined) break;
        // A misspelt id would quietly turn every regional pack off: reported, and not applied.
        if (ctx.packs && !ctx.packs.has(s)) err('unknown-pack', key, { value: s, expected: [...ctx.packs].join(', ') });
        else out.regionPack = s;
        break;
      }
      case 'guidelineUrl': {
        const s = text(key, v, POLICY_LIMITS.url);
        if (s === undefined) break;
        if (/^https:\/\/[^\s/]+\S*$/.test(s)) out.guidelineUrl = s;
        else err('not-https', key, { value: s });
        break;
      }
      case 'extraPacks':
        list(key, v, (p, f) => {
          if (out.extraPacks.length >= POLICY_LIMITS.packs) return err('too-many', key, { value: (v as unknown[]).length, expected: String(POLICY_LIMITS.packs) });
          const text = isStr(p) ? p : isObj(p) ? JSON.stringify(p) : '';
          if (text.length > POLICY_LIMITS.packBytes) err('too-long', f, { value: `${(text.length / 1e6).toFixed(1)} MB`, expected: String(POLICY_LIMITS.packBytes) });
          else if (text.trim()) out.extraPacks.push(text);
          else err('empty-pack', f, { value: p });
        });
        break;
      case 'agencyLogos':
        list(key, v, (l, f) => {
          if (out.logos.length >= POLICY_LIMITS.logos) return err('too-many', key, { value: (v as unknown[]).length, expected: String(POLICY_LIMITS.logos) });
          const logo = checkLogo(l, f, problems);
          if (logo) out.logos.push(logo);
        });
        break;
      default:
        err('unknown-field', key);
    }
  }
  // One "too many logos" is enough.
  const seen = new Set<string>();
  const unique = problems.filter((p) => {
    const k = `${p.code} ${p.field} ${p.value ?? ''}`;
    return seen.has(k) ? false : (seen.add(k), true);
  });
  return { policy: out, problems: unique, managed: Object.keys(o).length > 0 };
}

/** A logo item: a name and a readable PNG or JPEG, not too large; sizes read from the header. */
function checkLogo(l: unknown, field: string, problems: PolicyProblem[]): AgencyLogo | null {
  // `value`: already as shown (what the administrator wrote is passed through showValue).
  const add = (code: PolicyProblemCode, f: string, level: PolicyProblem['level'], value: string, expected?: string) =>
    problems.push({ code, field: f, level, value, ...(expected ? { expected } : {}) });
  if (!isObj(l)) return add('logo-not-object', field, 'error', showValue(l)), null;
  if (!isStr(l.name) || !l.name.trim()) return add('logo-no-name', `${field}.name`, 'error', showValue(l.name)), null;
  const bytes = isStr(l.image) ? imageBytes(l.image) : null;
  const info = bytes ? imageInfo(bytes) : null;
  if (!bytes || !info) return add('logo-not-image', `${field}.image`, 'error', showValue(isStr(l.image) && l.image.length > 24 ? `${l.image.slice(0, 24)}…` : l.image)), null;
  if (bytes.length > POLICY_LIMITS.logoBytes) return add('logo-too-big', `${field}.image`, 'error', `${Math.round(bytes.length / 1024)} KB`, `${POLICY_LIMITS.logoBytes / 1000} KB`), null;
  if (info.width > POLICY_LIMITS.logoAdvisedPx || info.height > POLICY_LIMITS.logoAdvisedPx) {
    add('logo-large', `${field}.image`, 'note', `${info.width}×${info.height} px`, `${POLICY_LIMITS.logoAdvisedPx} px`);
  }
  return { name: l.name.trim(), image: l.image as string };
}

/** Bytes of a logo given as base64 or a data: URL of a PNG or JPEG; null when it is neither. */
export function imageBytes(image: string): Uint8Array | null {
  const m = /^(?:data:image\/(?:png|jpeg);base64,)?([A-Za-z0-9+/=\s]+)$/.exec(image.trim());
  if (!m) return null;
  try {
    const bin = atob(m[1]!.replace(/\s+/g, ''));
    const out = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
    return out;
  } catch {
    return null;
  }
}

/** Kind and size of a PNG or JPEG from its header; null for anything else. */
export function imageInfo(b: Uint8Array): { type: 'png' | 'jpeg'; width: number; height: number } | null {
  const u32 = (i: number) => ((b[i]! << 24) | (b[i + 1]! << 16) | (b[i + 2]! << 8) | b[i + 3]!) >>> 0;
  const u16 = (i: number) => (b[i]! << 8) | b[i + 1]!;
  if (b.length >= 24 && b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47) return { type: 'png', width: u32(16), height: u32(20) };
  if (b.length < 4 || b[0] !== 0xff || b[1] !== 0xd8) return null;
  // JPEG: walk the segments to the frame header (SOF0–SOF15 but DHT, JPG and DAC).
  for (let i = 2; i + 9 < b.length; ) {
    if (b[i] !== 0xff) return null;
    const marker = b[i + 1]!;
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) return { type: 'jpeg', height: u16(i + 5), width: u16(i + 7) };
    i += 2 + u16(i + 2);
  }
  return null;
}
