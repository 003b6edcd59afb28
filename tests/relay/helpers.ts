import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';
import { migrate, migrations } from '../../relay/store/migrate';
import { openPglite } from '../../relay/store/pglite';
import type { Store } from '../../relay/store/store';
import type { RelayConfig } from '../../relay/config';
import type { PushOutcome, PushSender } from '../../relay/push/deliver';
import { startRelay, type Relay } from '../../relay/server';
import type { PushSubscriptionJSON } from '../../src/domain/relay/wire';

// A relay for one test: in-memory PGlite, or a fresh database on the PostgreSQL named by
// SITWELL_TEST_DATABASE_URL (dropped afterwards). The clock and the push service are the test's.

/** The stores the relay suites run on: PGlite always, PostgreSQL when a cluster is given. */
export const STORES: ('pglite' | 'postgres')[] = process.env.SITWELL_TEST_DATABASE_URL
  ? ['pglite', 'postgres']
  : ['pglite'];

/** The test's set-up code. */
export const SETUP = 'test-setup-code-0123456789';

const templates = new Map<number, Promise<Blob>>();

/**
 * A fresh in-memory PGlite migrated up to `upTo` (all by default; 0 for an empty database). A
 * fresh initdb takes seconds; a dump, kept in the temp folder under the migrations' hash, loads
 * in a fraction of that.
 */
export async function freshPglite(upTo = Infinity): Promise<Store> {
  const make = async () => {
    const hash = createHash('sha256')
      .update(JSON.stringify([migrations(), upTo]))
      .digest('hex');
    const file = join(tmpdir(), `sitwell-pglite-${hash.slice(0, 16)}.tar`);
    if (existsSync(file)) return new Blob([readFileSync(file)]);
    const store = await openPglite(undefined);
    if (upTo > 0) await migrate(store, upTo);
    const blob = await store.dump!();
    await store.close();
    const part = `${file}.${process.pid}`;
    writeFileSync(part, Buffer.from(await blob.arrayBuffer()));
    renameSync(part, file);
    return blob;
  };
  if (!templates.has(upTo)) templates.set(upTo, make());
  return openPglite(undefined, await templates.get(upTo)!);
}

/** A fresh empty database URL on the test cluster, and a function that drops it. */
export async function freshPostgres(): Promise<{ url: string; drop: () => Promise<void> }> {
  const admin = process.env.SITWELL_TEST_DATABASE_URL!;
  const name = `sitwell_t_${randomBytes(6).toString('hex')}`;
  const sql = postgres(admin, { max: 1, onnotice: () => {} });
  await sql.unsafe(`CREATE DATABASE ${name}`);
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      await sql.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await sql.end();
    },
  };
}

/** A push service that records what it is handed and answers `status` (changeable). */
export function fakeSender() {
  const sent: {
    endpoint: string;
    payload: Record<string, unknown>;
    topic: string;
    ttlS: number;
    urgency: string;
  }[] = [];
  const state = { status: 201, retryAfterS: undefined as number | undefined };
  const sender: PushSender = {
    async send(sub, payload, opts): Promise<PushOutcome> {
      sent.push({ endpoint: sub.endpoint, payload: JSON.parse(payload), ...opts });
      return {
        statusCode: state.status,
        ...(state.retryAfterS ? { retryAfterS: state.retryAfterS } : {}),
      };
    },
  };
  return { sender, sent, state };
}

/** A push subscription that looks like a browser's. */
export function subscription(name: string): PushSubscriptionJSON {
  return {
    endpoint: `https://push.example.test/${name}`,
    expirationTime: null,
    keys: { p256dh: 'B'.repeat(87), auth: 'a'.repeat(22) },
  };
}

/** The configuration for a test relay (an ephemeral port, generous rate limits unless given). */
export function testConfig(over: Partial<RelayConfig> = {}): RelayConfig {
  return {
    port: 0,
    host: '127.0.0.1',
    databaseUrl: undefined,
    dataDir: undefined,
    distDir: undefined,
    setupToken: SETUP,
    vapidSubject: 'mailto:test@example.test',
    ipRate: { perS: 10_000, burst: 10_000 },
    tokenRate: { perS: 10_000, burst: 10_000 },
    trustProxy: false,
    allowHttpPush: false,
    sweepMs: 1000,
    poolSize: 4,
    ...over,
  };
}

