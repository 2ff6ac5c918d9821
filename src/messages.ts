/**
 * Every `netra:*` message between Netra's parts, as one typed union, with the reply each one
 * gets. Senders use `sendToBackground`/`sendToTab`, receivers `isNetraMessage`, so a message and
 * its handler cannot drift apart. Pages never reach these: Netra has no externally_connectable
 * and no web-accessible resources, and content scripts answer only their own extension.
 */
import { browser } from 'wxt/browser';
import type { Finding } from './engine/finding';
import type { GuidelineDetailPart } from './engine/guideline';
import type { EnglishText } from './build/english-text';
import type { RuleMessages } from './build/rule-messages';
import type { AnalyserRequest, AnalyserWarmUp, PictureAnalysis, PictureRequest, PictureWarmUpRequest } from './images/types';

/** Content script → background: open the guideline library, at a guideline when `id` is given. */
export interface OpenGuidelineMessage {
  type: 'netra:open-guideline';
  id?: string;
}

/**
 * Content script → background: a guideline's long texts (explanation, what to do instead, legal
 * basis, where to report), which the content script does not carry (issue 11: its size).
 */
export interface GuidelineDetailMessage {
  type: 'netra:guideline-detail';
  id: string;
}

/**
 * Content script → background: the English texts (UI messages, guideline cards, rule messages)
 * of a page whose UI language is English; the content script carries only the Indonesian
 * (issue 11: its size; src/build/english-text.ts).
 */
export interface EnglishTextMessage {
  type: 'netra:english';
}

/**
 * Content script → background: the rules' Indonesian messages, which the content script does not
 * carry (issue 11: its size; src/build/rule-messages.ts).
 */
export interface RuleMessagesMessage {
  type: 'netra:rule-messages';
}

/**
 * Content script → background: the page found no stored engine snapshot that fits the bundled
 * rules and built its engine in full; the background stores one for the next pages
 * (`src/background/engine-snapshot.ts`). Answered true when it stored one.
 */
export interface EngineSnapshotMessage {
  type: 'netra:engine-snapshot';
}

/**
 * Content script → background: the rule body (patterns and entity lists) the page found no
 * fitting copy of in storage; the background stores it for the next pages and answers with the
 * stored string (src/background/rules-body.ts, src/page/rules-body.ts).
 */
export interface RulesBodyMessage {
  type: 'netra:rules-body';
}

/** Popup → content script of the active tab: what Netra sees there now. */
export interface StatusMessage {
  type: 'netra:status';
}

/** The content script's answer to `netra:status`. Never the draft's text. */
export interface TabStatus {
  site: string;
  siteName: string;
  /** Netra checks drafts here now (not paused, site switched on). */
  active: boolean;
  /** Paused everywhere by the user. */
  paused: boolean;
  /** The user switched this site off. */
  siteOff: boolean;
  /** Findings of the draft the user last worked in. */
  findings: Finding[];
}

/** Messages the background answers. */
export type BackgroundMessage = OpenGuidelineMessage | GuidelineDetailMessage | EnglishTextMessage | RuleMessagesMessage | EngineSnapshotMessage | RulesBodyMessage | PictureRequest | PictureWarmUpRequest;
/** Messages a content script answers. */
export type TabMessage = StatusMessage;
/** Messages the picture analyser answers (Chrome's offscreen document). */
export type AnalyserMessage = AnalyserRequest | AnalyserWarmUp;
export type NetraMessage = BackgroundMessage | TabMessage | AnalyserMessage;

/** What each message is answered with. */
export interface Replies {
  'netra:open-guideline': unknown;
  'netra:guideline-detail': GuidelineDetailPart | null;
  'netra:english': EnglishText;
  'netra:rule-messages': RuleMessages;
  'netra:engine-snapshot': boolean;
  'netra:rules-body': string;
  'netra:picture': PictureAnalysis | undefined;
  'netra:picture-warm-up': boolean;
  'netra:status': TabStatus;
  'netra:analyse-picture': PictureAnalysis;
  'netra:warm-up-analyser': boolean;
}

const TYPES: ReadonlySet<string> = new Set<keyof Replies>(['netra:open-guideline', 'netra:guideline-detail', 'netra:english', 'netra:rule-messages', 'netra:engine-snapshot', 'netra:rules-body', 'netra:picture', 'netra:picture-warm-up', 'netra:status', 'netra:analyse-picture', 'netra:warm-up-analyser']);

/** A message of Netra's own (any sender may post anything; this checks the shape's type tag). */
export function isNetraMessage(msg: unknown): msg is NetraMessage {
  return !!msg && typeof msg === 'object' && typeof (msg as { type?: unknown }).type === 'string' && TYPES.has((msg as { type: string }).type);
}

export function isMessage<T extends NetraMessage['type']>(msg: unknown, type: T): msg is Extract<NetraMessage, { type: T }> {
  return isNetraMessage(msg) && msg.type === type;
}

export function sendToBackground<M extends BackgroundMessage>(msg: M): Promise<Replies[M['type']]> {
  return browser.runtime.sendMessage(msg) as Promise<Replies[M['type']]>;
}

export function sendToTab<M extends TabMessage>(tabId: number, msg: M): Promise<Replies[M['type']]> {
  return browser.tabs.sendMessage(tabId, msg) as Promise<Replies[M['type']]>;
}
