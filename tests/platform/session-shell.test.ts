// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { formatCountdown, formatDuration } from '../../src/domain/format/duration';
import type { ShellSnapshot } from '../../src/platform/session-shell';

// The session shell (public/shell.js) run as the page runs it: what it paints from a snapshot,
// that its words are the app's own, and every case in which it must paint nothing.

const SOURCE = readFileSync('public/shell.js', 'utf8');
const T0 = Date.UTC(2026, 10, 21, 14, 0);

const snapshot = (over: Partial<ShellSnapshot> = {}): ShellSnapshot => ({
  v: 1,
  sessionId: 's1',
  lastSeq: 4,
  lastAt: T0 + 60_000,
  anchorAt: T0 + 60_000,
  nextDueAt: T0 + 16 * 60_000,
  intervalMin: 15,
  doseAt: T0,
  number: '911',
  href: 'tel:911',
  ...over,
});

function runShell(snap: unknown, at: number, path = '/'): HTMLElement {
  vi.setSystemTime(at);
  history.replaceState(null, '', path);
  if (snap !== undefined)
    localStorage.setItem('sitwell:reopen', typeof snap === 'string' ? snap : JSON.stringify(snap));
  new Function(SOURCE)();
  return document.getElementById('shell')!;
}

/** The words shown, one text node after another. */
function shown(root: HTMLElement): string {
  const walk = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const words: string[] = [];
  while (walk.nextNode()) words.push(walk.currentNode.textContent!);
  return words.join(' ').replace(/\s+/g, ' ').trim();
}
const timerText = (root: HTMLElement) => root.querySelector('[role="timer"]')?.textContent;

beforeEach(() => {
  vi.useFakeTimers();
  localStorage.clear();
  localStorage.setItem('sitwell.session-running', '1');
  document.documentElement.removeAttribute('data-theme');
  document.body.innerHTML = '<div id="shell"></div><div id="app"></div>';
});

afterEach(() => {
  vi.useRealTimers();
});

describe('the session shell', () => {
  it('paints the session screen’s top with the true countdown, and keeps it ticking', () => {
    const root = runShell(snapshot({ doseAt: T0 + 30_000 }), T0 + 5 * 60_000 + 30_500);
    expect(shown(root)).toBe(
      'Session in progress Next check-in in 10:30 Every 15 min Since the dose: 5 min ' +
        'Check in now Something’s wrong Call 911',
    );
    expect(root.querySelector('a')!.getAttribute('href')).toBe('tel:911');
    expect(location.pathname).toBe('/session');
    expect(document.documentElement.dataset.theme).toBe('dark');
    vi.advanceTimersByTime(500);
    expect(timerText(root)).toBe('10:29');
    vi.advanceTimersByTime(5000);
    expect(timerText(root)).toBe('10:24');
    // An app that never takes over is shown after 10 s, whatever it has (never a shell for ever).
    vi.advanceTimersByTime(5000);
    expect(root.childElementCount).toBe(0);
  });

  it('uses the app’s own words for every countdown and duration', () => {
    for (const left of [
      1, 999, 1000, 1001, 59_999, 60_000, 61_000, 3_599_999, 3_600_000, 3_723_400,
    ]) {
      document.body.innerHTML = '<div id="shell"></div><div id="app"></div>';
      const at = T0 + 60_000;
      const doseAt = at - left * 7;
      const root = runShell(snapshot({ nextDueAt: at + left, doseAt }), at);
      expect(timerText(root)).toBe(formatCountdown(left));
      expect(root.querySelector('strong')!.textContent).toBe(formatDuration(at - doseAt));
    }
  });

  it('says "No dose yet" as the app does when no dose is recorded', () => {
    const root = runShell(snapshot({ doseAt: null }), T0 + 2 * 60_000);
    expect(shown(root)).toContain('Every 15 min No dose yet');
  });

  it('gives way when the countdown reaches the due time (the app’s alarm must show)', () => {
    const root = runShell(snapshot(), T0 + 16 * 60_000 - 1500);
    expect(timerText(root)).toBe('0:02');
    vi.advanceTimersByTime(1500);
    expect(root.childElementCount).toBe(0);
  });

  it('gives way as soon as the app shows a screen of its own, not while it is loading', async () => {
    const root = runShell(snapshot(), T0 + 2 * 60_000);
    const app = document.getElementById('app')!;
    app.innerHTML = '<p role="status">Opening Sitwell…</p>';
    await Promise.resolve();
    expect(root.childElementCount).toBe(1);
    app.innerHTML = '<main><h1>Session in progress</h1></main>';
    await Promise.resolve();
    expect(root.childElementCount).toBe(0);
    vi.advanceTimersByTime(5000);
    expect(root.childElementCount).toBe(0);
  });

  it.each([
    ['no snapshot', undefined, T0 + 2 * 60_000, '/'],
    ['overdue', snapshot(), T0 + 16 * 60_000, '/'],
    [
      'the clock before the last entry',
      snapshot({ lastAt: T0 + 5 * 60_000 }),
      T0 + 2 * 60_000,
      '/',
    ],
    ['another screen', snapshot(), T0 + 2 * 60_000, '/settings'],
    ['another version', { ...snapshot(), v: 2 }, T0 + 2 * 60_000, '/'],
    ['a number that is not one', snapshot({ number: '9'.repeat(41) }), T0 + 2 * 60_000, '/'],
    ['a link that is not a phone number', snapshot({ href: 'javascript:alert(1)' }), T0, '/'],
    ['a damaged snapshot', '{"v":1', T0 + 2 * 60_000, '/'],
  ])('paints nothing with %s', (_what, snap, at, path) => {
    const root = runShell(snap, at, path);
    expect(root.childElementCount).toBe(0);
    expect(location.pathname).toBe(path);
  });

  it('paints nothing when the app last saw no session running', () => {
    localStorage.setItem('sitwell.session-running', '0');
    expect(runShell(snapshot(), T0 + 2 * 60_000).childElementCount).toBe(0);
  });

  it('paints nothing while an entry waits unsaved (only the app can count it)', () => {
    localStorage.setItem('sitwell:pending-entries', '{"sessionId":"s1","items":[]}');
    expect(runShell(snapshot(), T0 + 2 * 60_000).childElementCount).toBe(0);
  });
});
