// @vitest-environment happy-dom
/**
 * Submit interception against a DOM, without a browser: which composer a send gesture is judged
 * by when composers come and go (a dialog closed and opened again), and that a clean draft's
 * send is never stopped by a draft that has left the page.
 */
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { Engine } from '../src/engine/engine';
import type { Finding } from '../src/engine/finding';
import { decide } from '../src/settings/enforcement';
import type { SiteAdapter } from '../src/sites/types';
import type { Composer } from '../src/page/composer';
import { SubmitGate, WAIT_LIMIT_MS } from '../src/page/gate';
import { startInterception } from '../src/page/intercept';
import { ComposerRegistry } from '../src/page/registry';
import { createScope } from '../src/page/scope';
import type { UiHost } from '../src/page/ui-host';

const PARTISAN = 'ayo coblos nomor 2';
const CLEAN = 'rapat koordinasi jam 9 di aula';

/** A made-up site: composers are textareas, Post is a div[role="button"] that is a sibling of no composer. */
const SITE: SiteAdapter = {
  id: 'x',
  name: 'Test site',
  hosts: ['example.test'],
  composers: ['textarea.box'],
  submits: ['div[role="button"].post'],
  keys: { modEnter: true },
  editor: 'textarea',
};

const finding = (text: string): Finding => ({ ruleId: 'test.vote-call', category: 'partisan-support', severity: 'serious', confidence: 0.9, start: 0, end: text.length, text, message: 'x', guidelineId: 'g' });
const engine = { check: (text: string) => (text.includes('coblos') ? [finding(text)] : []) } as unknown as Engine;
const ui: UiHost = { show: () => undefined, host: document.createElement('div'), destroy: () => undefined };

describe('submit interception when a composer leaves the page', () => {
  let abort: AbortController;
  let registry: ComposerRegistry;
  let reviewed: Composer[];

  beforeEach(() => {
    document.body.innerHTML = '<main><section id="compose"></section></main><footer><div role="button" class="post" tabindex="0">Post</div></footer>';
    abort = new AbortController();
    const scope = createScope(SITE);
    registry = new ComposerRegistry(scope, { engine, ui, liveLimit: 20_000, checkOptions: () => ({}), openReview: () => undefined, openGuideline: () => undefined, pictureFindings: () => [] });
    reviewed = [];
    const assess = (c: Composer) => {
      c.checkNow();
      return { hold: decide('confirm', c.findings).hold, picturesPending: false };
    };
    startInterception({ scope, registry, gate: new SubmitGate(), active: () => true, assess, review: (c) => reviewed.push(c), wait: () => undefined, passed: () => undefined, log: () => undefined, signal: abort.signal });
  });
  afterEach(() => {
    abort.abort();
    registry.destroy();
  });

  /** The site opens its composer with `text` in it; the user works in it (Netra's discovery). */
  const open = (text: string) => {
    const box = document.createElement('textarea');
    box.className = 'box';
    box.value = text;
    document.getElementById('compose')!.append(box);
    registry.last = registry.for(box);
    return box;
  };
  const press = () => {
    const post = document.querySelector<HTMLElement>('.post')!;
    const click = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
    post.dispatchEvent(click);
    post.focus();
    const key = new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true, composed: true });
    post.dispatchEvent(key);
    return { click: click.defaultPrevented, key: key.defaultPrevented };
  };

  test('a flagged draft is held, by click and by key', () => {
    open(PARTISAN);
    expect(press()).toEqual({ click: true, key: true });
    expect(reviewed).toHaveLength(2);
  });

  test('a held draft whose composer was closed does not hold a later send', () => {
    const box = open(PARTISAN);
    expect(press()).toEqual({ click: true, key: true });
    // The user discards the draft: the site removes its composer. What Post sends now is no
    // draft Netra knows, so it is not Netra's to stop; above all not for the gone draft's words.
    box.remove();
    reviewed = [];
    expect(press()).toEqual({ click: false, key: false });
    expect(reviewed).toEqual([]);
  });

  test('closed and opened again: the new clean draft posts at once, a new flagged one is held', () => {
    open(PARTISAN).remove();
    open(CLEAN);
    expect(press()).toEqual({ click: false, key: false });
    document.getElementById('compose')!.replaceChildren();
    open(PARTISAN);
    expect(press()).toEqual({ click: true, key: true });
  });
});

