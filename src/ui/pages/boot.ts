/** Shared start of every extension page: language from settings, document language set. */
import { loadEffective } from '../../settings/store';
import { setLang } from '../i18n';
import { initPageEngine } from './engine';

export async function startExtensionPage() {
  const s = await startLightPage();
  await initPageEngine(s?.regionPack, s?.profile.region);
  return s;
}

/** Language only; a page that may never check text (welcome) builds the engine when asked. */
export async function startLightPage() {
  const s = await loadEffective().catch(() => null);
  const lang = s?.lang ?? 'id';
  setLang(lang);
  document.documentElement.lang = lang;
  return s;
}
