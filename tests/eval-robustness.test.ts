/**
 * The rewrite measure counts what a rewrite loses and adds, against the draft as written.
 */
import { expect, test } from 'vitest';
import type { Engine } from '../src/engine/engine';
import type { Finding } from '../src/engine/finding';
import { REWRITES, robustness } from '../src/eval/robustness';
import { engine } from './helpers';

test('counts partisan drafts a rewrite loses and harmless drafts it flags, from the draft as written', () => {
  // A toy engine that flags "Coblos" only when capitalised and anything with "MERDEKA".
  const toy = {
    check: (t: string) => (/Coblos|MERDEKA/.test(t) ? [{ severity: 'warning' } as Finding] : []),
  } as unknown as Engine;
  const rows = robustness(toy, [
    { id: 'a', text: 'Coblos dia', expect: 'flag' },
    { id: 'b', text: 'coblos dia', expect: 'flag' },
    { id: 'c', text: 'merdeka', expect: 'ok' },
  ]);
  const lower = rows.find((r) => r.rewrite === 'all lower case')!;
  expect(lower).toMatchObject({ caught: 1, lost: 1, quiet: 1, flagged: 0 });
  const upper = rows.find((r) => r.rewrite === 'all capitals')!;
  expect(upper).toMatchObject({ caught: 1, lost: 1, quiet: 1, flagged: 1 });
  expect(rows).toHaveLength(REWRITES.length);
});

test('the engine keeps a vote call for an unknown candidate in lower case and in capitals', () => {
  const rows = robustness(engine, [{ id: 'x', text: 'Ayo dukung Pak Darmawan Saputra jadi bupati!', expect: 'flag' }], '2026-12-05');
  for (const r of rows) expect([r.rewrite, r.lost]).toEqual([r.rewrite, 0]);
});
