/**
 * Agency policy, checked by Netra itself (the managed schema has no enums, so Chrome hands every
 * value over): each valid value applies, each invalid one is reported in Indonesian and English
 * naming the field and the value, and one bad item never takes the valid ones with it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { PNG } from 'pngjs';
import jpeg from 'jpeg-js';
import { parsePolicy, imageInfo, imageBytes, POLICY_LIMITS, type PolicyProblem, type PolicyProblemCode } from '../src/settings/policy';
import { packEndNotes, policyProblemText, PACK_EXPIRY_WARN_DAYS } from '../src/settings/policy-report';
import { policyView } from '../src/settings/policy-view';
import { lockedPartsKept } from '../src/settings/transfer';
import { DEFAULT_SETTINGS } from '../src/settings/model';
import { activeRules, type InstalledPack } from '../src/packs/installed';
import { MESSAGE_TABLES } from '../src/ui/i18n';
import { compiled } from './helpers';

const png = (w: number, h: number) => {
  const p = new PNG({ width: w, height: h });
  p.data.fill(200);
  return PNG.sync.write(p).toString('base64');
};
const jpg = (w: number, h: number) => Buffer.from(jpeg.encode({ data: Buffer.alloc(w * h * 4, 128), width: w, height: h }, 80).data).toString('base64');
const texts = (problems: PolicyProblem[], lang: 'id' | 'en' = 'id') => problems.map((p) => policyProblemText(p, lang));

describe('policy fields', () => {
  test('a typo in enforcement is reported with the field and the value, and confirm applies', () => {
    const r = parsePolicy({ enforcement: 'block' });
    expect(r.policy.enforcement).toBeUndefined();
    expect(r.problems).toEqual([{ code: 'bad-enforcement', field: 'enforcement', value: '"block"', expected: 'advise, confirm, acknowledge, block-serious', level: 'error' }]);
    expect(texts(r.problems)[0]).toBe('enforcement: nilai "block" tidak dikenal, jadi mode bawaan (confirm) yang berlaku. Nilai yang bisa dipakai: advise, confirm, acknowledge, block-serious.');
    expect(texts(r.problems, 'en')[0]).toMatch(/^enforcement: unknown value "block", so the default mode \(confirm\) applies/);
  });

  test('one bad lock name: the other locks still hold, the bad one is named', () => {
    const r = parsePolicy({ locked: ['site', 'pause', 'rules', 'pause'] });
    expect(r.policy.locked).toEqual(['pause', 'rules']);
    expect(r.problems.map((p) => [p.code, p.field, p.value])).toEqual([['bad-lock', 'locked[0]', '"site"']]);
    expect(texts(r.problems)[0]).toMatch(/^locked\[0\]: "site" bukan nama sakelar; yang ini diabaikan, kunci lainnya tetap berlaku/);
  });

  test('wrong types, unknown fields and non-https links are reported; the rest applies', () => {
    const r = parsePolicy({ enforcement: 'advise', locked: 'pause', agencyName: 42, guidelineUrl: 'http://intranet/netralitas', helpdesk: 'x'.repeat(300), colour: 'red', extraPacks: ['pack: {}', 42] });
    expect(r.policy).toMatchObject({ enforcement: 'advise', extraPacks: ['pack: {}'] });
    expect(r.policy.locked).toBeUndefined();
    expect(r.problems.map((p) => `${p.code} ${p.field}`)).toEqual(['not-list locked', 'not-text agencyName', 'not-https guidelineUrl', 'too-long helpdesk', 'unknown-field colour', 'empty-pack extraPacks[1]']);
    expect(texts(r.problems).join('\n')).toContain('colour: bidang tidak dikenal');
    expect(texts(r.problems, 'en').join('\n')).toContain('guidelineUrl: "http://intranet/netralitas" is not an https:// address');
  });

  test('rule and pack ids are checked against what Netra knows, when it knows them', () => {
    const ctx = { rules: new Set(compiled.rules.map((r) => r.id)), packs: new Set(compiled.packs.map((p) => p.id)) };
    const known = compiled.rules[0]!.id;
    const r = parsePolicy({ disabledRules: [known, 'no.such-rule'], regionPack: 'pilkada-sukamju-2024' }, ctx);
    expect(r.policy.disabledRules).toEqual([known]);
    expect(r.policy.regionPack).toBeUndefined();
    expect(r.problems.map((p) => p.code)).toEqual(['unknown-rule', 'unknown-pack']);
    // Without that knowledge (the content script) the ids pass as they are.
    expect(parsePolicy({ regionPack: 'pilkada-sukamju-2024' }).policy.regionPack).toBe('pilkada-sukamju-2024');
  });

  test('a regionPack that names no pack leaves every regional pack in use', () => {
    const regional = (id: string): InstalledPack => ({
      info: { id, name: id, version: '1', description: '', kind: 'regional' },
      source: 'policy',
      fileName: 'extraPacks[0]',
      checksum: '',
      installedAt: 0,
      compiled: { packs: [], rules: [], macros: {}, contexts: [], canon: {}, vocab: [] },
    });
    const installed = [regional('pilkada-a'), regional('pilkada-b')];
    const inUse = (region?: string) => activeRules(compiled, installed, '2026-01-01', region).status.filter((s) => s.inUse).map((s) => s.pack.info.id);
    expect(inUse('pilkada-a')).toEqual(['pilkada-a']);
    expect(inUse('pilkada-typo')).toEqual(['pilkada-a', 'pilkada-b']);
  });

  test('without a regionPack, the profile region picks the regional packs that list it', () => {
    const regional = (id: string, regions: string[]): InstalledPack => ({
      info: { id, name: id, version: '1', description: '', kind: 'regional', regions },
      source: 'user',
      fileName: `${id}.yml`,
      checksum: '',
      installedAt: 0,
      compiled: { packs: [], rules: [], macros: {}, contexts: [], canon: {}, vocab: [] },
    });
    const installed = [regional('pilkada-bandung', ['Kota Bandung']), regional('pilkada-bogor', ['Kabupaten Bogor', 'Jawa Barat'])];
    const inUse = (regionPack?: string, profile?: string) => activeRules(compiled, installed, '2026-01-01', regionPack, profile).status.filter((s) => s.inUse).map((s) => s.pack.info.id);
    expect(inUse(undefined, 'kota bandung')).toEqual(['pilkada-bandung']);
    expect(inUse(undefined, 'Kab. Bogor')).toEqual(['pilkada-bogor']);
    // A region no pack lists switches nothing off; the agency's regionPack wins over the profile.
    expect(inUse(undefined, 'Kota Ambon')).toEqual(['pilkada-bandung', 'pilkada-bogor']);
    expect(inUse('pilkada-bogor', 'Kota Bandung')).toEqual(['pilkada-bogor']);
  });

  test('list lengths are bounded', () => {
    const r = parsePolicy({ disabledRules: Array.from({ length: POLICY_LIMITS.listItems + 5 }, (_, i) => `r${i}`) });
    expect(r.policy.disabledRules).toHaveLength(POLICY_LIMITS.listItems);
    expect(r.problems.map((p) => p.code)).toEqual(['too-many']);
  });

  test('a policy that is not an object is reported and ignored', () => {
    const r = parsePolicy('confirm');
    expect(r.problems.map((p) => p.code)).toEqual(['not-object']);
    expect(r.managed).toBe(false);
  });

  test('no policy: nothing managed, no problems', () => {
    expect(parsePolicy({})).toEqual({ policy: { extraPacks: [], logos: [] }, problems: [], managed: false });
    expect(parsePolicy(undefined).managed).toBe(false);
  });
});

describe('agency logos', () => {
  test('a PNG or JPEG as base64 or a data: URL is kept; its size is read from the header', () => {
    expect(imageInfo(imageBytes(png(40, 30))!)).toEqual({ type: 'png', width: 40, height: 30 });
    expect(imageInfo(imageBytes(`data:image/jpeg;base64,${jpg(33, 17)}`)!)).toEqual({ type: 'jpeg', width: 33, height: 17 });
    const r = parsePolicy({ agencyLogos: [{ name: 'Logo Pemkab', image: png(128, 128) }, { name: 'Kop', image: `data:image/png;base64,${png(64, 64)}` }] });
    expect(r.policy.logos.map((l) => l.name)).toEqual(['Logo Pemkab', 'Kop']);
    expect(r.problems).toEqual([]);
  });
  test('a large logo is kept with advice; an unreadable one is reported and dropped, the others stay', () => {
    const r = parsePolicy({ agencyLogos: [{ name: 'Besar', image: png(600, 400) }, { name: 'Rusak', image: 'bm90IGFuIGltYWdl' }, { image: png(10, 10) }, 'logo.png', { name: 'Baik', image: png(100, 100) }] });
    expect(r.policy.logos.map((l) => l.name)).toEqual(['Besar', 'Baik']);
    expect(r.problems.map((p) => [p.code, p.field, p.level])).toEqual([
      ['logo-large', 'agencyLogos[0].image', 'note'],
      ['logo-not-image', 'agencyLogos[1].image', 'error'],
      ['logo-no-name', 'agencyLogos[2].name', 'error'],
      ['logo-not-object', 'agencyLogos[3]', 'error'],
    ]);
    expect(texts(r.problems)[0]).toBe('agencyLogos[0].image: gambar berukuran 600×400 px; 256 px atau lebih kecil sudah cukup dan membuat kebijakan tetap ringan. Logo ini tetap dipakai.');
  });
});

describe('what Settings shows', () => {
  const pack = (validUntil: string): InstalledPack => ({
    info: { id: 'pilkada-sukamaju-2024', name: 'Pilkada Sukamaju', version: '1.0.0', description: '', kind: 'regional', validFrom: '2024-08-27', validUntil },
    source: 'policy',
    fileName: 'extraPacks[0]',
    checksum: '',
    installedAt: 0,
    compiled: { packs: [], rules: [], macros: {}, contexts: [], canon: {}, vocab: [] },
  });

  test(`a pack ending within ${PACK_EXPIRY_WARN_DAYS} days is a note with the date and the days left; an ended one too`, () => {
    expect(packEndNotes([{ info: pack('2026-12-10').info, field: 'extraPacks[0]' }], '2026-11-27')).toEqual([
      { code: 'pack-expiring', field: 'extraPacks[0]', value: 'Pilkada Sukamaju 1.0.0', expected: '2026-12-10', detail: '13', level: 'note' },
    ]);
    expect(packEndNotes([{ info: pack('2027-06-30').info, field: 'extraPacks[0]' }], '2026-11-27')).toEqual([]);
    const ended = packEndNotes([{ info: pack('2026-11-26').info, field: 'extraPacks[0]' }], '2026-11-27');
    expect(texts(ended)).toEqual(['extraPacks[0]: paket Pilkada Sukamaju 1.0.0 berakhir pada 2026-11-26 dan tidak dipakai lagi.']);
  });

  test('the view: fields that apply, problems of fields and packs, notes, packs not yet installed', () => {
    const report = { at: 0, problems: [{ code: 'pack-rejected', field: 'extraPacks[1]:3', value: 'unknown macro @calon', level: 'error' } satisfies PolicyProblem] };
    const v = policyView({ enforcement: 'block', locked: ['pause', 'site'], extraPacks: ['a', 'b', 'c'] }, compiled, [pack('2026-12-10')], report, '2026-11-27');
    expect(v.managed).toBe(true);
    expect(v.policy.locked).toEqual(['pause']);
    expect(v.packs.map((p) => p.info.id)).toEqual(['pilkada-sukamaju-2024']);
    expect(v.waiting).toBe(1);
    expect(v.problems.map((p) => p.code)).toEqual(['bad-enforcement', 'bad-lock', 'pack-rejected']);
    expect(v.notes.map((p) => p.code)).toEqual(['pack-expiring']);
    expect(texts(v.problems)[2]).toBe('extraPacks[1]:3: paket tidak dipasang: unknown macro @calon');
  });
});

test('every problem has a sentence in both languages', () => {
  const codes: PolicyProblemCode[] = ['not-object', 'unknown-field', 'bad-enforcement', 'bad-lock', 'not-list', 'not-text', 'not-boolean', 'too-long', 'too-many', 'not-https', 'unknown-rule', 'unknown-pack', 'empty-pack', 'logo-not-object', 'logo-no-name', 'logo-not-image', 'logo-too-big', 'logo-large', 'pack-rejected', 'pack-note', 'pack-expiring', 'pack-expired', 'chrome-drops', 'json-syntax', 'not-for-netra'];
  for (const code of codes) {
    const key = `policyProblem_${code.replace(/-/g, '_')}`;
    expect(MESSAGE_TABLES.id[key], key).toBeDefined();
    expect(MESSAGE_TABLES.en[key], key).toBeDefined();
    expect(policyProblemText({ code, field: 'F', value: 'V', level: 'error' }, 'id')).toContain('F');
  }
});

test('an import over locked settings names the locked parts it kept', () => {
  const file = { ...DEFAULT_SETTINGS, disabledSites: ['x' as const], showInfo: true, disabledRules: [] };
  expect(lockedPartsKept(file, new Set(['sites', 'rules', 'info', 'pause'] as const))).toEqual(['sites', 'info']);
  expect(lockedPartsKept(file, new Set())).toEqual([]);
});

test("the managed schema gives Chrome types only: no constraint Chrome would enforce by dropping the value unseen", () => {
  const schema = JSON.parse(readFileSync(join(__dirname, '../public/managed_schema.json'), 'utf8')) as unknown;
  const TYPES_ONLY = new Set(['$schema', 'type', 'properties', 'items', 'description', 'title', 'id']);
  const found: string[] = [];
  const walk = (v: unknown, path: string, inProperties: boolean) => {
    if (!v || typeof v !== 'object') return;
    for (const [k, x] of Object.entries(v)) {
      // Under "properties" the keys are field names, not schema keywords.
      if (!inProperties && !TYPES_ONLY.has(k)) found.push(`${path}/${k}`);
      walk(x, `${path}/${k}`, !inProperties && k === 'properties');
    }
  };
  walk(schema, '', false);
  expect(found).toEqual([]);
  // Every field Netra reads is declared (Chrome needs the type to read lists from the registry),
  // and every declared field is one Netra reads.
  const declared = Object.keys((schema as { properties: object }).properties).sort();
  const read = [...readFileSync(join(__dirname, '../src/settings/policy.ts'), 'utf8').matchAll(/^\s+case '(\w+)':/gm)].map((m) => m[1]).sort();
  expect(declared).toEqual(read);
  expect(parsePolicy({ enforcment: 'advise' }).problems.map((p) => p.code)).toEqual(['unknown-field']);
});
