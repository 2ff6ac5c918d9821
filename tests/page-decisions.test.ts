/**
 * Decisions behind the extension pages, without a browser: the popup's one-word state of a
 * tab, the popup's one-line-per-guideline list of findings, and when the welcome page opens
 * (first install only, unless the agency's policy says no).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { describe, expect, test } from 'vitest';
import type { Finding } from '../src/engine/finding';
import { findingLines } from '../src/engine/summary';
import { parsePolicy } from '../src/settings/policy';
import { tabState } from '../src/settings/tab-state';
import { shouldShowWelcome } from '../src/settings/welcome';
import { engine } from './helpers';
import id from '../public/_locales/id/messages.json';
import { LEVELS } from '../src/practice/types';
import { sessionPlan } from '../src/practice/session';

describe('popup: the state of a tab', () => {
  const facts = { siteId: 'x', reachable: true, siteOff: false, paused: false };
  test('each state', () => {
    expect(tabState(facts)).toBe('active');
    expect(tabState({ ...facts, siteId: null })).toBe('unsupported');
    expect(tabState({ ...facts, paused: true })).toBe('paused');
    expect(tabState({ ...facts, siteOff: true })).toBe('site-off');
    expect(tabState({ ...facts, reachable: false })).toBe('reload');
  });
  test('paused wins over a switched-off site; an unsupported site is never "paused"', () => {
    expect(tabState({ ...facts, paused: true, siteOff: true })).toBe('paused');
    expect(tabState({ ...facts, siteId: null, paused: true })).toBe('unsupported');
  });
});

describe('popup: findings one line each', () => {
  const f = (ruleId: string, guidelineId: string, severity: Finding['severity'], start: number, text: string): Finding => ({ ruleId, guidelineId, severity, start, end: start + text.length, text, category: 'partisan-support', confidence: 0.9, message: ruleId });

  test('one line per guideline, most serious first, quoted parts in text order without repeats', () => {
    const lines = findingLines([f('a', 'identitas-jabatan', 'warning', 0, 'Kepala Dinas'), f('b', 'kampanye-media-sosial', 'serious', 20, 'coblos nomor 2'), f('c', 'kampanye-media-sosial', 'warning', 40, '✌️'), f('d', 'kampanye-media-sosial', 'serious', 50, 'coblos nomor 2')]);
    expect(lines.map((l) => [l.guidelineId, l.severity, l.texts])).toEqual([
      ['kampanye-media-sosial', 'serious', ['coblos nomor 2', '✌️']],
      ['identitas-jabatan', 'warning', ['Kepala Dinas']],
    ]);
    expect(lines[0]!.lead.ruleId).toBe('b');
  });

  test('a quoted part inside a longer one of the same line is not repeated', () => {
    const lines = findingLines([f('a', 'identitas-jabatan', 'warning', 0, 'Kepala Dinas'), f('b', 'identitas-jabatan', 'warning', 0, 'Sebagai Kepala Dinas')]);
    expect(lines[0]!.texts).toEqual(['Sebagai Kepala Dinas']);
  });

  test("the issue's draft gives a serious vote-call line first", () => {
    const lines = findingLines(engine.check('Sebagai Kepala Dinas saya ajak warga coblos nomor 2 ✌️'));
    expect(lines[0]!.severity).toBe('serious');
    expect(new Set(lines.map((l) => l.guidelineId)).size).toBe(lines.length);
  });
});

describe('welcome page', () => {
  test('opens on install only', () => {
    expect(shouldShowWelcome('install', {})).toBe(true);
    expect(shouldShowWelcome('update', {})).toBe(false);
    expect(shouldShowWelcome('chrome_update', {})).toBe(false);
    expect(shouldShowWelcome('browser_update', {})).toBe(false);
  });
  test("never twice: a start reported as an install with Netra's data still there does not show it", () => {
    expect(shouldShowWelcome('install', {}, true)).toBe(false);
  });
  test('an agency can turn it off; a wrong value is reported, not silently dropped', () => {
    expect(shouldShowWelcome('install', parsePolicy({ showWelcome: false }).policy)).toBe(false);
    expect(shouldShowWelcome('install', parsePolicy({ showWelcome: true }).policy)).toBe(true);
    const bad = parsePolicy({ showWelcome: 'no' });
    expect(bad.problems.map((p) => `${p.code} ${p.field} ${p.value}`)).toEqual(['not-boolean showWelcome "no"']);
    expect(shouldShowWelcome('install', bad.policy)).toBe(true);
  });
  test('the field is in the managed schema Chrome checks, and in the deployment guide', () => {
    const schema = JSON.parse(readFileSync(join(__dirname, '../public/managed_schema.json'), 'utf8')) as object;
    const validate = new Ajv({ strict: false }).compile(schema);
    expect(validate({ showWelcome: false })).toBe(true);
    expect(validate({ showWelcome: 'no' })).toBe(false);
    expect(readFileSync(join(__dirname, '../docs/deploy.md'), 'utf8')).toMatch(/\| `showWelcome` \|/);
  });
});

describe('words looked up by a computed key', () => {
  const has = (key: string) => key in id;
  test('every tab state, plan step, practice view, level and exception has its words', () => {
    for (const st of ['active', 'site_off', 'reload', 'unsupported']) expect(has(`popupState_${st}`), st).toBe(true);
    expect(has('popupStatePaused')).toBe(true);
    for (const step of [...sessionPlan(5), ...sessionPlan(20)]) {
      expect(has(`practicePlan_${step.kind}`), step.kind).toBe(true);
      expect(has(`practicePlanHint_${step.kind}`), step.kind).toBe(true);
    }
    for (const v of ['start', 'run', 'free', 'handout']) expect(has(`practiceView_${v}`), v).toBe(true);
    for (const l of LEVELS) expect(has(`level_${l}`), l).toBe(true);
    for (const c of ['unless', 'needs', 'other']) expect(has(`context_${c}`), c).toBe(true);
  });
});
