import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type * as v from 'valibot';
import {
  ClinicCreateSchema,
  DeviceCreateSchema,
  EventPostSchema,
  parseBody,
  PushPutSchema,
  SessionCreateSchema,
  WatcherCreateSchema,
} from '../../src/domain/relay/wire';
import {
  CLINIC_KEY,
  clinicAndSession,
  event,
  SETUP,
  STORES,
  subscription,
  testRelay,
  type TestRelay,
} from './helpers';

vi.setConfig({ testTimeout: 240_000, hookTimeout: 60_000 });

// Every endpoint that takes a body, fed malformed, oversized and wrongly authorised requests:
// only 4xx, with the field named (the schema's own first complaint for a bad body), no crash,
// and not one row added anywhere.

const TABLES = [
  'clinics',
  'devices',
  'sessions',
  'tokens',
  'events',
  'watchers',
  'alerts',
  'outbox',
  'feed',
];
const RUNS = Number(process.env.SITWELL_FUZZ_RUNS ?? 25);

async function counts(r: TestRelay): Promise<string> {
  const sql = TABLES.map((t) => `(SELECT count(*) FROM ${t}) AS ${t}`).join(', ');
  const [row] = await r.relay.store.query(`SELECT ${sql}`);
  return JSON.stringify(row, (_k, x: unknown) => (typeof x === 'bigint' ? Number(x) : x));
}

/** A valid body with one field dropped, replaced by anything, or stretched far too long. */
const mutated = (valid: Record<string, unknown>) =>
  fc.oneof(
    fc.anything(),
    fc.constantFrom(...Object.keys(valid)).map((k) => {
      const { [k]: _gone, ...rest } = valid;
      return rest;
    }),
    fc
      .tuple(fc.constantFrom(...Object.keys(valid)), fc.anything())
      .map(([k, x]) => ({ ...valid, [k]: x })),
    fc
      .tuple(fc.constantFrom(...Object.keys(valid)), fc.integer({ min: 17_000, max: 40_000 }))
      .map(([k, n]) => ({ ...valid, [k]: 'x'.repeat(n) })),
  );

