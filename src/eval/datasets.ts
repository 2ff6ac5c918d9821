/**
 * The labelled sets judgement is learned from and measured on, and how they fold for
 * leave-one-source-out figures.
 *
 * - `../shared/data/train-posts/` and `../shared/data/real-posts/`: real posts, read from there,
 *   never copied. Present on the team's machines and in CI; absent on a clean clone.
 * - `tests/corpus/*.jsonl`: drafts the team wrote (source `corpus`).
 * - `tests/corpus/blind/` … `blind19/` (`drafts.jsonl`): drafts written without reading the rules,
 *   by other authors at other times (`blind4` holds harmless drafts only; `blind5` replies and
 *   comments, and ASNs in their working role; `blind6` English, code-mixed and regional-language
 *   drafts, and the issue's evasions; `blind7` politics between elections, and ASNs outside Java; `blind8` drafts shaped as each
 *   platform's posts, and minimal pairs on both sides of the line; `blind9` long posts where the side is one
 *   sentence among many, and short posts as people type them; `blind10` posts of past election
 *   seasons as the public wrote them, and opinion and analysis before 2029; `blind11` community,
 *   faith and neighbourhood groups, and legislators and legislative elections; `blind12` humour
 *   and wordplay, and what is added when a post is forwarded or shared; `blind13` election day
 *   and after, and young ASNs' voices; `blind14` drafts as typed on a phone (voice typing,
 *   autocorrect, abbreviations), and the line between talking about policy and taking a side;
 *   `blind15` seasons and occasions, and frontline public servants at work; `blind16` office-bound
 *   public servants at work, and the grammar around a side: negation, questions, conditionals,
 *   quotes, irony and disclaimers; `blind17` numbers, dates, colours and symbols, and
 *   announcements and broadcasts from office heads and group admins; `blind18` captions over
 *   shared news, polls, videos and screenshots, and family, friends and private circles; `blind19`
 *   attacks, smears and fear-mongering beside harmless criticism, and engagement: likes, shares,
 *   follows, live streams and groups; `blind20` praise, defence and prediction in everyday
 *   evaluative words, and the regions' own words; `blind21` targets named by description, epithet
 *   or role instead of a name, and fandom, stan and meme language; `blind22` exceptions in the
 *   sentence of a side taken, and reporting beside the writer's own voice; `blind23` English-first
 *   and code-mixed drafts, and sitting officials and the election calendar; `blind24` replies in
 *   comment threads and group chats, and predictions, bets and numbers in the writer's own voice;
 *   `blind25` names as people type them, and party life and campaign work;
 *   `blind26` teachers, lecturers and schools, and wordplay and verse; `blind27` the pre-season
 *   of the next elections, and health workers and social aid; `blind28` village and sub-district
 *   government and rural life, and civil servants as content creators and professionals online;
 *   `blind29` civil servants of the revenue, customs, immigration, land and justice offices, and
 *   Indonesians abroad and the overseas vote; `blind30` transport, public works and infrastructure
 *   offices and their users, and culture, tourism, sport and youth offices and those around them;
 *   `blind31` agriculture, fisheries, forestry and environment offices and the farmers and fishers
 *   they serve, and civil registry, statistics, planning and personnel offices and their counters;
 *   `blind32` trade, industry, cooperatives, small-business and manpower offices and the traders,
 *   workers and job seekers they serve, and communication and informatics offices, public
 *   relations units, libraries and archives and the netizens and readers they deal with;
 *   `blind33` regional parliament and regional secretariats and the election bodies' secretariats
 *   and the legislators, staffers and citizens they deal with, and disaster management, fire and
 *   rescue, public order and civil protection offices and the residents they serve);
 *   their `dev` splits may be learned from, their
 *   `holdout` splits only measured.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CORPUS_DIR, loadCorpus, readJsonl, REAL_POSTS, type LabelledPost } from './evaluate';

export const TRAIN_POSTS = resolve(REAL_POSTS, '../../train-posts/posts.jsonl');
export const BLIND = join(CORPUS_DIR, 'blind/drafts.jsonl');
export const BLIND2 = join(CORPUS_DIR, 'blind2/drafts.jsonl');
export const BLIND3 = join(CORPUS_DIR, 'blind3/drafts.jsonl');
export const BLIND4 = join(CORPUS_DIR, 'blind4/drafts.jsonl');
export const BLIND5 = join(CORPUS_DIR, 'blind5/drafts.jsonl');
export const BLIND6 = join(CORPUS_DIR, 'blind6/drafts.jsonl');
export const BLIND7 = join(CORPUS_DIR, 'blind7/drafts.jsonl');
export const BLIND8 = join(CORPUS_DIR, 'blind8/drafts.jsonl');
export const BLIND9 = join(CORPUS_DIR, 'blind9/drafts.jsonl');
export const BLIND10 = join(CORPUS_DIR, 'blind10/drafts.jsonl');
export const BLIND11 = join(CORPUS_DIR, 'blind11/drafts.jsonl');
export const BLIND12 = join(CORPUS_DIR, 'blind12/drafts.jsonl');
export const BLIND13 = join(CORPUS_DIR, 'blind13/drafts.jsonl');
export const BLIND14 = join(CORPUS_DIR, 'blind14/drafts.jsonl');
export const BLIND15 = join(CORPUS_DIR, 'blind15/drafts.jsonl');
export const BLIND16 = join(CORPUS_DIR, 'blind16/drafts.jsonl');
export const BLIND17 = join(CORPUS_DIR, 'blind17/drafts.jsonl');
export const BLIND18 = join(CORPUS_DIR, 'blind18/drafts.jsonl');
export const BLIND19 = join(CORPUS_DIR, 'blind19/drafts.jsonl');
export const BLIND20 = join(CORPUS_DIR, 'blind20/drafts.jsonl');
export const BLIND21 = join(CORPUS_DIR, 'blind21/drafts.jsonl');
export const BLIND22 = join(CORPUS_DIR, 'blind22/drafts.jsonl');
export const BLIND23 = join(CORPUS_DIR, 'blind23/drafts.jsonl');
export const BLIND24 = join(CORPUS_DIR, 'blind24/drafts.jsonl');
export const BLIND25 = join(CORPUS_DIR, 'blind25/drafts.jsonl');
export const BLIND26 = join(CORPUS_DIR, 'blind26/drafts.jsonl');
export const BLIND27 = join(CORPUS_DIR, 'blind27/drafts.jsonl');
export const BLIND28 = join(CORPUS_DIR, 'blind28/drafts.jsonl');
export const BLIND29 = join(CORPUS_DIR, 'blind29/drafts.jsonl');
export const BLIND30 = join(CORPUS_DIR, 'blind30/drafts.jsonl');
export const BLIND31 = join(CORPUS_DIR, 'blind31/drafts.jsonl');
export const BLIND32 = join(CORPUS_DIR, 'blind32/drafts.jsonl');
export const BLIND33 = join(CORPUS_DIR, 'blind33/drafts.jsonl');
/** The written sets by name: `blind` is the first. Each one is a source (`blind3-dev`, `blind3-holdout`). */
export const BLIND_SETS: ReadonlyArray<readonly [string, string]> = [
  ['blind', BLIND],
  ['blind2', BLIND2],
  ['blind3', BLIND3],
  ['blind4', BLIND4],
  ['blind5', BLIND5],
  ['blind6', BLIND6],
  ['blind7', BLIND7],
  ['blind8', BLIND8],
  ['blind9', BLIND9],
  ['blind10', BLIND10],
  ['blind11', BLIND11],
  ['blind12', BLIND12],
  ['blind13', BLIND13],
  ['blind14', BLIND14],
  ['blind15', BLIND15],
  ['blind16', BLIND16],
  ['blind17', BLIND17],
  ['blind18', BLIND18],
  ['blind19', BLIND19],
  ['blind20', BLIND20],
  ['blind21', BLIND21],
  ['blind22', BLIND22],
  ['blind23', BLIND23],
  ['blind24', BLIND24],
  ['blind25', BLIND25],
  ['blind26', BLIND26],
  ['blind27', BLIND27],
  ['blind28', BLIND28],
  ['blind29', BLIND29],
  ['blind30', BLIND30],
  ['blind31', BLIND31],
  ['blind32', BLIND32],
  ['blind33', BLIND33],
];

