/**
 * The engagement guard's decision: is the target of a like, repost, share, follow or join a
 * campaign target, and why; then, under the agency's enforcement mode, whether the gesture is
 * held, only hinted at, or blocked. Pure and synchronous (it runs inside a click handler); the
 * page (src/page/engage.ts) reads the target and acts on the result.
 *
 * A campaign target is one of:
 * - a target whose own text the engine finds partisan or campaigning (vote calls, candidate
 *   promotion, campaign hashtags, recruiting for a team): the categories below, warning or worse;
 * - an account the entity lists know as a candidate's, a party's or a campaign team's, inside
 *   that election's window (src/engage/accounts.ts), or a post by one;
 * - an account or group whose name says it is a campaign team ("Tim Pemenangan …").
 * Neutral news about candidates, KPU and Bawaslu accounts and ordinary posts are none of these.
 */
import type { Engine } from '../engine/engine';
import { SEVERITY_RANK, type Category, type Finding, type Severity } from '../engine/finding';
import { decide, type Enforcement } from '../settings/enforcement';
import { isTeamName, nameKey, type AccountIndex, type KnownAccount } from './accounts';
import type { EngageTarget, EngageVerdict, TargetLabel } from './types';

/** The rule id that stands for a known campaign account (acknowledgements store it, nothing else). */
export const ACCOUNT_RULE_ID = 'engage.akun-kampanye';
export const ENGAGE_GUIDELINE_ID = 'interaksi-akun-kampanye';

/** Findings about the target taking a side. Job titles, state resources and coercion describe the author's conduct, not what a like supports. */
const CAMPAIGN_CATEGORIES: ReadonlySet<Category> = new Set(['partisan-support', 'campaign-engagement', 'party-membership']);

/** Names that open a supporters' account: with a candidate's name in the election window, a campaign account. */
const SUPPORTERS = /^(relawan|pendukung|simpatisan|barisan|laskar|sahabat|sobat|komunitas|gerakan)\b/;

export interface ClassifyDeps {
  engine: Pick<Engine, 'check' | 'explain'>;
  accounts: AccountIndex;
  /** The day (YYYY-MM-DD) the user engages: candidacy windows and the engine's calendar. */
  date: string;
  lang: 'id' | 'en';
  disabledRules?: readonly string[];
}

export function classifyTarget(target: EngageTarget, d: ClassifyDeps): EngageVerdict {
  const disabled = new Set(d.disabledRules ?? []);
  const opts = { lang: d.lang, date: d.date, disabled: d.disabledRules ?? [] };
  const body = target.kind === 'post' ? target.text : [target.name, target.text].filter(Boolean).join('\n');
  const findings = body.trim() ? d.engine.check(body, opts).filter((f) => CAMPAIGN_CATEGORIES.has(f.category) && SEVERITY_RANK[f.severity] >= SEVERITY_RANK.warning) : [];

  const known = disabled.has(ACCOUNT_RULE_ID) ? null : knownAccount(target, d);
  const teamNamed = !disabled.has(ACCOUNT_RULE_ID) && !!target.name && isTeamName(target.name);
  if (!known && !teamNamed && findings.length === 0) return { campaign: false, findings: [] };

  const accountEntity = known?.entity ?? (teamNamed ? 'team' : null);
  const accountSeverity: Severity | null = accountEntity === 'team' ? 'serious' : accountEntity ? 'warning' : null;
  const worst = [...findings.map((f) => f.severity), ...(accountSeverity ? [accountSeverity] : [])].reduce<Severity>((a, b) => (SEVERITY_RANK[b] > SEVERITY_RANK[a] ? b : a), 'warning');
  const all = accountSeverity ? [...findings, accountFinding(accountSeverity, d.lang)] : findings;
  return {
    campaign: true,
    label: labelFor(target.kind, accountEntity),
    reason: known ? { kind: 'known-account', entity: known.entity, id: known.id } : teamNamed ? { kind: 'team-name' } : { kind: 'findings', ruleIds: [...new Set(findings.map((f) => f.ruleId))] },
    severity: worst,
    findings: all,
  };
}

/** The author's or account's identity against the entity lists, on the day. */
function knownAccount(target: EngageTarget, d: ClassifyDeps): KnownAccount | null {
  const direct = d.accounts.lookup({ handle: target.handle, name: target.name }, d.date);
  if (direct) return direct;
  // "Relawan Ganjar", "Sahabat Anies Jatim": supporters named for someone standing now.
  const name = target.name ? nameKey(target.name) : '';
  if (!SUPPORTERS.test(name) || target.kind === 'post') return null;
  const named = d.engine.explain(target.name!, { lang: d.lang, date: d.date }).targets;
  const standing = named.find((t) => t.id && !t.weak && (t.kind === 'person' || t.kind === 'pair') && d.accounts.inElection(t.id, d.date));
  return standing?.id ? { entity: 'team', id: standing.id } : null;
}

function labelFor(kind: EngageTarget['kind'], entity: KnownAccount['entity'] | null): TargetLabel {
  if (kind === 'group') return 'campaign-group';
  if (kind === 'post') return entity === 'person' ? 'candidate-post' : entity === 'party' ? 'party-post' : entity === 'team' ? 'team-post' : 'campaign-post';
  return entity === 'person' ? 'candidate-account' : entity === 'party' ? 'party-account' : entity === 'team' ? 'team-account' : 'campaign-account';
}

function accountFinding(severity: Severity, lang: 'id' | 'en'): Finding {
  return {
    ruleId: ACCOUNT_RULE_ID,
    category: 'campaign-engagement',
    severity,
    confidence: 0.9,
    start: 0,
    end: 0,
    text: '',
    message: lang === 'en' ? 'A campaign account' : 'Akun kampanye',
    guidelineId: ENGAGE_GUIDELINE_ID,
  };
}

/**
 * What happens to the gesture. `hold`: stop it and ask (Batal / Tetap lakukan / Pelajari).
 * `hint`: let it through and say so beside the button (advise). `blocked`: the agency forbids
 * it (block-serious with a serious finding): only Batal and Pelajari. Not a campaign target:
 * nothing at all.
 */
export interface EngageDecision {
  hold: boolean;
  hint: boolean;
  blocked: boolean;
  /** Tetap lakukan stays disabled until the user ticks the acknowledgement (acknowledge mode). */
  needsAcknowledgement: boolean;
}

export function engageDecision(enforcement: Enforcement, verdict: EngageVerdict): EngageDecision {
  if (!verdict.campaign) return { hold: false, hint: false, blocked: false, needsAcknowledgement: false };
  if (enforcement === 'advise') return { hold: false, hint: true, blocked: false, needsAcknowledgement: false };
  const d = decide(enforcement, verdict.findings);
  return { hold: d.hold, hint: false, blocked: d.blocked, needsAcknowledgement: d.needsAcknowledgement };
}
