/**
 * Names people read for things the code knows by id: rule packs, pack kinds and rules. Bundled
 * packs have a name in each UI language; a pack an agency or user installs shows its own name.
 */
import type { CompiledRule, PackInfo } from '../../engine/rules';
import { MESSAGE_TABLES, getLang, t, type MessageKey } from '../i18n';

export function packName(id: string, fallback?: string): string {
  const key = `packName_${id.replace(/-/g, '_')}`;
  return key in MESSAGE_TABLES.id ? t(key as MessageKey) : (fallback ?? id);
}

export function packKindName(kind: PackInfo['kind'] | string): string {
  const key = `packKind_${kind}`;
  return key in MESSAGE_TABLES.id ? t(key as MessageKey) : kind;
}

/** A rule as one line: its message without the quoted-match slot ("Ajakan memilih …"). */
export function ruleLabel(rule: Pick<CompiledRule, 'id' | 'message'>): string {
  const text = rule.message[getLang()] ?? rule.message.id;
  return text.replace(/\s*[:—-]?\s*[“"]?\{match\}[”"]?\s*$/, '').replace(/\{match\}/g, '…').trim() || rule.id;
}
