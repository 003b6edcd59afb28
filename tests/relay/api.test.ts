import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SECURITY_HEADERS } from '../../scripts/security-headers.mjs';
import {
  CLINIC_KEY,
  clinicAndSession,
  event,
  SETUP,
  STORES,
  testRelay,
  type TestRelay,
} from './helpers';

vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

// The API's contract: health, clinics behind the set-up code, sessions, idempotent events and
// the scope of each token.

describe.each(STORES)('relay API on %s', (kind) => {
  let r: TestRelay;
  afterEach(async () => r?.close());

  it('answers health with exactly ok, store and version, with the app’s security headers', async () => {
    r = await testRelay(kind);
    const res = await r.call('GET', '/api/v1/health');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ ok: true, store: kind, version: '0.1.0' });
    for (const [name, value] of Object.entries(SECURITY_HEADERS))
      expect(res.headers.get(name)).toBe(value);
    expect(res.headers.get('cache-control')).toBe('no-store');
  });

  it('opens a clinic only with the set-up code, and stores nothing without it', async () => {
    r = await testRelay(kind);
    const body = { name: 'Lee Clinic', publicKey: CLINIC_KEY };
    const none = await r.call('POST', '/api/v1/clinics', { body });
    const wrong = await r.call('POST', '/api/v1/clinics', { token: `${SETUP}x`, body });
    expect([none.status, none.body.field, wrong.status]).toEqual([401, 'authorization', 401]);
    expect(await r.relay.store.query('SELECT * FROM clinics')).toHaveLength(0);
    const ok = await r.call('POST', '/api/v1/clinics', { token: SETUP, body });
    expect(ok.status).toBe(201);
    const got = await r.call('GET', `/api/v1/clinics/${String(ok.body.clinicId)}`);
    expect(got.body).toEqual({ id: ok.body.clinicId, name: 'Lee Clinic', publicKey: CLINIC_KEY });
  });

  it('keeps only SHA-256 of a token, never the token', async () => {
    r = await testRelay(kind);
    const { writeToken, deviceToken } = await clinicAndSession(r);
    const rows = await r.relay.store.query('SELECT * FROM tokens');
    const dump = JSON.stringify(rows);
    for (const token of [writeToken, deviceToken]) {
      expect(token).toMatch(/^[A-Za-z0-9_-]{16}\.[A-Za-z0-9_-]{43}$/);
      expect(dump).not.toContain(token.split('.')[1]);
    }
    expect(rows.every((row) => Buffer.from(row.hash as Uint8Array).length === 32)).toBe(true);
  });

  it('stores an event once: a replay stores nothing new, other content on a seq is refused', async () => {
    r = await testRelay(kind);
    const { sessionId, writeToken } = await clinicAndSession(r);
    const path = `/api/v1/sessions/${sessionId}/events`;
    const e = event(0, 'started', r.clock.t, r.clock.t + 15 * 60_000);
    const first = await r.call('POST', path, { token: writeToken, body: e });
    const again = await r.call('POST', path, { token: writeToken, body: e });
    const other = await r.call('POST', path, {
      token: writeToken,
      body: { ...e, ciphertext: 'different' },
    });
    expect([first.status, first.body.stored]).toEqual([201, true]);
    expect([again.status, again.body.stored]).toEqual([200, false]);
    expect([other.status, other.body.field]).toEqual([409, 'seq']);
    expect(first.body.deadlineAt).toBe(r.clock.t + 20 * 60_000);
    const n = await r.relay.store.query('SELECT count(*) AS n FROM events');
    expect(Number(n[0]!.n)).toBe(1);
  });

  it('keeps events that arrive out of order in seq order; an old one does not move the deadline', async () => {
    r = await testRelay(kind);
    const { sessionId, writeToken, deviceToken } = await clinicAndSession(r);
    const path = `/api/v1/sessions/${sessionId}/events`;
    const t = r.clock.t;
    for (const seq of [2, 0, 1])
      await r.call('POST', path, {
        token: writeToken,
        body: event(seq, 'check-in', t, t + seq * 1000),
      });
    const list = await r.call('GET', path, { token: deviceToken });
    expect((list.body.events as { seq: number }[]).map((e) => e.seq)).toEqual([0, 1, 2]);
    const s = await r.call('GET', `/api/v1/sessions/${sessionId}`, { token: writeToken });
    expect([s.body.lastSeq, s.body.nextDueAt]).toEqual([2, t + 2000]);
  });

  it('scopes each token: a write token to its session, a device token to its clinic', async () => {
    r = await testRelay(kind);
    const a = await clinicAndSession(r);
    const b = await clinicAndSession(r);
    const e = event(0, 'started', r.clock.t, null);
    const cross = await r.call('POST', `/api/v1/sessions/${b.sessionId}/events`, {
      token: a.writeToken,
      body: e,
    });
    const otherClinic = await r.call('GET', `/api/v1/sessions/${b.sessionId}/events`, {
      token: a.deviceToken,
    });
    const deviceWrites = await r.call('POST', `/api/v1/sessions/${a.sessionId}/events`, {
      token: a.deviceToken,
      body: e,
    });
    const board = await r.call('GET', `/api/v1/clinics/${b.clinicId}/sessions`, {
      token: a.deviceToken,
    });
    for (const res of [cross, otherClinic, deviceWrites, board])
      expect([res.status, res.body.field]).toEqual([403, 'authorization']);
    const forged = `${a.writeToken.slice(0, 17)}${'A'.repeat(43)}`;
    const bad = await r.call('GET', `/api/v1/sessions/${a.sessionId}`, { token: forged });
    expect([bad.status, bad.body.field]).toEqual([401, 'authorization']);
  });

  it('refuses a body over 64 KB and a ciphertext over 16 KB, naming the field', async () => {
    r = await testRelay(kind);
    const { sessionId, writeToken } = await clinicAndSession(r);
    const path = `/api/v1/sessions/${sessionId}/events`;
    const e = event(0, 'started', r.clock.t, null);
    const huge = await r.call('POST', path, {
      token: writeToken,
      raw: JSON.stringify({ ...e, pad: 'x'.repeat(70_000) }),
    });
    const long = await r.call('POST', path, {
      token: writeToken,
      body: { ...e, ciphertext: 'x'.repeat(16 * 1024 + 1) },
    });
    const atLimit = await r.call('POST', path, {
      token: writeToken,
      body: { ...e, ciphertext: 'x'.repeat(16 * 1024) },
    });
    expect([huge.status, huge.body.field]).toEqual([413, 'body']);
    expect([long.status, long.body.field]).toEqual([400, 'ciphertext']);
    expect(atLimit.status).toBe(201);
  });

  it('limits requests per token and per address with 429', async () => {
    r = await testRelay(kind, {
      tokenRate: { perS: 1, burst: 3 },
      ipRate: { perS: 1, burst: 12 },
    });
    const { sessionId, writeToken } = await clinicAndSession(r);
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++)
      statuses.push(
        (await r.call('GET', `/api/v1/sessions/${sessionId}`, { token: writeToken })).status,
      );
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
    const seen: number[] = [];
    for (let i = 0; i < 10; i++) seen.push((await r.call('GET', '/api/v1/health')).status);
    expect(seen).toContain(429);
    const last = await r.call('GET', '/api/v1/health');
    expect([last.status, last.body.field]).toEqual([429, 'ip']);
  });

  it('serves the built app with the same headers, and app paths as index.html', async () => {
    const dist = mkdtempSync(join(tmpdir(), 'sitwell-dist-'));
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Sitwell</title>');
    r = await testRelay(kind, { distDir: dist });
    for (const path of ['/', '/session', '/clinic/session/x']) {
      const res = await fetch(r.base + path);
      expect(res.status).toBe(200);
      expect(await res.text()).toContain('<title>Sitwell</title>');
      expect(res.headers.get('content-security-policy')).toBe(
        SECURITY_HEADERS['Content-Security-Policy'],
      );
    }
    expect((await fetch(`${r.base}/missing.js`)).status).toBe(404);
    expect((await r.call('GET', '/api/v1/nothing')).body.field).toBe('path');
  });
});
