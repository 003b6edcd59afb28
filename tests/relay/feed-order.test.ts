import { afterEach, describe, expect, it, vi } from 'vitest';
import { openAlert } from '../../relay/store/alerts';
import { appendEventFast } from '../../relay/store/event-fast';
import { appendFeed } from '../../relay/store/feed';
import { clinicAndSession, event, STORES, testRelay, type TestRelay } from './helpers';
import { openSse } from './sse';

vi.setConfig({ testTimeout: 90_000, hookTimeout: 60_000 });

// Two transactions of one clinic that commit out of the order they began in: a stream that
// resumes (or runs live) after the later one's feed id still gets the earlier one's row. And
// the one-statement event POST: what it stores itself, and what it leaves to the transaction.

const gate = () => {
  let open = () => {};
  const shut = new Promise<void>((r) => (open = r));
  return { shut, open };
};

describe.each(STORES)('the event POST in one statement on %s', (kind) => {
  let r: TestRelay;
  afterEach(async () => r?.close());

  it('stores a check-in, answers a replay and a conflict, and leaves an emergency to the tx', async () => {
    r = await testRelay(kind);
    const s = await clinicAndSession(r);
    const t = r.clock.t;
    const fast = (e: ReturnType<typeof event>) =>
      appendEventFast(r.relay.store, s.sessionId, e as never, r.clock.t);
    const first = event(0, 'started', t, t + 10 * 60_000);
    expect(await fast(first)).toEqual({
      status: 'stored',
      session: { deadlineAt: t + 15 * 60_000, state: 'live' },
    });
    expect((await fast(first))?.status).toBe('replayed');
    expect((await fast({ ...first, ciphertext: 'other' }))?.status).toBe('conflict');
    expect(await fast(event(1, 'emergency', t, null))).toBeUndefined();
    const rows = await r.relay.store.query('SELECT seq FROM events');
    expect(rows.map((x) => Number(x.seq))).toEqual([0]);
  });
});

describe.runIf(STORES.includes('postgres'))('feed order on PostgreSQL', () => {
  let r: TestRelay;
  afterEach(async () => r?.close());

  it('gives a stream a row whose transaction began first but committed last', async () => {
    r = await testRelay('postgres');
    const s = await clinicAndSession(r);
    const url = `${r.base}/api/v1/clinics/${s.clinicId}/stream`;
    const live = await openSse(url, s.deviceToken);
    await live.next((e) => e.event === 'ready');
    // A: writes a feed row, then waits before it commits.
    const hold = gate();
    const wrote = gate();
    const slow = r.relay.store.tx(async (db) => {
      await appendFeed(db, {
        clinicId: s.clinicId,
        sessionId: s.sessionId,
        type: 'acknowledged',
        body: { alertId: 'held', by: 'test' },
        at: r.clock.t,
      });
      wrote.open();
      await hold.shut;
    });
    await wrote.shut;
    // B: an event POST commits meanwhile, and the stream shows it.
    const posted = await r.call('POST', `/api/v1/sessions/${s.sessionId}/events`, {
      token: s.writeToken,
      body: event(0, 'started', r.clock.t, r.clock.t + 600_000),
    });
    expect(posted.status).toBe(201);
    const b = await live.next((e) => e.event === 'event');
    // A commits; the live stream and a stream resuming after B both get A's row.
    hold.open();
    await slow;
    const a = await live.next((e) => e.event === 'acknowledged', 3000);
    expect(a.data.alertId).toBe('held');
    const resumed = await openSse(url, s.deviceToken, b.id);
    const after = await resumed.next((e) => e.event === 'ready');
    expect(resumed.events.slice(0, -1).map((e) => e.event)).toEqual(['acknowledged']);
    expect(Number(after.data.after)).toBeGreaterThan(Number(b.id));
    live.close();
    resumed.close();
  });

  it('closes an alert a sweep opened while the check-in waited for the session', async () => {
    r = await testRelay('postgres');
    const s = await clinicAndSession(r);
    const path = `/api/v1/sessions/${s.sessionId}/events`;
    const t = r.clock.t;
    await r.call('POST', path, {
      token: s.writeToken,
      body: event(0, 'started', t, t - 10 * 60_000),
    });
    const [row] = await r.relay.store.query(
      'SELECT deadline_at, missed_after_ms, clinic_after_ms, backup_after_ms FROM sessions',
    );
    // A sweep: locks the session, opens the overdue alert, and waits before it commits.
    const hold = gate();
    const locked = gate();
    const sweep = r.relay.store.tx(async (db) => {
      await db.query('SELECT id FROM sessions WHERE id = $1 FOR UPDATE', [s.sessionId]);
      locked.open();
      await hold.shut;
      const times = {
        missedAfterMs: Number(row!.missed_after_ms),
        clinicAfterMs: Number(row!.clinic_after_ms),
        backupAfterMs: Number(row!.backup_after_ms),
      };
      const deadlineAt = Number(row!.deadline_at);
      const base = { sessionId: s.sessionId, clinicId: s.clinicId, times };
      await openAlert(db, { ...base, kind: 'overdue', deadlineAt }, t);
      await db.query('UPDATE sessions SET alerted_deadline = deadline_at WHERE id = $1', [
        s.sessionId,
      ]);
    });
    await locked.shut;
    const checkIn = r.call('POST', path, {
      token: s.writeToken,
      body: event(1, 'check-in', t, t + 600_000),
    });
    // Let the check-in's statement begin and wait on the session's lock, then commit the sweep.
    const waiting = async () =>
      (await r.relay.store.query(`SELECT count(*) AS n FROM pg_locks WHERE NOT granted`))[0]!.n;
    for (let i = 0; i < 200 && Number(await waiting()) === 0; i++)
      await new Promise((res) => setTimeout(res, 10));
    expect(Number(await waiting())).toBeGreaterThan(0);
    hold.open();
    await sweep;
    expect((await checkIn).status).toBe(201);
    const alerts = await r.relay.store.query('SELECT kind, closed_by FROM alerts');
    expect(alerts.map((a) => [a.kind, a.closed_by])).toEqual([['overdue', 'check-in']]);
  });
});
