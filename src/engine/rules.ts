/**
 * The compiled form of rule packs: what the build step (src/build/) writes from `rules/**.yml`
 * and what the engine loads. Plain JSON, patterns already parsed.
 */
import type { Category, Severity } from './finding';
import type { Pattern } from './pattern';
import type { ScorerModel } from './scorer/model';
import type { IndexSnapshot } from './index-snapshot';

export type Localized = { id: string; en: string };

/** How a rule finds its matches. */
export type RuleKind =
  /** Any match of `patterns` is a finding. */
  | 'phrase'
  /** A match of `first` and a match of `second` within the same sentence (or N tokens). */
  | 'cooccurrence'
  /**
   * Official identity (job title, NIP, uniform, agency): reported only when the same draft
   * already carries a finding in one of `requires` categories. Not a breach on its own.
   */
  | 'identity'
  /**
   * A side taken toward a political target: a `signal` cue (praise, attack, a predicted win …)
   * and a target (a known figure, pair, party, ballot number, campaign hashtag, or a candidate
   * known only by context) in the same clause or sentence (see `stance.ts`).
   */
  | 'stance'
  /**
   * The learned scorer (`scorer/`): a draft with a political target that the model reads as taking
   * a side, where no rule found anything. Its examples test the committed model.
   */
  | 'learned';

/** What the stance layer may pair: which signal classes, toward which kinds of target, how close. */
export interface StanceSpec {
  signals: string[];
  targets: TargetKind[];
  /** `clause`: signal and target in one clause (or a pronoun for the target); `sentence`: in one sentence. */
  scope: 'clause' | 'sentence';
  /** Most tokens between signal and target (-1: no limit inside the scope; 0: next to each other). */
  gap: number;
  /** The signal must come right before its target ("tetap Prabowo", "relawan Ganjar"). */
  signalFirst: boolean;
}

/** Kinds of political target the target layer finds (`targets.ts`). */
export const TARGET_KINDS = ['person', 'pair', 'party', 'team', 'number', 'hashtag', 'slogan', 'camp', 'role', 'candidate', 'named'] as const;
export type TargetKind = (typeof TARGET_KINDS)[number];

/**
 * A cue: words that are not a finding by themselves but that the stance layer and the learned
 * scorer read. `signal` cues name an evaluation class (praise, attack, win …); `target` cues find
 * targets the entity lists cannot (a candidate known only by context, a ballot number).
 */
export interface CompiledCue {
  id: string;
  pack: string;
  kind: 'signal' | 'target';
  /** The signal class, or the target kind. */
  cls: string;
  patterns: Pattern[];
  /** A target cue that needs a political word in the draft (a bare "01"). */
  weak?: boolean;
  /**
   * A target cue whose words describe the person ("yang nyalon bupati", "cawagub yang dulu
   * artis"): none of them is the writer's evaluation of the target.
   */
  described?: boolean;
  examples: { flag: string[]; allow: string[] };
  file: string;
}

export interface CompiledRule {
  id: string;
  pack: string;
  kind: RuleKind;
  category: Category;
  severity: Severity;
  confidence: number;
  guideline: string;
  message: Localized;
  patterns: Pattern[];
  second: Pattern[];
  /** Token window for co-occurrence; 0 means "same sentence". */
  window: number;
  report: 'first' | 'second' | 'both';
  requires: Category[];
  /** Exceptions: any match of these in the same sentence silences the finding. */
  unless: Pattern[];
  /** Conditions: when given, a finding counts only if one of these matches in the same sentence (or the draft). */
  needs: Pattern[];
  /** Where `needs` must match: 'sentence' (default) or anywhere in the 'draft'. */
  needsIn?: 'sentence' | 'draft';
  /** Named shared exception contexts (see rules/contexts.yml). */
  contexts: string[];
  fix?: 'remove';
  /** An identity rule whose words are the user's own job title and agency (`CheckOptions.profile`). */
  fromProfile?: true;
  /** For `stance` rules. */
  stance?: StanceSpec;
  examples: { flag: string[]; allow: string[] };
  /** Source file, for messages and the meta-test. */
  file: string;
}