/**
 * Threads' and Facebook's shape: the composer lives in a dialog with its Post (a div[role="button"]
 * the site activates from Enter), the dialog closes after a post and is opened again. Whatever the
 * first round left behind, and whether or not Netra has seen the new box yet, the second round's
 * clean draft posts at once by key and by click, and a flagged one is held.
 */
describe('a composer dialog closed and opened again', () => {
  const DIALOG_SITE: SiteAdapter = { ...SITE, composers: ['div[role="dialog"] textarea.box'], submits: ['div[role="dialog"] div[role="button"].post'], scopes: ['div[role="dialog"]'], keys: {} };
  let abort: AbortController;
  let registry: ComposerRegistry;
  let gate: SubmitGate;

  beforeEach(() => {
    document.body.innerHTML = '<main></main>';
    abort = new AbortController();
    const scope = createScope(DIALOG_SITE);
    registry = new ComposerRegistry(scope, { engine, ui, liveLimit: 20_000, checkOptions: () => ({}), openReview: () => undefined, openGuideline: () => undefined, pictureFindings: () => [] });
    gate = new SubmitGate();
    const assess = (c: Composer) => {
      c.checkNow();
      return { hold: decide('confirm', c.findings).hold, picturesPending: false };
    };
    startInterception({ scope, registry, gate, active: () => true, assess, review: () => undefined, wait: () => undefined, passed: () => undefined, log: () => undefined, signal: abort.signal });
  });
  afterEach(() => {
    abort.abort();
    registry.destroy();
  });

  const openDialog = (text: string) => {
    const dialog = document.createElement('div');
    dialog.setAttribute('role', 'dialog');
    dialog.innerHTML = '<textarea class="box"></textarea><div role="button" class="post" tabindex="0">Posting</div>';
    dialog.querySelector('textarea')!.value = text;
    document.querySelector('main')!.append(dialog);
    return { dialog, box: dialog.querySelector('textarea')!, post: dialog.querySelector<HTMLElement>('.post')! };
  };
  const byKey = (post: HTMLElement) => {
    post.focus();
    const e = new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true, composed: true });
    post.dispatchEvent(e);
    return e.defaultPrevented ? 'stopped' : 'sent';
  };
  const byClick = (post: HTMLElement) => {
    const e = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
    post.dispatchEvent(e);
    return e.defaultPrevented ? 'stopped' : 'sent';
  };

  const firstRounds = {
    'a clean post': (c: Composer) => void c,
    'a held draft sent with Post anyway': (c: Composer) => gate.send(c.id, c.draft.text, Date.now(), () => undefined),
    'a held draft still waiting for its pictures': (c: Composer) => void gate.startWait(c.id, Date.now()),
    'a held draft whose dialog is still open': (c: Composer) => gate.opened(c.id, true),
  };
  for (const [name, leave] of Object.entries(firstRounds)) {
    for (const seen of [true, false]) {
      test(`after ${name}; the new box ${seen ? 'focused' : 'not yet seen'} by Netra`, () => {
        const first = openDialog(name === 'a clean post' ? CLEAN : PARTISAN);
        const old = (registry.last = registry.for(first.box));
        old.checkNow();
        leave(old);
        first.dialog.remove();

        // The same words again, so that nothing keyed by the text can carry over either.
        const second = openDialog(CLEAN);
        if (seen) registry.last = registry.for(second.box);
        expect([byKey(second.post), byClick(second.post)]).toEqual(['sent', 'sent']);

        second.box.value = PARTISAN;
        expect([byKey(second.post), byClick(second.post)]).toEqual(['stopped', 'stopped']);
      });
    }
  }

  test('a wait its owner never ended does not hold the same box past the limit', () => {
    const { box, post } = openDialog(CLEAN);
    const c = (registry.last = registry.for(box));
    gate.startWait(c.id, Date.now() - WAIT_LIMIT_MS - 1);
    expect([byKey(post), byClick(post)]).toEqual(['sent', 'sent']);
  });
});