export interface Sourced extends LabelledPost {
  source: string;
  /** The labelled set it comes from: the development set (`real`), the training set, ours. */
  set?: 'train' | 'real' | 'corpus' | 'blind';
}

/**
 * Sources of one election form one fold: a model scored on a 2019 source has seen no 2019 post.
 * Posts from no election (reviews, everyday tweets, headlines of all topics) fold by dataset.
 */
export function foldOf(source: string): string {
  if (/dki2017/.test(source)) return 'pilkada-dki-2017';
  if (/pilpres2019/.test(source)) return 'pemilu-2019';
  if (/pemilu2024|pilpres2024|prabowo-gibran-2023/.test(source)) return 'pemilu-2024';
  if (/jatim2024/.test(source)) return 'pilkada-jatim-2024';
  if (/banten2024/.test(source)) return 'pilkada-banten-2024';
  if (/^indonlu/.test(source)) return 'indonlu';
  // Each written set is its own fold: other authors, other times (like another election).
  if (/^blind/.test(source)) return source.replace(/-dev$/, '');
  return source;
}

export interface Datasets {
  /** Everything that may be learned from. */
  learn: Sourced[];
  /** Measured only: the blind holdout. */
  holdout: Sourced[];
  /** Which files were found. */
  found: { train: boolean; real: boolean; blind: boolean };
}

export function loadDatasets(): Datasets {
  const scored = (p: LabelledPost) => p.expect !== 'unsure';
  const train = existsSync(TRAIN_POSTS) ? readJsonl(TRAIN_POSTS).filter(scored) : [];
  const real = existsSync(REAL_POSTS) ? readJsonl(REAL_POSTS).filter(scored) : [];
  const corpus = loadCorpus().filter(scored).map((p) => ({ ...p, source: 'corpus' }));
  const drafts = (file: string) => (existsSync(file) ? (readJsonl(file) as Array<LabelledPost & { split?: string }>) : []);
  const sets = BLIND_SETS.map(([name, file]) => [name, drafts(file)] as const);
  const split = (which: 'dev' | 'holdout') => sets.flatMap(([name, posts]) => posts.filter((p) => p.split === which).map((p) => ({ ...p, source: `${name}-${which}` })));
  const withSource = (set: Sourced['set']) => (p: LabelledPost): Sourced => ({ ...p, source: p.source ?? 'unknown', set });
  return {
    learn: [
      ...train.map(withSource('train')),
      ...real.map(withSource('real')),
      ...corpus.map((p) => ({ ...p, set: 'corpus' as const })),
      ...split('dev').map((p) => ({ ...p, set: 'blind' as const })),
    ],
    holdout: split('holdout'),
    found: { train: train.length > 0, real: real.length > 0, blind: sets[0]![1].length > 0 },
  };
}
