import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  clinicAndSession,
  event,
  STORES,
  subscription,
  testRelay,
  type TestRelay,
} from './helpers';

vi.setConfig({ testTimeout: 90_000, hookTimeout: 60_000 });

// The dead-man's switch end to end with the test's clock: the deadline, the ladder, re-alerts,
// the first acknowledgment, "all clear", and an emergency.

const MIN = 60_000;

async function overdueSession(r: TestRelay) {
  const ids = await clinicAndSession(r);
  const watcher = await r.call('POST', `/api/v1/sessions/${ids.sessionId}/watchers`, {
    token: ids.writeToken,
    body: { label: 'partner' },
  });
  const watchToken = String(watcher.body.watchToken);
  await r.call('PUT', '/api/v1/watchers/me/push', {
    token: watchToken,
    body: { subscription: subscription('watcher') },
  });
  // Due in 10 min: the deadline is 15 min from now.
  await r.call('POST', `/api/v1/sessions/${ids.sessionId}/events`, {
    token: ids.writeToken,
    body: event(0, 'started', r.clock.t, r.clock.t + 10 * MIN),
  });
  return { ...ids, watchToken, deadline: r.clock.t + 15 * MIN };
}

const endpoints = (r: TestRelay, kind: string) =>
  r.push.sent.filter((s) => s.payload.kind === kind).map((s) => s.endpoint.split('/').pop());

