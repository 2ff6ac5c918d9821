// @vitest-environment happy-dom
/**
 * The practice room's optional countdown: it counts down, pauses, says when time is up, and
 * every new scenario gets the full time again — not what was left of the previous one.
 */
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { Timer } from '../../src/ui/pages/practice/Timer';
import { setLang } from '../../src/ui/i18n';

let box: HTMLElement;
beforeEach(() => {
  vi.useFakeTimers();
  setLang('id');
  box = document.createElement('div');
  document.body.append(box);
});
afterEach(() => {
  render(null, box);
  vi.useRealTimers();
});

const clock = () => box.querySelector('.timer-clock')!.textContent;
// act() flushes synchronous work at once; its promise only matters for async callbacks.
const show = (runKey: string) => void act(() => render(h(Timer, { seconds: 60, runKey }), box));
const wait = (ms: number) => void act(() => void vi.advanceTimersByTime(ms));
const press = () => void act(() => box.querySelector('button')!.click());

test('counts down, pauses and resumes', () => {
  show('s01');
  expect(clock()).toBe('1:00');
  wait(5_000);
  expect(clock()).toBe('0:55');
  press();
  wait(10_000);
  expect(clock()).toBe('0:55');
  press();
  wait(5_000);
  expect(clock()).toBe('0:50');
});

test('time up, then a restart gives the full time', () => {
  show('s01');
  wait(61_000);
  expect(box.querySelector('.timer')!.classList.contains('done')).toBe(true);
  press();
  expect(clock()).toBe('1:00');
  wait(1_000);
  expect(clock()).toBe('0:59');
});

test('the next scenario starts from the full time, and keeps counting from there', () => {
  show('s01');
  wait(50_000);
  expect(clock()).toBe('0:10');
  show('s02');
  expect(clock()).toBe('1:00');
  wait(2_000);
  expect(clock()).toBe('0:58');
});
