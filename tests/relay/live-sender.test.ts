import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LiveShare } from '../../src/domain/log/session';
import { toBase64Url } from '../../src/domain/parse/base64';
import { clinicFingerprint } from '../../src/domain/relay/clinic-key';
import type { LivePayload } from '../../src/domain/relay/live-event';
import { generateKeyPair, serializePublicKey } from '../../src/lib/hpke';
import { sha256Hex } from '../../src/platform/crypto';
import { openLive } from '../../src/platform/live-crypto';
import { relayClient, type Fetch } from '../../src/platform/relay-client';
import { LiveSender } from '../../src/state/live-sender';
import { liveRecordText } from '../../src/state/live-record';
import { addWatcher, pollAcknowledgments } from '../../src/state/live-watch';
import { verifyRecord } from '../../src/domain/report/verify-record';
import { DEPS, sessionFixture } from '../fixtures/session-record';
import { SessionStore } from '../../src/state/session-store';
import { openSitwellDb, type Db } from '../../src/storage/db';
import { outboxRows, saveOutboxRow } from '../../src/storage/outbox';
import { LOG_CRYPTO } from '../fixtures/log-crypto';
import { SETUP, testRelay, type TestRelay } from './helpers';

// The sitter's sender against a real relay (in-memory PGlite): events arrive sealed, in seq
// order, once, through an outage; a changed clinic key sends nothing.

let r: TestRelay;
let db: Db;
let down = false;
const net: Fetch = (url, init) =>
  down ? Promise.reject(new TypeError('Failed to fetch')) : fetch(url, init);

beforeEach(async () => {
  r = await testRelay('pglite');
  db = await openSitwellDb(`t-${crypto.randomUUID()}`);
  down = false;
});
afterEach(async () => {
  db.close();
  await r.close();
});

async function clinic() {
  const pair = await generateKeyPair();
  const publicKey = toBase64Url(await serializePublicKey(pair.publicKey));
  const made = await r.call('POST', '/api/v1/clinics', {
    token: SETUP,
    body: { name: 'Lee Clinic', publicKey },
  });
  const { clinicId, deviceToken } = made.body as Record<string, string>;
  const live: LiveShare = {
    clinic: {
      relay: r.base,
      id: clinicId!,
      name: 'Lee Clinic',
      publicKey,
      fingerprint: await clinicFingerprint(publicKey, sha256Hex),
    },
    includePatientWords: false,
    includePatientEntries: false,
    agreedAt: r.clock.t,
  };
  return { pair, publicKey, live, deviceToken: deviceToken! };
}

async function setUp(live: LiveShare) {
  const clock = () => r.clock.t;
  const store = new SessionStore(db, clock, LOG_CRYPTO);
  await store.load();
  const session = { ...sessionFixture(), createdAt: clock(), live };
  await store.start(session, [
    {
      kind: 'session-started',
      data: { sitterName: 'Alex', patientName: 'Sam', intervalMin: 15, preAlert: true },
      at: clock(),
    },
  ]);
  const retries: (() => void)[] = [];
  const sender = new LiveSender({
    db,
    client: relayClient(r.base, net),
    sha256: sha256Hex,
    clock,
    finalRecord: (id, share) => liveRecordText(db, id, share),
    later: (_ms, run) => {
      retries.push(run);
      return () => undefined;
    },
  });
  const follow = () =>
    sender.follow({ sessionId: session.id, live, entries: store.snapshot.entries });
  const poll = () =>
    pollAcknowledgments({ db, client: relayClient(r.base, net) }, sender.current, (ack) =>
      store.append({
        kind: 'clinic-acknowledged',
        data: { alertId: ack.alertId, by: ack.by, ackAt: ack.at },
        actionId: `clinic-ack-${ack.alertId}`,
      }),
    );
  return { store, sender, session, follow, retries, poll };
}

/** What the clinic reads: the relay's events for the session, opened with the clinic's key. */
async function clinicReads(c: Awaited<ReturnType<typeof clinic>>, relaySessionId: string) {
  const got = await r.call('GET', `/api/v1/sessions/${relaySessionId}/events?after=-1`, {
    token: c.deviceToken,
  });
  const events = got.body.events as {
    seq: number;
    class: 'started';
    at: number;
    nextDueAt: number | null;
    enc: string;
    ciphertext: string;
  }[];
  return Promise.all(
    events.map(async (e) => {
      const envelope = { class: e.class, at: e.at, nextDueAt: e.nextDueAt };
      const place = { relaySessionId, seq: e.seq, envelope };
      const opened = (await openLive(c.pair.privateKey, c.publicKey, place, e)) as LivePayload;
      return { seq: e.seq, class: e.class, nextDueAt: e.nextDueAt, payload: opened };
    }),
  );
}

const relaySession = async () => (await db.getAll('links'))[0]!.relaySessionId!;