describe.each(STORES)('deadlines on %s', (kind) => {
  let r: TestRelay;
  afterEach(async () => r?.close());

  it('alerts once per passed deadline, climbs the ladder, re-alerts each minute, and the first ack wins', async () => {
    r = await testRelay(kind);
    const s = await overdueSession(r);
    r.clock.t = s.deadline - 1;
    await r.relay.tick();
    expect(r.push.sent).toEqual([]);

    r.clock.t = s.deadline;
    await r.relay.tick();
    await r.relay.tick();
    expect(endpoints(r, 'overdue')).toEqual(['sitter']);
    const first = r.push.sent[0]!;
    expect(first.payload.title).toBe('Check-in overdue: open Sitwell');
    expect([first.urgency, first.ttlS <= 300, first.topic]).toEqual([
      'high',
      true,
      s.sessionId.replaceAll('-', ''),
    ]);

    r.clock.t = s.deadline + MIN;
    await r.relay.tick();
    expect(endpoints(r, 'overdue').sort()).toEqual([`device-${s.deviceId}`, 'sitter', 'sitter']);

    r.clock.t = s.deadline + 10 * MIN;
    await r.relay.tick();
    await r.relay.tick();
    expect(endpoints(r, 'overdue').slice(3).sort()).toEqual(
      [`device-${s.deviceId}`, 'sitter', 'watcher'].sort(),
    );
    const alerts = await r.relay.store.query('SELECT * FROM alerts');
    expect(alerts).toHaveLength(1);

    const ack = await r.call('POST', `/api/v1/sessions/${s.sessionId}/ack`, {
      token: s.deviceToken,
      body: {},
    });
    const late = await r.call('POST', `/api/v1/sessions/${s.sessionId}/ack`, {
      token: s.watchToken,
      body: {},
    });
    expect([ack.body.first, late.body.first, late.body.by]).toEqual([
      true,
      false,
      `device:${s.deviceId}`,
    ]);
    await r.relay.tick();
    expect(endpoints(r, 'acknowledged').sort()).toEqual(['sitter', 'watcher']);
    const before = r.push.sent.length;
    r.clock.t += 5 * MIN;
    await r.relay.tick();
    expect(r.push.sent.length).toBe(before);
  });

  it('closes the alert on a check-in with "all clear" to everyone alerted', async () => {
    r = await testRelay(kind);
    const s = await overdueSession(r);
    r.clock.t = s.deadline + MIN;
    await r.relay.tick();
    const res = await r.call('POST', `/api/v1/sessions/${s.sessionId}/events`, {
      token: s.writeToken,
      body: event(1, 'check-in', r.clock.t, r.clock.t + 10 * MIN),
    });
    expect(res.body.deadlineAt).toBe(r.clock.t + 15 * MIN);
    await r.relay.tick();
    expect(endpoints(r, 'all-clear').sort()).toEqual([`device-${s.deviceId}`, 'sitter']);
    expect(r.push.sent.find((p) => p.payload.kind === 'all-clear')?.payload.title).toBe(
      'All clear',
    );
    r.clock.t += 3 * MIN;
    await r.relay.tick();
    expect(endpoints(r, 'overdue')).toHaveLength(2);
    const [alert] = await r.relay.store.query('SELECT closed_by FROM alerts');
    expect(alert!.closed_by).toBe('check-in');
  });

  it('records a deadline that passed before a sweep, when the late check-in arrives first', async () => {
    r = await testRelay(kind);
    const s = await overdueSession(r);
    r.clock.t = s.deadline + 500;
    await r.call('POST', `/api/v1/sessions/${s.sessionId}/events`, {
      token: s.writeToken,
      body: event(1, 'check-in', r.clock.t, r.clock.t + 10 * MIN),
    });
    await r.relay.tick();
    const alerts = await r.relay.store.query('SELECT deadline_at, closed_by FROM alerts');
    expect(alerts.map((a) => [Number(a.deadline_at), a.closed_by])).toEqual([
      [s.deadline, 'check-in'],
    ]);
    // Nobody was woken for it, so nobody is told "all clear".
    expect(r.push.sent).toEqual([]);
  });

  it('alerts the clinic at once on an emergency, and stops when it is resolved', async () => {
    r = await testRelay(kind);
    const s = await overdueSession(r);
    await r.call('POST', `/api/v1/sessions/${s.sessionId}/events`, {
      token: s.writeToken,
      body: event(1, 'emergency', r.clock.t, r.clock.t + 10 * MIN),
    });
    await r.relay.tick();
    expect(endpoints(r, 'emergency')).toEqual([`device-${s.deviceId}`]);
    await r.call('POST', `/api/v1/sessions/${s.sessionId}/events`, {
      token: s.writeToken,
      body: event(2, 'resolved', r.clock.t, r.clock.t + 10 * MIN),
    });
    r.clock.t += 2 * MIN;
    await r.relay.tick();
    expect(endpoints(r, 'emergency')).toHaveLength(1);
    expect(endpoints(r, 'all-clear')).toEqual([`device-${s.deviceId}`]);
  });

  it('prunes a subscription the push service calls gone, and retries a busy one with backoff', async () => {
    r = await testRelay(kind);
    const s = await overdueSession(r);
    r.push.state.status = 503;
    r.clock.t = s.deadline;
    await r.relay.tick();
    await r.relay.tick();
    expect(endpoints(r, 'overdue')).toEqual(['sitter']);
    r.clock.t += 1000;
    r.push.state.status = 410;
    await r.relay.tick();
    expect(endpoints(r, 'overdue')).toEqual(['sitter', 'sitter']);
    const [session] = await r.relay.store.query('SELECT push FROM sessions');
    expect(session!.push).toBeNull();
    const results = await r.relay.store.query('SELECT status FROM push_results ORDER BY id');
    expect(results.map((x) => x.status)).toEqual([503, 410]);
    const [row] = await r.relay.store.query('SELECT status, attempts FROM outbox');
    expect([row!.status, row!.attempts]).toEqual(['pruned', 2]);
  });

  it('ends the session on an "ended" event: no deadline, no more alerts', async () => {
    r = await testRelay(kind);
    const s = await overdueSession(r);
    await r.call('POST', `/api/v1/sessions/${s.sessionId}/events`, {
      token: s.writeToken,
      body: event(1, 'ended', r.clock.t, null),
    });
    const after = await r.call('POST', `/api/v1/sessions/${s.sessionId}/events`, {
      token: s.writeToken,
      body: event(2, 'check-in', r.clock.t, r.clock.t),
    });
    const record = await r.call('POST', `/api/v1/sessions/${s.sessionId}/events`, {
      token: s.writeToken,
      body: event(3, 'record', r.clock.t, null),
    });
    expect([after.status, after.body.field, record.status]).toEqual([409, 'class', 201]);
    r.clock.t = s.deadline + 20 * MIN;
    await r.relay.tick();
    expect(r.push.sent).toEqual([]);
  });
});