export interface CompiledContext {
  id: string;
  patterns: Pattern[];
  /**
   * What a match of the context explains, and so silences (see `exceptions.ts`):
   * 'match': findings that share words with it ("hak pilih" explains "pilih");
   * 'clause': findings inside its clause (an attribution-only clause also covers the clause it
   * introduces or ends: "Menurut KPU, …");
   * 'before': from the match to the end of its clause (negation: "saya tidak mendukung …");
   * 'draft': the whole draft (talk about the rules, a reported breach), except a clause that is
   * the writer's own call ("ayo", "tapi coblos …");
   * 'sentence': read as 'clause' (packs written before clauses existed).
   */
  scope: 'match' | 'clause' | 'sentence' | 'before' | 'draft';
  /** Never silences a finding about someone who is a candidate on the check's date (thanks for public work). */
  notForCandidates?: boolean;
  /** Never silences a finding whose own words name the ballot ("paslon", "pilkada"): an everyday contest is no omen's excuse. */
  notForBallot?: boolean;
  /**
   * It says the words it covers name no political target (a namesake, candidates in general):
   * the learned scorer does not take up a target it covered (`scorer/apply.ts`).
   */
  noTarget?: boolean;
  /**
   * With `noTarget`: also a target no rule found, which the scorer would take up alone ("tolong
   * bantu Pak Jarwo angkat meja", "kamar 04"). Not for candidates in general: "vote for whoever
   * Gerindra puts on the ticket" still names a party.
   */
  coversUnfound?: boolean;
  /** A match counts only when it is its whole clause (an attribution: "Bawaslu: …"). */
  wholeClause?: boolean;
  /**
   * A match is a subject and its verb ("UAH dukung Anies"): it counts only inside one clause (a
   * vocative cut off by a comma, "Pak Budi, dukung 02", is no subject), and never covers a clause
   * that is the writer's own call ("yang dukung 02 ayo merapat").
   */
  subject?: boolean;
  /** Never covers a clause that is the writer's own call ("saya mengajak warga memilih …"). */
  notOwnCall?: boolean;
  /**
   * Covers only a finding wholly inside quotation marks, in a sentence where a match stands
   * outside them: the quote is someone's words the sentence attributes ("Kang Ujang meminta warga
   * "pilih nomor 1"", "Hoaks: "ASN wajib ikut apel relawan."").
   */
  quoted?: boolean;
  /** Also covers the writer's own calls: a vote for a school contest is still a call, just not an election one. */
  ownCalls?: boolean;
  /** Also covers a sentence that is news shared as-is by its form (`newsForm` in headline.ts). */
  headline?: boolean;
  /**
   * Also covers a sentence that asks (has a "?"): a question takes no side. On such a context the
   * `patterns` are rhetorical questions that do take one ("kalau bukan 01, siapa lagi?"): a
   * sentence with one is not covered, and the patterns silence nothing themselves.
   */
  question?: boolean;
  /** Also covers a sentence that gives figures (a percentage): survey and count talk. */
  figures?: boolean;
  /**
   * A match in a clause closed by a colon introduces the rest of its sentence, the writer's own
   * calls included: "Contoh yang tidak boleh: …", "Dilarang: …". What follows is the example.
   */
  introduces?: boolean;
  /**
   * Also matches a sentence written like a headline: at least this share (0..1) of its ordinary
   * words start with a capital ("Prabowo Klaim RI Tidak Perlu Impor BBM").
   */
  titlecase?: number;
}

export interface PackInfo {
  id: string;
  name: string;
  version: string;
  description: string;
  /** `generic` rules, `entities` (swappable lists), `regional` (Pilkada), `agency`. */
  kind: 'generic' | 'entities' | 'regional' | 'agency';
  validFrom?: string;
  validUntil?: string;
  /** A regional pack's provinces, regencies or cities: a user whose profile names one gets it. */
  regions?: string[];
}

