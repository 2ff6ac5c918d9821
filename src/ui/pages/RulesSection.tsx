/**
 * Rules, grouped by the pack they come from under the pack's human name, each with its own
 * switch. Collapsed by default; a search opens the groups that match. A rule's code is shown
 * small, for administrators writing a policy (`disabledRules`).
 */
import { useMemo, useState } from 'preact/hooks';
import loadRules from 'virtual:netra-rules';
import loadGuidelines from 'virtual:netra-guidelines';
import type { CompiledRule } from '../../engine/rules';
import type { EffectiveSettings, UserSettings } from '../../settings/model';
import { getLang, t } from '../i18n';
import { installedStatus, pageEngine } from './engine';
import { packKindName, packName, ruleLabel } from './names';
import { Section } from './Section';

interface Props {
  user: UserSettings;
  eff: EffectiveSettings;
  lockNote: string;
  save: (patch: Partial<UserSettings>) => Promise<void>;
}

export function RulesSection({ user, eff, lockNote, save }: Props) {
  const [filter, setFilter] = useState('');
  const lang = getLang();
  const lib = loadGuidelines();
  const rules = pageEngine().rules;
  const packs = new Map([...loadRules().packs, ...installedStatus().map((s) => s.pack.info)].map((p) => [p.id, p]));
  const needle = filter.trim().toLowerCase();

  const groups = useMemo(() => {
    const m = new Map<string, CompiledRule[]>();
    for (const r of rules) {
      const hay = `${r.id} ${ruleLabel(r)} ${lib.guidelines[r.guideline]?.title[lang] ?? ''} ${packName(r.pack, packs.get(r.pack)?.name)}`.toLowerCase();
      if (needle && !hay.includes(needle)) continue;
      m.set(r.pack, [...(m.get(r.pack) ?? []), r]);
    }
    return m;
  }, [rules, needle, lang]);

  const toggle = (id: string, on: boolean) => void save({ disabledRules: on ? [...new Set([...user.disabledRules, id])] : user.disabledRules.filter((x) => x !== id) });
  return (
    <Section id="rules" title={t('optionsRules')} hint={t('optionsRulesHint')}>
      {eff.locked.has('rules') ? <p class="locked">{lockNote}</p> : null}
      <label class="field">
        <span class="label">{t('optionsRuleFilter')}</span>
        <input type="search" value={filter} onInput={(e) => setFilter((e.target as HTMLInputElement).value)} />
      </label>
      {groups.size === 0 ? <p role="status">{t('optionsRuleNone')}</p> : null}
      {[...groups.entries()].map(([pack, list]) => {
        const info = packs.get(pack);
        return (
          <details key={`${pack}:${needle ? 'open' : 'closed'}`} class="rule-group" open={!!needle}>
            <summary>
              <span>{packName(pack, info?.name)}</span> <span class="muted">{t('optionsRuleCount', list.length)}</span>
              {info ? <span class="tag">{packKindName(info.kind)}</span> : null}
            </summary>
            <ul class="plain">
              {list.map((r) => {
                const on = !eff.disabledRules.includes(r.id);
                const forced = !on && !user.disabledRules.includes(r.id);
                return (
                  <li key={r.id} class="rule">
                    <label class="switch">
                      <input type="checkbox" checked={on} disabled={eff.locked.has('rules') || forced} onChange={() => toggle(r.id, on)} />
                      <span>{ruleLabel(r)}</span>
                    </label>
                    <span class="rule-meta">
                      {lib.guidelines[r.guideline]?.title[lang]} · <code title={t('optionsRuleCode')}>{r.id}</code>
                      {forced ? <span class="locked"> · {lockNote}</span> : null}
                    </span>
                  </li>
                );
              })}
            </ul>
          </details>
        );
      })}
    </Section>
  );
}
