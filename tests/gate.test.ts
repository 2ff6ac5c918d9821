/** The submit gate as a state machine, without a browser: each attack of issue 16 as a sequence. */
import { describe, expect, test } from 'vitest';
import { decide } from '../src/settings/enforcement';
import { ALLOW_MS, SubmitGate, WAIT_LIMIT_MS, type Assessment } from '../src/page/gate';
import type { Finding } from '../src/engine/finding';

const T0 = 1_700_000_000_000;
const HELD: Assessment = { hold: true, picturesPending: false };
const CLEAN: Assessment = { hold: false, picturesPending: false };
const PENDING: Assessment = { hold: false, picturesPending: true };
const DRAFT = 'ayo coblos nomor 2';

const user = (composer: number, text = DRAFT, now = T0) => ({ composer, text, trusted: true, now });
const script = (composer: number, text = DRAFT, now = T0) => ({ composer, text, trusted: false, now });

describe('submit gate', () => {
  test('a held draft is reviewed; a clean one passes; a pending picture waits', () => {
    const g = new SubmitGate();
    expect(g.attempt(user(1), () => HELD)).toBe('review');
    expect(g.attempt(user(1), () => CLEAN)).toBe('pass');
    expect(g.attempt(user(1), () => PENDING)).toBe('wait');
  });

  test('Post anyway: the replay passes, every event of it; nothing else does', () => {
    const g = new SubmitGate();
    const verdicts: string[] = [];
    g.send(1, DRAFT, T0, () => {
      // A click, then the form's submit it causes: one send.
      verdicts.push(g.attempt(script(1), () => HELD), g.attempt(script(1), () => HELD));
    });
    expect(verdicts).toEqual(['pass', 'pass']);
  });

  test('a slow site: the user pressing Post again after the replay is checked again, never let through', () => {
    const g = new SubmitGate();
    g.send(1, DRAFT, T0, () => undefined);
    // The composer still shows the draft 1.6 s later; the user presses Post once more.
    expect(g.attempt(user(1, DRAFT, T0 + 1600), () => HELD)).toBe('review');
    // And the allowance is used up: not even the site's scripted follow-up passes after that.
    expect(g.attempt(script(1, DRAFT, T0 + 1700), () => HELD)).toBe('review');
  });

  test('the site\'s own scripted follow-up of the same send passes until the allowance expires', () => {
    const g = new SubmitGate();
    g.send(1, DRAFT, T0, () => undefined);
    expect(g.attempt(script(1, DRAFT, T0 + 200), () => HELD)).toBe('pass');
    expect(g.attempt(script(1, DRAFT, T0 + ALLOW_MS + 1), () => HELD)).toBe('review');
  });

  test('an allowance belongs to one composer and one text', () => {
    const g = new SubmitGate();
    g.send(1, DRAFT, T0, () => {
      expect(g.attempt(script(2), () => HELD)).toBe('review');
      expect(g.attempt(script(1, DRAFT + ' lagi'), () => HELD)).toBe('review');
    });
    expect(g.attempt(user(2, DRAFT, T0 + 10), () => HELD)).toBe('review');
  });

  test('checks stay on while the dialog is open: a send from the editor is reviewed again', () => {
    const g = new SubmitGate();
    expect(g.attempt(user(1), () => HELD)).toBe('review');
    g.opened(1, true);
    expect(g.attempt(user(1, DRAFT, T0 + 500), () => HELD)).toBe('review');
    expect(g.dialogFor()).toEqual({ composer: 1, deciding: true });
    g.closed();
    expect(g.dialogFor()).toBeNull();
  });

  test('waiting for pictures swallows further presses of that composer only', () => {
    const g = new SubmitGate();
    const wait = g.startWait(1, T0);
    expect(g.attempt(user(1), () => CLEAN)).toBe('swallow');
    expect(g.attempt(user(2), () => HELD)).toBe('review');
    expect(g.attempt(user(3), () => CLEAN)).toBe('pass');
    expect(wait.end(T0 + 100)).toBe(true);
    expect(g.attempt(user(1, DRAFT, T0 + 200), () => CLEAN)).toBe('pass');
  });

  test('a wait its owner never ends stops holding the composer at its limit: a clean draft then posts', () => {
    const g = new SubmitGate();
    // The page started waiting for the pictures and failed before it could end the wait.
    g.startWait(1, T0);
    expect(g.attempt(user(1, DRAFT, T0 + WAIT_LIMIT_MS), () => CLEAN)).toBe('swallow');
    expect(g.attempt(user(1, DRAFT, T0 + WAIT_LIMIT_MS + 1), () => CLEAN)).toBe('pass');
    expect(g.attempt(user(1, DRAFT, T0 + WAIT_LIMIT_MS + 2), () => HELD)).toBe('review');
    expect(g.snapshot(T0 + WAIT_LIMIT_MS + 3).waiting).toEqual([]);
  });

  test('a wait that ran out is no one\'s: its late owner must not send, nor end the wait a later press started', () => {
    const g = new SubmitGate();
    const late = g.startWait(1, T0);
    // Past the limit the user presses again; the pictures are still pending, so a new wait starts.
    expect(g.attempt(user(1, DRAFT, T0 + WAIT_LIMIT_MS + 1), () => PENDING)).toBe('wait');
    const current = g.startWait(1, T0 + WAIT_LIMIT_MS + 1);
    expect(late.end(T0 + WAIT_LIMIT_MS + 2)).toBe(false);
    expect(g.attempt(user(1, DRAFT, T0 + WAIT_LIMIT_MS + 3), () => CLEAN)).toBe('swallow');
    expect(current.end(T0 + WAIT_LIMIT_MS + 4)).toBe(true);
    // An owner that ends its own wait after the limit learns it too.
    const slow = g.startWait(2, T0);
    expect(slow.end(T0 + WAIT_LIMIT_MS + 1)).toBe(false);
  });

  test('the draft is only assessed when the gesture is not already settled', () => {
    const g = new SubmitGate();
    let asked = 0;
    g.send(1, DRAFT, T0, () => g.attempt(script(1), () => (asked++, HELD)));
    g.startWait(2, T0);
    g.attempt(user(2), () => (asked++, HELD));
    expect(asked).toBe(0);
  });

  test('the replay runs even if it throws, and the allowance then stops covering user presses', () => {
    const g = new SubmitGate();
    expect(() =>
      g.send(1, DRAFT, T0, () => {
        throw new Error('site broke');
      }),
    ).toThrow();
    expect(g.attempt(user(1, DRAFT, T0 + 1), () => HELD)).toBe('review');
  });
});

describe('enforcement decision', () => {
  const f = (severity: Finding['severity']): Finding => ({ ruleId: 'a.b', category: 'partisan-support', severity, confidence: 0.9, start: 0, end: 1, text: 'x', message: 'x', guidelineId: 'g' });
  test('advise never holds; info alone never holds', () => {
    expect(decide('advise', [f('serious')]).hold).toBe(false);
    expect(decide('confirm', [f('info')]).hold).toBe(false);
  });
  test('confirm holds and lets the user post anyway', () => {
    expect(decide('confirm', [f('warning')])).toEqual({ hold: true, canPostAnyway: true, needsAcknowledgement: false, blocked: false });
  });
  test('acknowledge asks for the tick first', () => {
    expect(decide('acknowledge', [f('warning')])).toMatchObject({ hold: true, canPostAnyway: true, needsAcknowledgement: true });
  });
  test('block-serious blocks a serious finding, and only asks for lesser ones', () => {
    expect(decide('block-serious', [f('warning'), f('serious')])).toMatchObject({ hold: true, canPostAnyway: false, blocked: true });
    expect(decide('block-serious', [f('warning')])).toMatchObject({ hold: true, canPostAnyway: true, blocked: false });
  });
});
