/** The 30-minute plan for the session as set up: what to do, minute by minute. */
import { sessionPlan } from '../../../practice/session';
import { t, type MessageKey } from '../../i18n';

export function SessionPlan({ count }: { count: number }) {
  return (
    <section class="plan" aria-labelledby="plan-h">
      <h2 id="plan-h">{t('practicePlanTitle')}</h2>
      <ol class="plain plan-steps">
        {sessionPlan(count).map((s) => (
          <li key={s.kind}>
            <span class="plan-time">{t('practicePlanMinutes', s.from, s.to)}</span>
            <span>
              <strong>{t(`practicePlan_${s.kind}` as MessageKey, s.count ?? 0)}</strong> {t(`practicePlanHint_${s.kind}` as MessageKey)}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