describe.each(STORES)('fuzzing every endpoint on %s', (kind) => {
  let r: TestRelay;
  let ids: Awaited<ReturnType<typeof clinicAndSession>>;
  let watchToken: string;
  beforeAll(async () => {
    r = await testRelay(kind);
    ids = await clinicAndSession(r);
    const w = await r.call('POST', `/api/v1/sessions/${ids.sessionId}/watchers`, {
      token: ids.writeToken,
      body: {},
    });
    watchToken = String(w.body.watchToken);
    await r.call('POST', `/api/v1/sessions/${ids.sessionId}/events`, {
      token: ids.writeToken,
      body: event(0, 'started', r.clock.t, r.clock.t + 600_000),
    });
  });
  afterAll(async () => r?.close());

  const endpoints = (): {
    method: string;
    path: string;
    token: () => string | undefined;
    schema: v.GenericSchema;
    valid: Record<string, unknown>;
  }[] => [
    {
      method: 'POST',
      path: '/api/v1/clinics',
      token: () => SETUP,
      schema: ClinicCreateSchema,
      valid: { name: 'Clinic', publicKey: CLINIC_KEY },
    },
    {
      method: 'POST',
      path: `/api/v1/clinics/${ids.clinicId}/devices`,
      token: () => ids.deviceToken,
      schema: DeviceCreateSchema,
      valid: { label: 'tablet' },
    },
    {
      method: 'PUT',
      path: '/api/v1/devices/me/push',
      token: () => ids.deviceToken,
      schema: PushPutSchema,
      valid: { subscription: subscription('d') },
    },
    {
      method: 'PUT',
      path: '/api/v1/watchers/me/push',
      token: () => watchToken,
      schema: PushPutSchema,
      valid: { subscription: subscription('w') },
    },
    {
      method: 'POST',
      path: '/api/v1/sessions',
      token: () => undefined,
      schema: SessionCreateSchema,
      valid: { clinicId: ids.clinicId, missedAfterMin: 5 },
    },
    {
      method: 'PUT',
      path: `/api/v1/sessions/${ids.sessionId}/push`,
      token: () => ids.writeToken,
      schema: PushPutSchema,
      valid: { subscription: subscription('s') },
    },
    {
      method: 'POST',
      path: `/api/v1/sessions/${ids.sessionId}/events`,
      token: () => ids.writeToken,
      schema: EventPostSchema,
      valid: event(1, 'check-in', r.clock.t, r.clock.t + 600_000),
    },
    {
      method: 'POST',
      path: `/api/v1/sessions/${ids.sessionId}/watchers`,
      token: () => ids.writeToken,
      schema: WatcherCreateSchema,
      valid: { label: 'friend' },
    },
  ];

  it('refuses malformed and oversized bodies with 4xx naming the field, storing nothing', async () => {
    const before = await counts(r);
    for (const ep of endpoints())
      await fc.assert(
        fc.asyncProperty(mutated(ep.valid), async (body) => {
          const parsed = parseBody(ep.schema, body);
          const raw = JSON.stringify(body) ?? 'undefined';
          fc.pre(!parsed.ok || raw.length > 64 * 1024);
          const res = await r.call(ep.method, ep.path, { token: ep.token(), raw });
          const expected = raw.length > 64 * 1024 ? 'body' : parsed.ok ? '' : parsed.problem.field;
          expect(res.status, `${ep.path} ${raw.slice(0, 80)}`).toBeGreaterThanOrEqual(400);
          expect(res.status).toBeLessThan(500);
          expect(res.body.field).toBe(expected);
        }),
        { numRuns: RUNS },
      );
    expect(await counts(r)).toBe(before);
  });

  it('refuses a missing, malformed or forged token with 401, and a wrong type with 415', async () => {
    const before = await counts(r);
    const forged = fc
      .oneof(
        fc.constant(undefined),
        fc.string({ maxLength: 80 }).filter((s) => /^[\x21-\x7e]+$/.test(s)),
        fc
          .stringMatching(/^[A-Za-z0-9_-]{43}$/)
          .map((secret) => `${ids.writeToken.split('.')[0]}.${secret}`),
      )
      .filter((t) => t !== ids.writeToken && t !== ids.deviceToken && t !== watchToken);
    for (const ep of endpoints().filter((e) => e.token() && e.path !== '/api/v1/clinics'))
      await fc.assert(
        fc.asyncProperty(forged, async (token) => {
          const res = await r.call(ep.method, ep.path, { token, body: ep.valid });
          expect([res.status, res.body.field]).toEqual([401, 'authorization']);
        }),
        { numRuns: Math.ceil(RUNS / 2) },
      );
    const typed = await r.call('POST', `/api/v1/sessions/${ids.sessionId}/events`, {
      token: ids.writeToken,
      raw: JSON.stringify(event(1, 'check-in', r.clock.t, null)),
      type: 'text/plain',
    });
    expect([typed.status, typed.body.field]).toEqual([415, 'content-type']);
    expect(await counts(r)).toBe(before);
  });

  it('stores nothing for a replayed seq, whatever the replay carries', async () => {
    const before = await counts(r);
    const first = event(0, 'started', r.clock.t, r.clock.t + 600_000);
    await fc.assert(
      fc.asyncProperty(
        fc.record({ ciphertext: fc.stringMatching(/^[A-Za-z0-9_-]{1,200}$/), same: fc.boolean() }),
        async ({ ciphertext, same }) => {
          const body = same ? first : { ...first, ciphertext };
          const res = await r.call('POST', `/api/v1/sessions/${ids.sessionId}/events`, {
            token: ids.writeToken,
            body,
          });
          const unchanged = same || ciphertext === first.ciphertext;
          expect([res.status, res.body.field ?? null]).toEqual(
            unchanged ? [200, null] : [409, 'seq'],
          );
        },
      ),
      { numRuns: RUNS },
    );
    expect(await counts(r)).toBe(before);
  });
});
