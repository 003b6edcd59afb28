import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  generateSigningKeyPair,
  keyFingerprint,
  signText,
  verifySignature,
  publicKeyJwk,
} from '../../src/platform/signing';
import { openSitwellDb, type Db } from '../../src/storage/db';
import { DEVICE_SIGNING_KEY, deviceSigningKey, findDeviceSigningKey } from '../../src/storage/keys';

// The device key: made once, kept as a non-extractable CryptoKey (fake-indexeddb structured-clones
// Node's CryptoKey, so these tests store real keys), and the same for every caller.

const T0 = Date.UTC(2026, 2, 8, 19, 0);
let db: Db;

beforeEach(async () => {
  db = await openSitwellDb(`t-${crypto.randomUUID()}`);
});

afterEach(() => db.close());

describe('deviceSigningKey', () => {
  it('creates a non-extractable P-256 key at first use and returns it afterwards', async () => {
    expect(await findDeviceSigningKey(db)).toBeUndefined();
    const first = await deviceSigningKey(db, generateSigningKeyPair, T0);
    expect(first).toMatchObject({ id: DEVICE_SIGNING_KEY, createdAt: T0 });
    expect(first.privateKey.extractable).toBe(false);
    expect(first.privateKey.algorithm).toMatchObject({ name: 'ECDSA', namedCurve: 'P-256' });
    await expect(crypto.subtle.exportKey('jwk', first.privateKey)).rejects.toThrow();

    const generate = vi.fn(generateSigningKeyPair);
    const again = await deviceSigningKey(db, generate, T0 + 1000);
    expect(generate).not.toHaveBeenCalled();
    expect(again.createdAt).toBe(T0);
    expect(await keyFingerprint(again.publicKey)).toBe(await keyFingerprint(first.publicKey));
  });

  it('signs with the stored key, and the public key verifies it', async () => {
    const key = await deviceSigningKey(db, generateSigningKeyPair, T0);
    const stored = (await findDeviceSigningKey(db))!;
    const sig = await signText(stored.privateKey, 'head');
    expect(await verifySignature(await publicKeyJwk(key.publicKey), 'head', sig)).toBe(true);
    expect(await verifySignature(await publicKeyJwk(key.publicKey), 'heads', sig)).toBe(false);
  });

  it('makes exactly one key when first calls race', async () => {
    const keys = await Promise.all(
      Array.from({ length: 5 }, () => deviceSigningKey(db, generateSigningKeyPair, T0)),
    );
    const prints = await Promise.all(keys.map((k) => keyFingerprint(k.publicKey)));
    expect(new Set(prints).size).toBe(1);
    expect(await db.count('keys')).toBe(1);
    const stored = (await findDeviceSigningKey(db))!;
    expect(await keyFingerprint(stored.publicKey)).toBe(prints[0]);
  });

  it('makes one key across two connections (two tabs)', async () => {
    const other = await openSitwellDb(db.name);
    const [a, b] = await Promise.all([
      deviceSigningKey(db, generateSigningKeyPair, T0),
      deviceSigningKey(other, generateSigningKeyPair, T0),
    ]);
    expect(await keyFingerprint(a.publicKey)).toBe(await keyFingerprint(b.publicKey));
    other.close();
  });
});

describe('verifySignature', () => {
  it('answers false, never throws, for a junk key or signature', async () => {
    const jwk = { kty: 'EC', crv: 'P-256', x: 'AAAA', y: 'BBBB' } as const;
    expect(await verifySignature(jwk, 'x', 'AAAA')).toBe(false);
    const real = await publicKeyJwk((await generateSigningKeyPair()).publicKey);
    expect(await verifySignature(real, 'x', '!!not base64!!')).toBe(false);
    expect(await verifySignature(real, 'x', '')).toBe(false);
  });
});