/** A JSON response as the tests read it. */
export interface Reply {
  status: number;
  body: Record<string, unknown> & { error?: string; field?: string };
  headers: Headers;
}

/** A small JSON client for a relay at `base`. */
export function client(base: string) {
  const call = async (
    method: string,
    path: string,
    opts: { token?: string; body?: unknown; raw?: string; type?: string } = {},
  ): Promise<Reply> => {
    const headers: Record<string, string> = {};
    if (opts.token) headers.authorization = `Bearer ${opts.token}`;
    const hasBody = opts.body !== undefined || opts.raw !== undefined;
    if (hasBody) headers['content-type'] = opts.type ?? 'application/json';
    const res = await fetch(base + path, {
      method,
      headers,
      ...(hasBody ? { body: opts.raw ?? JSON.stringify(opts.body) } : {}),
    });
    const text = await res.text();
    let body: Reply['body'] = {};
    try {
      body = JSON.parse(text) as Reply['body'];
    } catch {
      body = { text };
    }
    return { status: res.status, body, headers: res.headers };
  };
  return { base, call };
}

/** A relay for a test, with its clock, push log and a small client. */
export async function testRelay(
  kind: 'pglite' | 'postgres',
  over: Partial<RelayConfig> = {},
  sender?: (vapid: { publicKey: string; privateKey: string }) => PushSender,
) {
  const clock = { t: Date.UTC(2026, 5, 1, 12, 0, 0) };
  const push = fakeSender();
  const pg = kind === 'postgres' ? await freshPostgres() : undefined;
  const relay: Relay = await startRelay(testConfig({ databaseUrl: pg?.url, ...over }), {
    now: () => clock.t,
    sender: push.sender,
    ...(sender ? { makeSender: sender } : {}),
    timers: false,
    ...(pg ? {} : { store: await freshPglite() }),
  });
  const base = `http://127.0.0.1:${relay.port}`;
  const { call } = client(base);
  return {
    relay,
    base,
    clock,
    push,
    call,
    async close() {
      await relay.close();
      await pg?.drop();
    },
  };
}

/** A test relay's type. */
export type TestRelay = Awaited<ReturnType<typeof testRelay>>;

/** A valid clinic key for the tests (any 65-byte base64url string passes the wire schema). */
export const CLINIC_KEY = `B${'A'.repeat(86)}`;

/** Opens a clinic and a session; returns their ids and tokens. */
export async function clinicAndSession(
  r: Pick<TestRelay, 'call'>,
  opts: { sitterPush?: boolean } = {},
) {
  const clinic = await r.call('POST', '/api/v1/clinics', {
    token: SETUP,
    body: { name: 'Lee Clinic', publicKey: CLINIC_KEY, deviceLabel: 'front desk' },
  });
  const { clinicId, deviceId, deviceToken } = clinic.body as Record<string, string>;
  await r.call('PUT', '/api/v1/devices/me/push', {
    token: deviceToken,
    body: { subscription: subscription(`device-${deviceId}`) },
  });
  const s = await r.call('POST', '/api/v1/sessions', {
    body: {
      clinicId,
      ...(opts.sitterPush === false ? {} : { subscription: subscription('sitter') }),
    },
  });
  const { sessionId, writeToken } = s.body as Record<string, string>;
  return {
    clinicId: clinicId!,
    deviceId: deviceId!,
    deviceToken: deviceToken!,
    sessionId: sessionId!,
    writeToken: writeToken!,
  };
}

/** An event body with placeholder ciphertext. */
export function event(seq: number, cls: string, at: number, nextDueAt: number | null) {
  return { seq, class: cls, at, nextDueAt, enc: `B${'e'.repeat(86)}`, ciphertext: `c${seq}x` };
}
