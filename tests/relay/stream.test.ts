import { afterEach, describe, expect, it, vi } from 'vitest';
import { startRelay } from '../../relay/server';
import {
  client,
  clinicAndSession,
  event,
  freshPostgres,
  STORES,
  testConfig,
  testRelay,
  type TestRelay,
} from './helpers';
import { openSse } from './sse';

vi.setConfig({ testTimeout: 90_000, hookTimeout: 60_000 });

// The clinic's live stream: events and alerts as they happen, resumable by Last-Event-ID, only
// for the clinic's own devices, and fanned out across relay processes on one PostgreSQL.

describe.each(STORES)('the clinic stream on %s', (kind) => {
  let r: TestRelay;
  afterEach(async () => r?.close());

  it('streams events and alerts live, and resumes after the last id seen', async () => {
    r = await testRelay(kind);
    const s = await clinicAndSession(r);
    const other = await clinicAndSession(r);
    const url = `${r.base}/api/v1/clinics/${s.clinicId}/stream`;
    const refused = await openSse(url, other.deviceToken);
    expect(refused.status).toBe(403);

    const live = await openSse(url, s.deviceToken);
    expect(live.status).toBe(200);
    await live.next((e) => e.event === 'ready');
    const path = `/api/v1/sessions/${s.sessionId}/events`;
    await r.call('POST', path, {
      token: s.writeToken,
      body: event(0, 'started', r.clock.t, r.clock.t - 5 * 60_000),
    });
    const started = await live.next((e) => e.event === 'event');
    expect([started.data.sessionId, started.data.class, started.data.ciphertext]).toEqual([
      s.sessionId,
      'started',
      'c0x',
    ]);
    await r.relay.tick();
    const alert = await live.next((e) => e.event === 'alert');
    expect([alert.data.kind, alert.data.rung]).toEqual(['overdue', 'sitter']);
    live.close();

    await r.call('POST', path, {
      token: s.writeToken,
      body: event(1, 'check-in', r.clock.t, r.clock.t + 600_000),
    });
    const resumed = await openSse(url, s.deviceToken, alert.id);
    const types: string[] = [];
    for (let e = await resumed.next(); e.event !== 'ready'; e = await resumed.next())
      types.push(e.event);
    expect(types).toEqual(['alert-closed', 'event']);
    expect(resumed.events.every((e) => e.data.sessionId !== other.sessionId)).toBe(true);
    resumed.close();
  });
});

describe.runIf(STORES.includes('postgres'))('two relay processes on one PostgreSQL', () => {
  it('fan out an event posted to one to streams open on the other (LISTEN/NOTIFY)', async () => {
    const pg = await freshPostgres();
    const a = await startRelay(testConfig({ databaseUrl: pg.url }), { timers: false });
    const b = await startRelay(testConfig({ databaseUrl: pg.url }), { timers: false });
    try {
      const ra = client(`http://127.0.0.1:${a.port}`);
      const s = await clinicAndSession(ra);
      const stream = await openSse(
        `http://127.0.0.1:${b.port}/api/v1/clinics/${s.clinicId}/stream`,
        s.deviceToken,
      );
      await stream.next((e) => e.event === 'ready');
      await ra.call('POST', `/api/v1/sessions/${s.sessionId}/events`, {
        token: s.writeToken,
        body: event(0, 'started', Date.now(), Date.now() + 600_000),
      });
      const got = await stream.next((e) => e.event === 'event');
      expect(got.data.sessionId).toBe(s.sessionId);
      stream.close();
    } finally {
      await a.close();
      await b.close();
      await pg.drop();
    }
  });
});
