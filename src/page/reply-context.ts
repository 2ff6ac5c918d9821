/**
 * The post a reply or comment box answers, read from the page (the adapter's `replies`), and
 * judged once with the engagement guard's own test (src/engage/decide.ts: campaign words, or a
 * known campaign account's post). The composer's checks then carry that verdict as the engine's
 * `context` (src/engine/reply-context.ts): a short cheer under a campaign post is a finding.
 *
 * Privacy: the answered post's text lives only for its check; the one cached verdict is keyed by
 * that text in memory and never stored.
 */
import type { AccountIndex } from '../engage/accounts';
import { classifyTarget } from '../engage/decide';
import type { Engine } from '../engine/engine';
import { localDate } from '../engine/merge';
import type { ReplyContext } from '../engine/reply-context';
import type { SiteAdapter } from '../sites/types';
import { containerOf, readIn } from './engage-read';

export interface ReplyContextDeps {
  adapter: SiteAdapter;
  engine: Engine;
  accounts(): AccountIndex;
  settings(): { disabledRules: readonly string[]; lang: 'id' | 'en' };
}

/** The answered post's container for `composer`, or null when it is no reply box. */
export function answeredPost(replies: NonNullable<SiteAdapter['replies']>, composer: Element): Element | null {
  const inside = containerOf(replies.post, composer);
  if (inside) return inside;
  for (const sel of replies.within) {
    const box = composer.closest(sel);
    if (!box) continue;
    const before = [...box.querySelectorAll(replies.post.containers.join(','))].filter(
      (el) => !el.contains(composer) && el.compareDocumentPosition(composer) & Node.DOCUMENT_POSITION_FOLLOWING && replies.post.text.some((t) => el.querySelector(t)?.textContent?.trim()),
    );
    if (before.length > 0) return before[before.length - 1]!;
  }
  return null;
}

/**
 * `contextFor(composer)`: the engine's reply context for a composer, or undefined where the site
 * declares no replies. The page is read only when the engine asks (the draft is a short cheer),
 * so typing anything else costs nothing here.
 */
export function createReplyContext(d: ReplyContextDeps): (composer: Element) => ReplyContext | undefined {
  let last: { key: string; campaign: boolean } | null = null;
  const campaignFor = (composer: Element): boolean => {
    const box = answeredPost(d.adapter.replies!, composer);
    if (!box) return false;
    const post = readIn(d.adapter.replies!.post, box, 'post');
    if (!post.text.trim() && !post.name && !post.handle) return false;
    const s = d.settings();
    const key = `${post.text}\u0000${post.name ?? ''}\u0000${post.handle ?? ''}\u0000${s.disabledRules.join(',')}`;
    if (last?.key !== key) {
      const verdict = classifyTarget(post, { engine: d.engine, accounts: d.accounts(), date: localDate(), lang: s.lang, disabledRules: s.disabledRules });
      last = { key, campaign: verdict.campaign };
    }
    return last.campaign;
  };
  return (composer) => (d.adapter.replies ? { campaign: () => campaignFor(composer) } : undefined);
}
