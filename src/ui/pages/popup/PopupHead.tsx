/** The popup's top line: Netra's mark, the state of this tab, and who manages Netra here. */
import { browser } from 'wxt/browser';
import type { TabState } from '../../../settings/tab-state';
import { getLang, t, type MessageKey } from '../../i18n';

interface Props {
  state: TabState;
  siteName: string | null;
  pausedUntil: number;
  managed: boolean;
  agencyName?: string;
}

export function PopupHead({ state, siteName, pausedUntil, managed, agencyName }: Props) {
  const until = new Date(pausedUntil).toLocaleTimeString(getLang() === 'id' ? 'id-ID' : 'en-GB', { hour: '2-digit', minute: '2-digit' });
  const phrase = state === 'paused' ? t('popupStatePaused', until) : t(`popupState_${state.replace('-', '_')}` as MessageKey, siteName ?? '');
  return (
    <header class="popup-head">
      <div class="brand">
        <img src={browser.runtime.getURL('/icon/48.png')} alt="" width={28} height={28} />
        <h1>Netra</h1>
      </div>
      <p class={`state state-${state}`} role="status" data-state={state}>
        <span class="dot" aria-hidden="true" />
        {phrase}
      </p>
      {managed ? <p class="managed">{agencyName ? t('popupManagedBy', agencyName) : t('popupManaged')}</p> : null}
    </header>
  );
}