export interface CompiledRules {
  packs: PackInfo[];
  rules: CompiledRule[];
  /** Macro name → its alternatives (each a pattern). */
  macros: Record<string, Pattern[]>;
  contexts: CompiledContext[];
  /** Slang and abbreviation map. */
  canon: Record<string, string>;
  /** Words used to split run-together hashtags. */
  vocab: string[];
  /** Capitalised words that `^name` must not take for a person's name (packs add to `language.notNames`). */
  notNames?: string[];
  /** How text is read (`rules/language.yml`); packs compiled on their own carry none. */
  language?: LanguageData;
  /** Signal and target cues (`kind: signal | target` files). */
  cues?: CompiledCue[];
  /** Political figures, pairs, parties, hashtags and slogans (`entities.yml` of each pack). */
  entities?: CompiledEntities;
  /** The learned scorer's model (`rules/model/scorer.json`). */
  model?: ScorerModel;
  /** The engine's indexes analysed at build time (`index-snapshot.ts`); ignored for other rules. */
  index?: IndexSnapshot;
}

/** Where a fact comes from; `verified: false` when written without a source at hand. */
export interface Provenance {
  pack: string;
  source: string;
  verified: boolean;
}

export interface EntityPerson extends Provenance {
  id: string;
  /** Names that alone name the person ("Prabowo Subianto", "Prabowo"). */
  names: string[];
  /** Names shared by many people or everyday words: a target only next to a political word. */
  weak: string[];
  handles: string[];
  party?: string;
  role: 'candidate' | 'figure';
  office?: string;
  region?: string;
  number?: number;
  pair?: string;
  election?: string;
}

export interface EntityPair extends Provenance {
  id: string;
  members: string[];
  names: string[];
  number?: number;
  office?: string;
  region?: string;
  election?: string;
}

export interface EntityParty extends Provenance {
  id: string;
  names: string[];
  weak: string[];
  number?: number;
  leader?: string;
  symbols: string[];
  handles: string[];
}

/** A campaign hashtag or slogan and whom it is for or against (an entity id). */
export interface EntityCampaignWords extends Provenance {
  text: string;
  for?: string;
  against?: string;
  weak: boolean;
}

export interface CompiledEntities {
  people: EntityPerson[];
  pairs: EntityPair[];
  parties: EntityParty[];
  /** Hashtag bodies without '#', as written (case kept for reading; matched without case). */
  hashtags: EntityCampaignWords[];
  slogans: EntityCampaignWords[];
  /** Campaign teams and coalitions ("TKN Prabowo-Gibran", "Timnas AMIN", "Koalisi Perubahan"). */
  teams: EntityCampaignWords[];
}