describe('the live sender and a real relay', () => {
  it('opens the relay session and sends each entry sealed, with the next due time', async () => {
    const c = await clinic();
    const { store, follow, sender } = await setUp(c.live);
    follow();
    await sender.kick();
    r.clock.t += 60_000;
    await store.append({ kind: 'check-in', data: { observation: { resting: true } } });
    follow();
    await sender.kick();
    const read = await clinicReads(c, await relaySession());
    expect(read.map((e) => [e.seq, e.class])).toEqual([
      [0, 'started'],
      [1, 'check-in'],
    ]);
    // The deadline follows the check-in: due 15 minutes after it.
    expect(read[1]!.nextDueAt).toBe(r.clock.t + 15 * 60_000);
    const first = read[0]!.payload;
    expect(first.type === 'entry' && first.entry.kind).toBe('session-started');
    expect(sender.get()).toEqual({ kind: 'sent', lastSentAt: r.clock.t });
  });

  it('keeps check-ins made while the relay is down and sends them in order, once', async () => {
    const c = await clinic();
    const { store, follow, sender, retries } = await setUp(c.live);
    follow();
    await sender.kick();
    down = true;
    for (const minutes of [1, 2]) {
      r.clock.t += minutes * 60_000;
      await store.append({ kind: 'check-in', data: { observation: { resting: true } } });
      follow();
      await sender.kick();
    }
    expect(sender.get()).toMatchObject({ kind: 'offline', waiting: 2 });
    expect(retries.length).toBeGreaterThan(0);
    down = false;
    retries.at(-1)!();
    await sender.kick();
    // A replay of a row already stored (a lost reply) stores nothing new.
    const rows = await outboxRows(db, store.snapshot.session!.id);
    await saveOutboxRow(db, { ...rows[2]!, state: 'sealed' });
    await sender.kick();
    const read = await clinicReads(c, await relaySession());
    expect(read.map((e) => e.seq)).toEqual([0, 1, 2]);
    expect(read.map((e) => e.class)).toEqual(['started', 'check-in', 'check-in']);
    expect(
      (await outboxRows(db, store.snapshot.session!.id)).every((x) => x.state === 'sent'),
    ).toBe(true);
  });

  it('sends nothing when the clinic’s key on the relay is not the agreed one', async () => {
    const c = await clinic();
    const other = await clinic();
    const changed = { ...c.live, clinic: { ...c.live.clinic, publicKey: other.publicKey } };
    const { follow, sender } = await setUp(changed);
    follow();
    await sender.kick();
    expect(sender.get()).toEqual({ kind: 'key-changed', waiting: 1 });
    expect(await db.count('links')).toBe(0);
  });

  it('withholds the patient’s words unless they ticked them', async () => {
    const c = await clinic();
    const { store, follow, sender } = await setUp(c.live);
    await store.append({ kind: 'patient-words', data: { text: 'private words' } });
    follow();
    await sender.kick();
    const read = await clinicReads(c, await relaySession());
    const words = read[1]!.payload;
    expect(words.type === 'entry' && 'withheld' in words.entry && words.entry.withheld).toBe(true);
    expect(JSON.stringify(read)).not.toContain('private words');
  });

  it('logs the clinic’s acknowledgment of an emergency once, however often it asks', async () => {
    const c = await clinic();
    const { store, follow, sender, poll } = await setUp(c.live);
    r.clock.t += 60_000;
    await store.append({
      kind: 'escalation-shown',
      data: { ruleIds: ['not-breathing'], tier: 'emergency' },
    });
    follow();
    await sender.kick();
    const relayId = await relaySession();
    const ack = await r.call('POST', `/api/v1/sessions/${relayId}/ack`, {
      token: c.deviceToken,
      body: {},
    });
    expect(ack.status).toBe(200);
    await poll();
    await poll();
    const acks = store.snapshot.entries.filter((e) => e.kind === 'clinic-acknowledged');
    expect(acks).toHaveLength(1);
    expect(acks[0]!.data).toMatchObject({ by: expect.stringMatching(/^device:/) });
  });

  it('makes a watch link that lets a backup contact read this one session', async () => {
    const c = await clinic();
    const { follow, sender } = await setUp(c.live);
    follow();
    await sender.kick();
    const deps = { db, client: relayClient(r.base, net), clock: () => r.clock.t };
    const made = await addWatcher(deps, sender.current, 'Jo');
    expect(made.ok).toBe(true);
    const path = made.ok ? made.path : '';
    const [, id, token] = /^\/watch\/([\w-]+)#t=(.+)$/.exec(path)!;
    const seen = await r.call('GET', `/api/v1/sessions/${id}`, { token });
    expect(seen.status).toBe(200);
    expect(seen.body).toMatchObject({ state: 'live', lastSeq: 0 });
    down = true;
    const offline = await addWatcher(deps, sender.current, undefined);
    expect(offline).toEqual({ ok: false, message: expect.stringMatching(/^No connection/) });
  });

  it('sends the signed record after the end, in parts the clinic puts together and verifies', async () => {
    const c = await clinic();
    const { store, sender, session } = await setUp(c.live);
    await store.append({ kind: 'patient-words', data: { text: 'private words' } });
    r.clock.t += 60_000;
    expect(await store.end({ reason: 'test' })).toBe(true);
    sender.follow({ sessionId: session.id, live: c.live });
    await sender.kick();
    const read = await clinicReads(c, await relaySession());
    expect(read.map((e) => e.class).slice(0, 3)).toEqual(['started', 'record', 'ended']);
    const parts = read.flatMap((e) => (e.payload.type === 'record' ? [e.payload] : []));
    expect(parts.length).toBeGreaterThan(0);
    expect(parts.map((p) => p.part)).toEqual(parts.map((_, i) => i));
    const text = parts.map((p) => p.text).join('');
    const verdict = await verifyRecord(text, DEPS);
    expect(verdict.ok).toBe(true);
    expect(text).not.toContain('private words');
    // Once queued, the record is never queued again.
    await sender.kick();
    expect((await clinicReads(c, await relaySession())).length).toBe(read.length);
  });
});
