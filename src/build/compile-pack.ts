/**
 * A pack's header (`pack.yml`, or `pack:` in a single-file pack): name, version, kind and the
 * election calendar's window.
 */
import type { PackInfo } from '../engine/rules';
import type { Source } from './compile-source';
import type { Compilation } from './compile-state';

export function compilePackHeader(c: Compilation, src: Source, data: Record<string, unknown>, pack: string) {
  const info: PackInfo = {
    id: pack,
    name: String(data.name ?? ''),
    version: String(data.version ?? ''),
    description: String(data.description ?? ''),
    kind: (data.kind as PackInfo['kind']) ?? 'generic',
  };
  if (!info.name) src.fail(['name'], 'the pack needs a "name"');
  if (!/^\d+\.\d+\.\d+$/.test(info.version)) src.fail(['version'], 'version must look like 1.2.3');
  if (!['generic', 'entities', 'regional', 'agency'].includes(info.kind)) src.fail(['kind'], 'kind must be generic, entities, regional or agency');
  if (data.regions !== undefined) {
    const r = data.regions;
    if (!Array.isArray(r) || r.some((x) => typeof x !== 'string' || !x.trim())) src.fail(['regions'], 'regions must be a list of region names, e.g. ["Kota Bandung", "Jawa Barat"]');
    else info.regions = r.map((x: string) => x.trim());
  }
  for (const k of ['valid_from', 'valid_until'] as const) {
    const v = data[k];
    if (v === undefined) continue;
    const s = v instanceof Date ? v.toISOString().slice(0, 10) : String(v);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) src.fail([k], `${k} must be a date like 2024-11-27`);
    else if (k === 'valid_from') info.validFrom = s;
    else info.validUntil = s;
  }
  c.out.packs.push(info);
}