/** The word lists the tokenizer, the name test, the headline test and the English reader use. */
export interface LanguageData {
  notNames: string[];
  minorWords: string[];
  englishMarkers: string[];
  indonesianMarkers: string[];
  /** Code point (hex) → canonical token (`jari2`). */
  handSigns: Record<string, string>;
  /** Digit → the letter it stands for inside a word. */
  leet: Record<string, string>;
  abbreviations: string[];
  clauseBreaks: string[];
  /** Clause breaks that open a concession ("walaupun", "although"): first in a sentence, not a turn. */
  concessives?: string[];
  /** Words that open a clause going on with the same report ("sedangkan", "whereas"): an attribution reaches it too. */
  reportContinuers?: string[];
  clauseJoins: string[];
  pronouns: string[];
  callMarkers: string[];
  callVerbs: string[];
  firstPerson: string[];
  /** Particles, interjections and prayers of the writer's own voice, which a headline never uses. */
  spokenVoice?: string[];
  /** Given names that are words too ("dadan", "endang"): inside a hashtag they are names. */
  givenNames?: string[];
  /** Words after which a capitalised word is a place ("di", "ke", "in"): no bare name. */
  placePrepositions?: string[];
  /** Role nouns that point back to the person just named, as a pronoun does ("calon", "sosok"). */
  roleAnaphors?: string[];
  /** Attributes whose "-nya" points back to who was named ("programnya", "kerjanya"). */
  possessedAttributes?: string[];
  /** Words that open a relative clause ("yang", "who"): a negation right after one says whom, not what the writer denies. */
  relativeMarkers?: string[];
  /** Words of leave ("boleh", "perlu"): "yang tidak boleh …" states a rule, whom it names or not. */
  permissionWords?: string[];
  /** Words whose next capitalised words name a place, not a person ("Kab.", "Desa", "Jl."). */
  placeOpeners?: string[];
  /** Endings that make a supporters' camp of a name: "prabowers", "ahoker", "jokowers". */
  campSuffixes?: string[];
  /** Words after which, in a draft in one case, a name follows as after an honorific ("partai harapan nusantara"). */
  nameOpeners?: string[];
  /** Words that open an institution's name in title case ("Sekolah Indonesia Kuala Lumpur"): for the headline test only. */
  institutionOpeners?: string[];
  /** Honorifics that are also a particle after the topic (Sundanese "teh"): see `markCaselessNames`. */
  particleHonorifics?: string[];
  /** Words that open a predicate after such a particle ("kudu", "geus", "teu"). */
  particleFollowers?: string[];
  /** Words for kin that camps and slogans end in ("anak abah"): followed by "saya" they are the writer's family. */
  kinWords?: string[];
  /** Chat forms the canon reads only in lower case: written with a capital ("Plh") they are an office's acronym. */
  capitalAcronyms?: string[];
  /** Words that give a name as a name ("namanya", "bernama"): the person after them is a namesake, no target. */
  namingWords?: string[];
  /** Words of the writer's own certainty ("pasti", "yakin"): a share said with them is a forecast, not a survey's. */
  certaintyWords?: string[];
  /** Who goes with a name as one subject after "dan" ("wakilnya", "partainya"): no new clause. */
  companions?: string[];
  /** A reply's cheer words, two-word cheers, cheer emoji (hex) and dissent words (reply-context.ts). */
  replyCheers?: string[];
  replyCheerPairs?: string[];
  replyCheerEmoji?: string[];
  replyDissent?: string[];
  /** A reply's header before the handles it answers ("Replying to", "Membalas"). */
  replyOpeners?: string[];
  /** Words a reply uses for whom it speaks to ("ibu", "you"). */
  secondPerson?: string[];
  /** Words that open an invitation ("ayo", "yuk"): never a headline's. */
  callOpeners?: string[];
  /** Words that may trail a one-word call in a sentence of its own ("Ramaikan ya!"). */
  callTails?: string[];
  /** Words that make a sentence a question without a question mark ("apakah", "izin tanya"). */
  questionWords?: string[];
  /** Words of everyday notices (a job opening, a sale, a recipe): see `noticeOnly` in the scorer. */
  noticeWords?: string[];
  /** Words that, right after a call word, ask for advice ("harus bagaimana?"): no call. */
  adviceAsks?: string[];
  /** Words that, before the writer and a call word, ask whether they must ("apa saya harus …?"): no call. */
  selfAsks?: string[];
  /** Words that open a sentence that asks, marked or not ("kenapa", "siapa"): a draft of such sentences asks (the scorer's `f:asks`). */
  askingOpeners?: string[];
  /** The "not" of a whether-question after a call word ("wajib dikasih atau tidak?"): no call. */
  whetherNots?: string[];
  /** Duties the rules themselves impose ("cuti", "netral"): a call word in their clause states a rule. */
  ruleDuties?: string[];
  /** Words that name the ballot or the race and nothing else ("paslon", "pilkada", "capres"). */
  ballotWords?: string[];
  /** Verbs that make words the thing talked about ("ditulis", "written"): a call in their clause is quoted. */
  mentionVerbs?: string[];
  /** Words that, opening a sentence right before a vote verb ("Then vote …"), make it an order: no headline. */
  sequenceOpeners?: string[];
  /** Words of institutions' and newsrooms' handles (`word`, `word-`, `-word`: institution-handles.ts). */
  institutionHandles?: string[];
}
