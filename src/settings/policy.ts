/**
 * Agency policy from managed storage (Chrome/Edge enterprise policy, Firefox policies.json).
 * A policy is read field by field: every valid field applies, every invalid one is listed in
 * the options page, and a broken policy never stops Netra from checking.
 * The same fields are described for administrators in public/managed_schema.json and
 * docs/deploy.md.
 */
import type { Lockable, Policy } from './model';
import type { Enforcement } from '../ui/PrePostDialog';

export const ENFORCEMENTS: Enforcement[] = ['advise', 'confirm', 'acknowledge', 'block-serious'];
export const LOCKABLE: Lockable[] = ['pause', 'sites', 'rules', 'info', 'pictures'];

/** An agency logo for the picture check: a name and a PNG/JPEG as a data: URL or base64. */
export interface AgencyLogo {
  name: string;
  image: string;
}

export interface ParsedPolicy {
  policy: Policy & { extraPacks: string[]; logos: AgencyLogo[] };
  /** Human-readable problems, one per rejected field or item. */
  problems: string[];
  /** True when any field was set at all (an agency manages this browser). */
  managed: boolean;
}

const isStr = (v: unknown): v is string => typeof v === 'string';
const strList = (v: unknown) => Array.isArray(v) && v.every(isStr);

export function parsePolicy(raw: unknown): ParsedPolicy {
  const problems: string[] = [];
  const out: ParsedPolicy['policy'] = { extraPacks: [], logos: [] };
  const o = raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  if (raw !== undefined && raw !== null && o !== raw) problems.push('policy: not an object; ignored');

  for (const [key, v] of Object.entries(o)) {
    switch (key) {
      case 'enforcement':
        if (isStr(v) && (ENFORCEMENTS as string[]).includes(v)) out.enforcement = v as Enforcement;
        else problems.push(`enforcement: "${String(v)}" is not one of ${ENFORCEMENTS.join(', ')}; the default (confirm) applies`);
        break;
      case 'locked':
        if (strList(v)) {
          const ok = (v as string[]).filter((x) => (LOCKABLE as string[]).includes(x)) as Lockable[];
          for (const bad of (v as string[]).filter((x) => !(LOCKABLE as string[]).includes(x))) problems.push(`locked: unknown switch "${bad}" (known: ${LOCKABLE.join(', ')})`);
          out.locked = ok;
        } else problems.push('locked: must be a list of switch names');
        break;
      case 'disabledRules':
        if (strList(v)) out.disabledRules = v as string[];
        else problems.push('disabledRules: must be a list of rule ids');
        break;
      case 'agencyName':
      case 'helpdesk':
      case 'regionPack':
        if (isStr(v) && v.length <= 200) out[key] = v.trim();
        else problems.push(`${key}: must be a short text`);
        break;
      case 'showWelcome':
        if (typeof v === 'boolean') out.showWelcome = v;
        else problems.push('showWelcome: must be true or false');
        break;
      case 'guidelineUrl':
        if (isStr(v) && /^https:\/\/[^\s]+$/.test(v)) out.guidelineUrl = v;
        else problems.push('guidelineUrl: must be an https:// address');
        break;
      case 'extraPacks':
        if (Array.isArray(v)) {
          v.forEach((p, i) => {
            if (isStr(p) && p.trim()) out.extraPacks.push(p);
            else if (p && typeof p === 'object') out.extraPacks.push(JSON.stringify(p));
            else problems.push(`extraPacks[${i}]: must be a pack as YAML/JSON text or an object`);
          });
        } else problems.push('extraPacks: must be a list of packs');
        break;
      case 'agencyLogos':
        if (Array.isArray(v)) {
          v.forEach((l, i) => {
            const x = l as Partial<AgencyLogo>;
            if (x && isStr(x.name) && isStr(x.image) && /^(data:image\/(png|jpeg);base64,)?[A-Za-z0-9+/=\s]+$/.test(x.image)) out.logos.push({ name: x.name, image: x.image });
            else problems.push(`agencyLogos[${i}]: needs "name" and "image" (a PNG or JPEG as base64 or a data: URL)`);
          });
        } else problems.push('agencyLogos: must be a list');
        break;
      default:
        problems.push(`${key}: unknown field; ignored`);
    }
  }
  return { policy: out, problems, managed: Object.keys(o).length > 0 };
}
