/**
 * A reply read with the post it answers (SKB 2022: commenting on campaign content is support).
 * "Lanjutkan, Pak!", "Siap menangkan!", "Gas terus!" say nothing alone; under a candidate's vote
 * call they cheer that campaign on. So a short cheer is a finding only when the answered post is
 * a campaign post, and only when the reply carries no campaign finding of its own (then that one
 * already speaks for it).
 *
 * The answered post is judged either by the caller (`campaign`: the page uses the engagement
 * guard's verdict, which also knows campaign accounts: src/engage/decide.ts) or here from its
 * `text`, with the same test as the guard: a partisan, campaign or party finding, warning or
 * worse. A longer reply counts when its evaluation words all take the campaign's side ("Bapak
 * pemimpin yang jujur … semoga terpilih"): under a candidate's post, praise and wishes are about
 * the candidate even when no name is written. Disagreeing, doubting and questioning replies are
 * left to the ordinary rules: a reply that argues is no cheer.
 */
import { SEVERITY_RANK, type Category, type Finding } from './finding';
import type { LanguageData } from './rules';

/** The post a draft answers (a reply box, a comment box under a post). */
export interface ReplyContext {
  /** The answered post's text; judged here when `campaign` is not given. */
  text?: string;
  /**
   * The caller's verdict on the answered post: it is campaign content (or a campaign account's).
   * A function is asked only when the reply is a short cheer (the page reads the post then).
   */
  campaign?: boolean | (() => boolean);
}

export const REPLY_RULE_ID = 'engage.balasan-kampanye';
/** The engagement guideline: its title and legal text name commenting on campaign content. */
export const REPLY_GUIDELINE_ID = 'interaksi-akun-kampanye';

/** What makes a post a campaign post: the engagement guard's test (src/engage/decide.ts). */
export const CAMPAIGN_CATEGORIES: ReadonlySet<Category> = new Set(['partisan-support', 'campaign-engagement', 'party-membership']);

export const isCampaignFinding = (f: Finding) => CAMPAIGN_CATEGORIES.has(f.category) && SEVERITY_RANK[f.severity] >= SEVERITY_RANK.warning;

/** A cheer is short: a few words, not an argument. */
const MAX_WORDS = 8;
const MAX_CHARS = 90;

/** What makes a short reply a cheer, from `rules/language.yml` (`reply_*`). */
export interface CheerWords {
  cheers: ReadonlySet<string>;
  /** Two-word cheers whose words alone are not ("all out", "satu putaran"), space-joined. */
  pairs: readonly string[];
  emoji: ReadonlySet<number>;
  /** Words that turn a reply against, or away from, what it answers. Any one and it is no cheer. */
  dissent: ReadonlySet<string>;
}

export function cheerWordsOf(lang: LanguageData | undefined): CheerWords {
  return {
    cheers: new Set((lang?.replyCheers ?? []).map(collapse)),
    pairs: (lang?.replyCheerPairs ?? []).map(collapse),
    emoji: new Set((lang?.replyCheerEmoji ?? []).map((cp) => Number.parseInt(cp, 16))),
    dissent: new Set((lang?.replyDissent ?? []).map(collapse)),
  };
}

function collapse(w: string): string {
  return w.toLowerCase().replace(/(\p{L})\1+/gu, '$1');
}

/** A reply's words as the cheer and dissent lists are written: lower case, repeats collapsed. */
function replyWords(text: string): string[] {
  return (text.normalize('NFKC').match(/[\p{L}\p{N}']+/gu) ?? []).map((w) => collapse(w.replace(/'/g, '')));
}

/** The reply's words, trimmed, when the whole reply is a short cheer; else null. */
export function cheerSpan(text: string, cw: CheerWords): { start: number; end: number } | null {
  const start = text.search(/\S/);
  if (start < 0) return null;
  const end = text.trimEnd().length;
  const body = text.slice(start, end);
  if (body.length > MAX_CHARS || body.includes('?')) return null;
  const words = replyWords(body);
  if (words.length > MAX_WORDS) return null;
  if (words.some((w) => cw.dissent.has(w))) return null;
  const joined = ' ' + words.join(' ') + ' ';
  const cheered = words.some((w) => cw.cheers.has(w)) || cw.pairs.some((p) => joined.includes(` ${p} `)) || [...body].some((ch) => cw.emoji.has(ch.codePointAt(0)!));
  return cheered ? { start, end } : null;
}

/** An evaluation signal of the reply (UTF-16 span and class, from `stance.ts`). */
export interface ReplySignal {
  start: number;
  end: number;
  cls: string;
}

/** Signal classes that take the answered campaign's side, and those that turn against it. */
const FOR_CAMPAIGN: ReadonlySet<string> = new Set(['praise', 'support', 'win', 'wish', 'loyal', 'candidacy']);
const AGAINST_CAMPAIGN: ReadonlySet<string> = new Set(['attack', 'mock', 'loss', 'fear']);
/** Past a comment's usual length a reply is an argument or an essay, not applause. */
const MAX_PRAISE_CHARS = 400;

/**
 * The span of a longer reply's praise when every evaluation in it sides with the answered post:
 * at least one praise, support or wish signal, none against, no dissent or doubt word and no
 * question. Else null.
 */
export function praiseSpan(text: string, signals: readonly ReplySignal[], cw: CheerWords): { start: number; end: number } | null {
  if (text.length > MAX_PRAISE_CHARS || text.includes('?')) return null;
  const pro = signals.filter((s) => FOR_CAMPAIGN.has(s.cls));
  if (pro.length === 0 || signals.some((s) => AGAINST_CAMPAIGN.has(s.cls))) return null;
  const words = replyWords(text);
  if (words.some((w) => cw.dissent.has(w))) return null;
  return { start: Math.min(...pro.map((s) => s.start)), end: Math.max(...pro.map((s) => s.end)) };
}

export interface ReplyCheckOptions {
  lang?: 'id' | 'en';
  disabled?: readonly string[];
  context?: ReplyContext;
}

/**
 * The draft's findings, plus the reply finding when the draft is a short cheer under a campaign
 * post. `checkPost` runs the engine on the answered post's text (only when the caller gave no
 * verdict and the reply is a cheer: a neutral reply never pays for a second check).
 */
export function withReplyContext(
  text: string,
  findings: Finding[],
  o: ReplyCheckOptions,
  cw: CheerWords,
  checkPost: (text: string) => Finding[],
  signals: () => readonly ReplySignal[] = () => [],
): Finding[] {
  const ctx = o.context;
  if (!ctx || (o.disabled ?? []).includes(REPLY_RULE_ID) || findings.some(isCampaignFinding)) return findings;
  const span = cheerSpan(text, cw) ?? praiseSpan(text, signals(), cw);
  if (!span) return findings;
  const verdict = typeof ctx.campaign === 'function' ? ctx.campaign() : ctx.campaign;
  const campaign = verdict ?? (ctx.text?.trim() ? checkPost(ctx.text).some(isCampaignFinding) : false);
  if (!campaign) return findings;
  const words = text.slice(span.start, span.end);
  const en = o.lang === 'en';
  const finding: Finding = {
    ruleId: REPLY_RULE_ID,
    category: 'campaign-engagement',
    severity: 'warning',
    confidence: 0.75,
    start: span.start,
    end: span.end,
    text: words,
    message: en ? `“${words}” supports the campaign post it answers` : `“${words}” mendukung unggahan kampanye yang dibalas`,
    guidelineId: REPLY_GUIDELINE_ID,
  };
  return [...findings, finding].sort((a, b) => a.start - b.start || a.end - b.end);
}
