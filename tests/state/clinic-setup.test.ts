import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { toBase64Url } from '../../src/domain/parse/base64';
import { clinicFingerprint } from '../../src/domain/relay/clinic-key';
import { serializePublicKey } from '../../src/lib/hpke';
import { sha256Hex } from '../../src/platform/crypto';
import { loadClinicConsole, setUpClinic } from '../../src/state/clinic-setup';
import { CLINIC_DEVICE, CLINIC_REFUSED, CLINIC_TRIAGE } from '../../src/storage/clinic-settings';
import { findClinicKey } from '../../src/storage/clinic-key';
import { openSitwellDb, type Db } from '../../src/storage/db';

// Setting the console up: the key made here and kept non-extractable, the relay asked with the
// set-up code, the registration kept; a refusal keeps the key for the next try, and nothing else.

let db: Db;
const calls: { url: string; init: RequestInit }[] = [];
let answer: () => Response;

beforeEach(async () => {
  db = await openSitwellDb(`t-${crypto.randomUUID()}`);
  calls.length = 0;
  vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
    calls.push({ url, init });
    return answer();
  });
});
afterEach(() => {
  vi.unstubAllGlobals();
  db.close();
});

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
const ids = { clinicId: 'c-1', deviceId: 'd-1', deviceToken: 'tok.secret' };

describe('setUpClinic', () => {
  it('makes a non-extractable key, registers its public half and keeps the registration', async () => {
    answer = () => json(201, ids);
    const r = await setUpClinic(db, { name: ' Lee Clinic ', setupCode: ' code ' });
    if (!r.ok) throw new Error(r.message);
    const key = await findClinicKey(db);
    expect(key!.privateKey.extractable).toBe(false);
    const publicKey = toBase64Url(await serializePublicKey(key!.publicKey));
    expect(calls).toHaveLength(1);
    expect(calls[0]!.url).toBe('/api/v1/clinics');
    expect(new Headers(calls[0]!.init.headers).get('authorization')).toBe('Bearer code');
    expect(JSON.parse(calls[0]!.init.body as string)).toMatchObject({
      name: 'Lee Clinic',
      publicKey,
    });
    expect(r.console.device).toMatchObject({
      ...ids,
      name: 'Lee Clinic',
      publicKey,
      fingerprint: await clinicFingerprint(publicKey, sha256Hex),
    });
    expect((await loadClinicConsole(db))?.device).toEqual(r.console.device);
    const again = await setUpClinic(db, { name: 'Other', setupCode: 'code' });
    expect(again).toMatchObject({ ok: false, message: /already set up/ });
    expect(calls).toHaveLength(1);
  });

  it('keeps nothing but the key when the relay refuses, and uses that key on the next try', async () => {
    answer = () => json(401, { error: 'unauthorized', field: 'authorization' });
    const refused = await setUpClinic(db, { name: 'Lee', setupCode: 'wrong' });
    expect(refused).toMatchObject({ ok: false, message: /did not accept/ });
    expect(await loadClinicConsole(db)).toBeNull();
    const first = await findClinicKey(db);
    answer = () => json(201, ids);
    const ok = await setUpClinic(db, { name: 'Lee', setupCode: 'right' });
    expect(ok.ok).toBe(true);
    const key = await findClinicKey(db);
    expect(key!.createdAt).toBe(first!.createdAt);
    const [a, b] = calls.map(
      (c) => (JSON.parse(c.init.body as string) as { publicKey: string }).publicKey,
    );
    expect(a).toBe(b);
  });

  it('asks for a name and a code before calling the relay', async () => {
    answer = () => json(201, ids);
    expect(await setUpClinic(db, { name: ' ', setupCode: 'x' })).toMatchObject({ ok: false });
    expect(await setUpClinic(db, { name: 'Lee', setupCode: '' })).toMatchObject({ ok: false });
    expect(calls).toHaveLength(0);
  });

  it('says the relay cannot be reached when fetch fails', async () => {
    answer = () => {
      throw new TypeError('Failed to fetch');
    };
    expect(await setUpClinic(db, { name: 'Lee', setupCode: 'x' })).toMatchObject({
      ok: false,
      message: /could not be reached/,
    });
  });
});

describe('the console settings, read defensively', () => {
  it('reads a whole registration only', () => {
    const device = { ...ids, name: 'L', publicKey: 'k', fingerprint: 'F', registeredAt: 1 };
    expect(CLINIC_DEVICE.parse(device, 1)).toEqual(device);
    expect(CLINIC_DEVICE.parse({ ...device, deviceToken: '' }, 1)).toBeUndefined();
    expect(CLINIC_DEVICE.parse(device, 2)).toBeUndefined();
    expect(CLINIC_DEVICE.parse([], 1)).toBeUndefined();
  });

  it('keeps only whole refusals', () => {
    const r = { sessionId: 's', reason: 'The signature does not match.', arrivedAt: 5 };
    expect(CLINIC_REFUSED.parse([r, { ...r, arrivedAt: '5' }, null], 1)).toEqual([r]);
    expect(CLINIC_REFUSED.parse({}, 1)).toBeUndefined();
  });

  it('keeps only known triage values', () => {
    expect(CLINIC_TRIAGE.parse({ a: 'reviewed', b: 'maybe', c: 'to-review' }, 1)).toEqual({
      a: 'reviewed',
      c: 'to-review',
    });
  });
});
