/**
 * A generic post box running the same page machinery as the social sites: highlights, the badge
 * and the pre-post dialog. Two differences, both on purpose: nothing posted here is ever
 * recorded as an acknowledgement (practice is not the trainer's own record), and while
 * `enabled` is false (a quiz question not yet answered) Netra is not running on the box at all,
 * so no badge, highlight or dialog can give the answer away.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import loadGuidelines from 'virtual:netra-guidelines';
import { startPage, type PageController } from '../../../page/manager';
import type { EffectiveSettings } from '../../../settings/model';
import type { SiteAdapter } from '../../../sites/types';
import { getLang, t } from '../../i18n';
import { pageEngine } from '../engine';

const PRACTICE_SITE: SiteAdapter = {
  id: 'practice' as SiteAdapter['id'],
  name: 'Practice',
  hosts: [location.hostname],
  composers: ['#practice-composer'],
  submits: ['#practice-post'],
  scopes: ['.practice-box'],
  keys: { modEnter: true },
  editor: 'contenteditable',
};

interface Props {
  settings: EffectiveSettings | null;
  /** The draft put in the box; replaced whenever `textKey` changes. */
  text: string;
  textKey: string;
  enabled: boolean;
  /** Posting is offered (a quiz question must be answered first). */
  canPost: boolean;
  onInput?: (text: string) => void;
}

export function PracticeComposer({ settings, text, textKey, enabled, canPost, onInput }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const page = useRef<PageController | null>(null);
  const [posted, setPosted] = useState<string[]>([]);

  useEffect(() => {
    if (box.current) box.current.textContent = text;
    onInput?.(text);
  }, [textKey]);

  useEffect(() => {
    if (!enabled) return;
    const lang = getLang();
    page.current = startPage({
      adapter: PRACTICE_SITE,
      engine: pageEngine(),
      library: loadGuidelines(),
      settings: () => ({ enforcement: settings?.enforcement ?? 'confirm', disabledRules: settings?.disabledRules ?? [], showInfo: settings?.showInfo ?? false, lang, agency: settings?.agency }),
      active: () => true,
      // Practice never writes acknowledgement records.
      acknowledge: () => undefined,
      openGuideline: (id) => window.open(`guidelines.html#${id}`, '_blank'),
      log: (m) => console.warn(`[Netra practice] ${m}`),
    });
    // The machinery finds a box from the events in it: announce the draft that is already there.
    box.current?.dispatchEvent(new Event('input', { bubbles: true }));
    return () => {
      page.current?.stop();
      page.current = null;
    };
  }, [enabled, textKey]);

  const post = () => {
    const draft = box.current?.innerText ?? '';
    if (!draft.trim()) return;
    setPosted((p) => [draft, ...p].slice(0, 3));
    if (box.current) box.current.textContent = '';
    onInput?.('');
  };

  return (
    <div class="practice-box">
      <div
        id="practice-composer"
        ref={box}
        contentEditable
        role="textbox"
        aria-multiline="true"
        aria-label={t('practiceComposerLabel')}
        data-placeholder={t('practiceComposerPlaceholder')}
        onInput={() => onInput?.(box.current?.innerText ?? '')}
      />
      <div class="row practice-box-actions">
        <button id="practice-post" type="button" class="btn btn-primary" disabled={!canPost} onClick={post}>
          {t('practicePost')}
        </button>
        {!canPost ? <span class="muted">{t('practicePostAfterAnswer')}</span> : null}
      </div>
      {posted.length ? (
        <div class="posted" aria-live="polite">
          <p class="muted">{t('practicePosted')}</p>
          <ul>
            {posted.map((p, i) => (
              <li key={i}>{p}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
