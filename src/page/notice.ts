/** A short notice at the bottom of the page (in Netra's shadow root), dismissible, gone by itself. */
import { h } from 'preact';
import { t } from '../ui/i18n';
import type { UiHost } from './ui-host';

const NOTICE_MS = 8000;

export interface Notices {
  /** Show `message`; `sticky` keeps it until `clear` (a wait the user should know about). */
  show(message: string, sticky?: boolean): void;
  clear(): void;
}

export function createNotices(ui: UiHost): Notices {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const clear = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    ui.show('toast', null);
  };
  return {
    show(message, sticky = false) {
      clear();
      const dismiss = h('button', { type: 'button', class: 'btn btn-secondary', onClick: clear }, t('noticeDismiss'));
      ui.show('toast', h('div', { class: 'toast', role: 'status' }, message, sticky ? null : dismiss));
      if (!sticky) timer = setTimeout(clear, NOTICE_MS);
    },
    clear,
  };
}
