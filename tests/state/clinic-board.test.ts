import { describe, expect, it } from 'vitest';
import { toBase64Url } from '../../src/domain/parse/base64';
import { generateKeyPair, serializePublicKey } from '../../src/lib/hpke';
import { sealLive } from '../../src/platform/live-crypto';
import { openFeedEvent } from '../../src/state/clinic-board';
import { chainLog, richInputs } from '../fixtures/session-record';

// Each stream event is opened with the clinic key and checked before the board uses it: one
// moved by the relay, sealed to another key, or carrying a malformed entry is refused with why.

const SID = '7b0c7a52-3b8e-4d59-9a43-0f7f1d3c2a10';

async function setUp() {
  const pair = await generateKeyPair();
  const publicKey = toBase64Url(await serializePublicKey(pair.publicKey));
  const console = {
    key: { id: 'clinic-hpke', ...pair, createdAt: 0 },
    device: {
      clinicId: 'c',
      deviceId: 'd',
      deviceToken: 't',
      name: 'Lee',
      publicKey,
      fingerprint: 'F',
      registeredAt: 0,
    },
  };
  const [entry] = await chainLog('s', richInputs().slice(0, 1));
  const envelope = { class: 'started' as const, at: entry!.at, nextDueAt: entry!.at + 900_000 };
  const place = { relaySessionId: SID, seq: entry!.seq, envelope };
  const event = async (payload: unknown, key = publicKey) => ({
    sessionId: SID,
    seq: entry!.seq,
    ...envelope,
    ...(await sealLive(key, place, payload as never)),
  });
  return { console, entry: entry!, event };
}

describe('openFeedEvent', () => {
  it('opens and checks an event sealed to this clinic for its place', async () => {
    const { console, entry, event } = await setUp();
    const read = await openFeedEvent(console, await event({ v: 1, type: 'entry', entry }));
    expect(read).toEqual({ ok: true, payload: { v: 1, type: 'entry', entry } });
  });

  it('refuses an event the relay moved, one sealed to another key, and a malformed entry', async () => {
    const { console, entry, event } = await setUp();
    const good = await event({ v: 1, type: 'entry', entry });
    const moved = await openFeedEvent(console, { ...good, nextDueAt: good.nextDueAt + 1 });
    expect(moved).toMatchObject({ ok: false, reason: /did not open/ });
    const other = await generateKeyPair();
    const otherKey = toBase64Url(await serializePublicKey(other.publicKey));
    const foreign = await openFeedEvent(
      console,
      await event({ v: 1, type: 'entry', entry }, otherKey),
    );
    expect(foreign).toMatchObject({ ok: false, reason: /did not open/ });
    const bad = await event({ v: 1, type: 'entry', entry: { ...entry, kind: 'shouting' } });
    expect(await openFeedEvent(console, bad)).toMatchObject({ ok: false, reason: /kind/ });
  });
});
