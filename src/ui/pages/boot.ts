/** Shared start of every extension page: language from settings, document language set. */
import { loadEffective } from '../../settings/store';
import { setLang } from '../i18n';

export async function startExtensionPage() {
  const s = await loadEffective().catch(() => null);
  const lang = s?.lang ?? 'id';
  setLang(lang);
  document.documentElement.lang = lang;
  return s;
}
