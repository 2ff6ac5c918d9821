/**
 * The agency policy in Settings, for an administrator verifying a rollout: what Netra received
 * (agency, mode, locks, rules switched off, packs, logos, contacts), what does not apply and why
 * (in the page's language, naming the field and the value), and notes such as a pack that ends
 * within a few weeks. Decisions live in src/settings/policy-view.ts; this only shows them.
 */
import { useEffect, useState } from 'preact/hooks';
import loadRules from 'virtual:netra-rules';
import { localDate } from '../../engine/merge';
import { loadInstalled, loadPolicyPackReport, watchInstalled } from '../../packs/installed';
import type { Lockable } from '../../settings/model';
import type { PolicyProblem } from '../../settings/policy';
import { policyProblemText } from '../../settings/policy-report';
import { policyView, type PolicyView } from '../../settings/policy-view';
import { loadPolicyRaw, watchSettings } from '../../settings/store';
import type { Enforcement } from '../PrePostDialog';
import { getLang, t, type MessageKey } from '../i18n';

async function load(): Promise<PolicyView> {
  const [raw, installed, report] = await Promise.all([loadPolicyRaw(), loadInstalled().catch(() => []), loadPolicyPackReport()]);
  return policyView(raw, loadRules(), installed, report, localDate());
}

export const modeText = (e: Enforcement) => t(`mode_${e.replace('-', '_')}` as MessageKey);
export const lockText = (l: Lockable) => t(`lock_${l}` as MessageKey);

export function PolicySection() {
  const [view, setView] = useState<PolicyView | null>(null);
  useEffect(() => {
    const refresh = () => void load().then(setView);
    refresh();
    const stops = [watchSettings(refresh), watchInstalled(refresh)];
    return () => stops.forEach((stop) => stop());
  }, []);
  if (!view) return null;
  const lang = getLang();
  const p = view.policy;
  const none = t('policyNothing');
  // No policy: one line, so that an administrator checking a rollout sees none arrived.
  if (!view.managed && view.problems.length === 0) return <p class="muted" data-policy="none">{t('policyNone')}</p>;
  return (
    <section aria-labelledby="policy-h" class="policy">
      <h2 id="policy-h">{t('policyTitle')}</h2>
      {!view.managed ? (
        <p class="muted">{t('policyNone')}</p>
      ) : (
        <>
          <p class="muted">{t('policyIntro')}</p>
          <dl class="policy-fields">
            <dt>{t('policyAgency')}</dt>
            <dd>{p.agencyName || none}</dd>
            <dt>{t('policyMode')}</dt>
            <dd data-field="enforcement">{p.enforcement ? modeText(p.enforcement) : t('policyModeDefault', modeText('confirm'))}</dd>
            <dt>{t('policyLocked')}</dt>
            <dd data-field="locked">{p.locked?.length ? p.locked.map(lockText).join(', ') : none}</dd>
            <dt>{t('policyDisabledRules')}</dt>
            <dd>{p.disabledRules?.length ? <code>{p.disabledRules.join(', ')}</code> : none}</dd>
            <dt>{t('policyPacks')}</dt>
            <dd data-field="extraPacks">
              {view.packs.length === 0 && view.waiting === 0 ? none : null}
              <ul class="plain">
                {view.packs.map((k) => (
                  <li key={k.field}>
                    {t('policyPackLine', k.info.name, k.info.version, `${k.info.validFrom ?? '…'} – ${k.info.validUntil ?? '…'}`)} <code>{k.info.id}</code>
                  </li>
                ))}
                {view.waiting ? <li>{t('policyPacksWaiting', view.waiting)}</li> : null}
              </ul>
            </dd>
            <dt>{t('policyRegion')}</dt>
            <dd>{p.regionPack ? <code>{p.regionPack}</code> : none}</dd>
            <dt>{t('policyLogos')}</dt>
            <dd data-field="agencyLogos">{p.logos.length ? p.logos.map((l) => l.name).join(', ') : none}</dd>
            <dt>{t('policyHelpdesk')}</dt>
            <dd>{p.helpdesk || none}</dd>
            <dt>{t('policyGuideline')}</dt>
            <dd>{p.guidelineUrl ? <a href={p.guidelineUrl}>{p.guidelineUrl}</a> : none}</dd>
          </dl>
        </>
      )}
      <ProblemList problems={view.problems} title={t('policyProblems')} hint={t('policyProblemsHint')} cls="errors" lang={lang} />
      <ProblemList problems={view.notes} title={t('policyNotes')} cls="notes" lang={lang} />
    </section>
  );
}

function ProblemList({ problems, title, hint, cls, lang }: { problems: PolicyProblem[]; title: string; hint?: string; cls: string; lang: 'id' | 'en' }) {
  if (problems.length === 0) return null;
  return (
    <div class={cls} role="region" aria-label={title}>
      <h3>{title}</h3>
      {hint ? <p class="muted">{hint}</p> : null}
      <ul>
        {problems.map((p) => (
          <li key={`${p.code} ${p.field} ${p.value ?? ''}`}>{policyProblemText(p, lang)}</li>
        ))}
      </ul>
    </div>
  );
}
