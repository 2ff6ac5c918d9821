/**
 * Hashtags that only name rival sides (`src/engine/rival-tags.ts`): set aside as a whole, never
 * the words around them, and never a tag that takes a side in words of its own.
 */
import { describe, expect, test } from 'vitest';
import { isFlagged } from '../../src/engine/finding';
import { engine } from '../helpers';

const tagFindings = (text: string) => engine.check(text).filter((f) => text.slice(f.start, f.end).startsWith('#'));

describe('hashtags naming rival sides', () => {
  test('tags of rival tickets are set aside, and the reasoning names why', () => {
    const text = 'Cerita Djarot ini diharapkan membuat para pendukung tetap berdamai. #debatfinalpilkadadki #temanahok #AniesSandi';
    const e = engine.explain(text);
    expect(isFlagged(e.findings)).toBe(false);
    expect(e.silenced.some((s) => s.by === 'several-sides')).toBe(true);
  });

  test('tags of one ticket, its members and its party stay a side', () => {
    expect(tagFindings('#PrabowoGibran2024 #Prabowo #Gerindra').length).toBeGreaterThan(0);
  });

  test('a tag with campaign words of its own stays, beside a rival ticket\'s name tag', () => {
    expect(tagFindings('Debat tadi malam seru. #JokowiMenangTotalDebat #PrabowoSandi').some((f) => f.ruleId !== 'sikap.model')).toBe(true);
  });

  test('a call in the words around rival tags stays', () => {
    const findings = engine.check('Coblos 02! #PrabowoGibran2024 #AniesMuhaimin2024');
    expect(findings.some((f) => f.ruleId === 'dukungan.ajakan-memilih')).toBe(true);
  });

  test('a party figure named in a tag is no ticket: a pair\'s tag beside it stays', () => {
    expect(tagFindings('Kunjungan ke sekolah hari ini #airlanggahartarto #PrabowoGibran2024').length).toBeGreaterThan(0);
  });
});
