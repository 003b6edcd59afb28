import { afterEach, describe, expect, it, vi } from 'vitest';
import { PAIRING_TTL_MS } from '../../src/domain/relay/pairing-wire';
import { CLINIC_KEY, SETUP, STORES, testRelay, type TestRelay } from './helpers';

vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

// Pairing a second clinic device: a one-time code, claimed once with the new device's pairing
// key; the clinic key delivered sealed, once, to the claimant only; nothing left afterwards.

const PAIRING_KEY = `B${'C'.repeat(86)}`;
const SEALED = { enc: `B${'D'.repeat(86)}`, ciphertext: 'c2VhbGVk' };

describe.each(STORES)('pairing on %s', (kind) => {
  let r: TestRelay;
  afterEach(async () => r?.close());

  async function clinic(name = 'Lee Clinic') {
    const made = await r.call('POST', '/api/v1/clinics', {
      token: SETUP,
      body: { name, publicKey: CLINIC_KEY },
    });
    return made.body as { clinicId: string; deviceId: string; deviceToken: string };
  }

  it('moves the sealed key from the first device to the claimant, once', async () => {
    r = await testRelay(kind);
    const a = await clinic();
    const opened = await r.call('POST', `/api/v1/clinics/${a.clinicId}/pairings`, {
      token: a.deviceToken,
      body: {},
    });
    expect(opened.status).toBe(201);
    const { pairingId, code } = opened.body as { pairingId: string; code: string };
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{10}$/);
    const stored = JSON.stringify(await r.relay.store.query('SELECT * FROM pairings'));
    expect(stored).not.toContain(code);

    // Typed as a person would: lower case, a dash.
    const typed = `${code.slice(0, 5).toLowerCase()}-${code.slice(5)}`;
    const claim = await r.call('POST', '/api/v1/pairings/claim', {
      body: { code: typed, publicKey: PAIRING_KEY },
    });
    expect(claim.status).toBe(201);
    const { claimToken } = claim.body as { claimToken: string };
    const again = await r.call('POST', '/api/v1/pairings/claim', {
      body: { code, publicKey: CLINIC_KEY },
    });
    expect([again.status, again.body.field]).toEqual([404, 'code']);

    const seen = await r.call('GET', `/api/v1/pairings/${pairingId}`, { token: a.deviceToken });
    expect(seen.body).toMatchObject({ claimedKey: PAIRING_KEY, delivered: false });
    const early = await r.call('GET', `/api/v1/pairings/${pairingId}/delivery`, {
      token: claimToken,
    });
    expect(early.body).toEqual({ delivered: false });
    const wrong = await r.call('GET', `/api/v1/pairings/${pairingId}/delivery`, {
      token: `${claimToken}x`,
    });
    expect(wrong.status).toBe(401);

    const deliver = () =>
      r.call('POST', `/api/v1/pairings/${pairingId}/deliver`, {
        token: a.deviceToken,
        body: SEALED,
      });
    expect((await deliver()).status).toBe(200);
    expect((await deliver()).status).toBe(409);
    const got = await r.call('GET', `/api/v1/pairings/${pairingId}/delivery`, {
      token: claimToken,
    });
    expect(got.body).toEqual({ delivered: true, clinicId: a.clinicId, ...SEALED });
    const twice = await r.call('GET', `/api/v1/pairings/${pairingId}/delivery`, {
      token: claimToken,
    });
    expect(twice.status).toBe(404);
    expect(await r.relay.store.query('SELECT * FROM pairings')).toHaveLength(0);
  });

  it('refuses another clinic’s device, a delivery before the claim, and an expired code', async () => {
    r = await testRelay(kind);
    const a = await clinic();
    const b = await clinic('Other Clinic');
    const opened = await r.call('POST', `/api/v1/clinics/${a.clinicId}/pairings`, {
      token: a.deviceToken,
      body: {},
    });
    const { pairingId, code } = opened.body as { pairingId: string; code: string };
    const foreign = await r.call('POST', `/api/v1/clinics/${a.clinicId}/pairings`, {
      token: b.deviceToken,
      body: {},
    });
    expect(foreign.status).toBe(403);
    const peek = await r.call('GET', `/api/v1/pairings/${pairingId}`, { token: b.deviceToken });
    expect(peek.status).toBe(403);
    const unclaimed = await r.call('POST', `/api/v1/pairings/${pairingId}/deliver`, {
      token: a.deviceToken,
      body: SEALED,
    });
    expect(unclaimed.status).toBe(409);
    const bad = await r.call('POST', '/api/v1/pairings/claim', {
      body: { code: 'ILOU000000', publicKey: PAIRING_KEY },
    });
    expect([bad.status, bad.body.field]).toEqual([400, 'code']);
    r.clock.t += PAIRING_TTL_MS;
    const late = await r.call('POST', '/api/v1/pairings/claim', {
      body: { code, publicKey: PAIRING_KEY },
    });
    expect(late.status).toBe(404);
    const gone = await r.call('GET', `/api/v1/pairings/${pairingId}`, { token: a.deviceToken });
    expect(gone.status).toBe(404);
  });
});
