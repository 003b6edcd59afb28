import { describe, expect, it } from 'vitest';
import { appPath } from '../../../src/domain/relay/app-path';
import {
  clickPath,
  decidePush,
  parsePushPayload,
  type ShowNotice,
} from '../../../src/domain/relay/push-notice';
import { pushOpens, pushWords, type PushPayload } from '../../../src/domain/relay/messages';

// The service worker's decision for each push the relay sends, and for the ones it cannot read.

const SESSION = '2b7f3c1e-4d5a-4f6b-8c9d-0e1f2a3b4c5d';

function payload(over: Partial<PushPayload> = {}): PushPayload {
  const kind = over.kind ?? 'overdue';
  const rung = over.rung ?? 'sitter';
  return {
    kind,
    sessionId: SESSION,
    alertId: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
    rung,
    round: 0,
    ...pushWords(kind, rung),
    open: pushOpens(kind, rung, SESSION),
    ...over,
  };
}

const text = (over: Partial<PushPayload> = {}) => JSON.stringify(payload(over));

function shown(t: string | null): ShowNotice {
  const d = decidePush(t);
  if (d.type !== 'show') throw new Error(`expected a notice, got ${d.type}`);
  return d;
}

describe('decidePush for the sitter', () => {
  it('shows the overdue alarm: per-session tag, stays until acted on, rings again, two buttons', () => {
    const d = shown(text());
    expect(d.title).toBe('Check-in overdue: open Sitwell');
    expect(d.options).toMatchObject({
      body: 'Check on them now.',
      tag: `sitwell-session-${SESSION}`,
      requireInteraction: true,
      renotify: true,
    });
    expect(d.options.actions).toEqual([
      { action: 'check-in', title: 'Check in' },
      { action: 'wrong', title: 'Something’s wrong' },
    ]);
    expect(d.options.data).toEqual({
      source: 'sitwell-push',
      open: '/session/check-in',
      actions: { 'check-in': '/session/check-in', wrong: '/session/wrong' },
    });
  });

  it('leads an emergency to the emergency screen', () => {
    const d = shown(text({ kind: 'emergency' }));
    expect(d.title).toBe('Emergency recorded');
    expect(d.options.requireInteraction).toBe(true);
    expect(d.options.tag).toBe(`sitwell-session-${SESSION}`);
    expect(clickPath(d.options.data, '')).toBe('/session/emergency');
  });

  it('closes the session’s notices on "all clear", with a silent notice for a hidden app', () => {
    const d = decidePush(text({ kind: 'all-clear' }));
    if (d.type !== 'close') throw new Error('expected close');
    expect(d.tag).toBe(`sitwell-session-${SESSION}`);
    expect(d.quiet.title).toBe('All clear');
    expect(d.quiet.options).toMatchObject({
      body: 'Your check-in arrived.',
      tag: `sitwell-session-${SESSION}`,
      silent: true,
      renotify: false,
      requireInteraction: false,
    });
  });

  it('replaces the alarm with the clinic’s word, which need not be dismissed', () => {
    const d = shown(text({ kind: 'acknowledged' }));
    expect(d.title).toBe('The clinic knows: they’ll call you');
    expect(d.options.tag).toBe(`sitwell-session-${SESSION}`);
    expect(d.options.requireInteraction).toBe(false);
    expect(d.options.renotify).toBe(false);
    expect(d.options.actions).toEqual([]);
  });

  it('uses the app’s own words, not the payload’s, and ignores a payload’s path for the sitter', () => {
    const d = shown(text({ title: 'Win a prize', body: 'Click here', open: '/settings' }));
    expect([d.title, d.options.body]).toEqual([
      'Check-in overdue: open Sitwell',
      'Check on them now.',
    ]);
    expect(clickPath(d.options.data, '')).toBe('/session/check-in');
  });
});

describe('decidePush for the clinic and the backup contact', () => {
  it('keeps the payload’s path and has no sitter buttons', () => {
    const d = shown(text({ rung: 'clinic', open: `/clinic/session/${SESSION}` }));
    expect(d.title).toBe('A session is overdue');
    expect(d.options.actions).toEqual([]);
    expect(d.options.requireInteraction).toBe(true);
    expect(clickPath(d.options.data, '')).toBe(`/clinic/session/${SESSION}`);
    const b = shown(text({ rung: 'backup', kind: 'emergency', open: `/watch/${SESSION}` }));
    expect(clickPath(b.options.data, '')).toBe(`/watch/${SESSION}`);
  });

  it('falls back to the rung’s own path when the payload’s leaves the app', () => {
    for (const open of ['https://evil.example/', '//evil.example/x', '/\\evil', 'javascript:x', 7])
      expect(
        clickPath(shown(text({ rung: 'backup', open: open as string })).options.data, ''),
        String(open),
      ).toBe(`/watch/${SESSION}`);
  });
});

describe('a push that cannot be read still says "Open Sitwell"', () => {
  const malformed: [string, string | null][] = [
    ['no data', null],
    ['empty', ''],
    ['not JSON', 'overdue!'],
    ['JSON null', 'null'],
    ['an array', '[1,2]'],
    ['an unknown kind', text({ kind: 'missed' as PushPayload['kind'] })],
    ['an unknown rung', text({ rung: 'doctor' as PushPayload['rung'] })],
    ['a session id that is not a UUID', text({ sessionId: '../../x' })],
    ['a negative round', text({ round: -1 })],
    ['too long', text({ body: 'x'.repeat(5000) })],
  ];
  it.each(malformed)('%s', (_, t) => {
    const d = shown(t);
    expect(d.title).toBe('Open Sitwell');
    expect(d.options).toMatchObject({ tag: 'sitwell-push', requireInteraction: true });
    expect(clickPath(d.options.data, '')).toBe('/session');
  });

  it('reads a well-formed payload without title, body or path', () => {
    const { title: _t, body: _b, open: _o, ...bare } = payload();
    expect(parsePushPayload(JSON.stringify(bare))?.open).toBe('/session/check-in');
  });
});

describe('clickPath', () => {
  const data = shown(text()).options.data;
  it('follows the button tapped, else the notice’s own path', () => {
    expect(clickPath(data, 'check-in')).toBe('/session/check-in');
    expect(clickPath(data, 'wrong')).toBe('/session/wrong');
    expect(clickPath(data, 'unknown')).toBe('/session/check-in');
  });

  it('leaves the app’s own notifications (no push data) to their usual click', () => {
    for (const other of [undefined, null, 'x', {}, { source: 'other', open: '/session' }])
      expect(clickPath(other, '')).toBeUndefined();
  });

  it('never returns a path out of the app', () => {
    const bad = { source: 'sitwell-push', open: '//evil.example', actions: { x: 'https://e' } };
    expect(clickPath(bad, 'x')).toBe('/session');
    expect(appPath('/session/check-in')).toBe('/session/check-in');
    expect(appPath('/a b')).toBeUndefined();
  });
});
