import { describe, expect, it } from 'vitest';
import { toBase64Url } from '../../src/domain/parse/base64';
import type { LivePayload } from '../../src/domain/relay/live-event';
import { generateKeyPair, serializePublicKey } from '../../src/lib/hpke';
import { openLive, sealLive, type LivePlace } from '../../src/platform/live-crypto';

const place: LivePlace = {
  relaySessionId: '7b0c7a52-3b8e-4d59-9a43-0f7f1d3c2a10',
  seq: 4,
  envelope: { class: 'check-in', at: 1_780_000_000_000, nextDueAt: 1_780_000_900_000 },
};
const payload: LivePayload = { v: 1, type: 'record', part: 0, parts: 1, text: 'log' };

async function clinic() {
  const pair = await generateKeyPair();
  return { pair, publicKey: toBase64Url(await serializePublicKey(pair.publicKey)) };
}

describe('live events sealed to the clinic key', () => {
  it('open on the clinic device to the payload that was sealed', async () => {
    const { pair, publicKey } = await clinic();
    const sealed = await sealLive(publicKey, place, payload);
    expect(sealed.enc).toMatch(/^[A-Za-z0-9_-]{87}$/);
    expect(await openLive(pair.privateKey, publicKey, place, sealed)).toEqual(payload);
  });

  it('refuse to open when the relay moved the payload to another seq, class or session', async () => {
    const { pair, publicKey } = await clinic();
    const sealed = await sealLive(publicKey, place, payload);
    const moved: LivePlace[] = [
      { ...place, seq: 5 },
      { ...place, envelope: { ...place.envelope, class: 'record' } },
      { ...place, envelope: { ...place.envelope, nextDueAt: null } },
      { ...place, relaySessionId: '00000000-0000-4000-8000-000000000000' },
    ];
    for (const p of moved)
      await expect(openLive(pair.privateKey, publicKey, p, sealed)).rejects.toThrow();
  });

  it('cannot be opened with another clinic key', async () => {
    const a = await clinic();
    const b = await clinic();
    const sealed = await sealLive(a.publicKey, place, payload);
    await expect(openLive(b.pair.privateKey, b.publicKey, place, sealed)).rejects.toThrow();
  });

  it('refuses a key that is not a P-256 point', async () => {
    await expect(sealLive('AAAA', place, payload)).rejects.toThrow(/not a P-256 public key/);
  });
});
