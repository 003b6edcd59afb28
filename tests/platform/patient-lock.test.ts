import { describe, expect, it } from 'vitest';
import { fromBase64, fromBase64Url, toBase64Url } from '../../src/domain/parse/base64';
import {
  isAcceptablePin,
  isLocked,
  NO_LOCK,
  parsePatientLock,
  PIN_MIN_ITERATIONS,
} from '../../src/domain/review/patient-lock';
import { createPinSecret, equalBytes, verifyPin } from '../../src/platform/patient-lock';

// Real WebCrypto (Node 20 has it). Most tests inject a low iteration count to run fast; one runs
// the default to prove it is OWASP's 600,000.

const FAST = 1_000;

describe('PIN lock', () => {
  it('derives a 32-byte hash with a random 16-byte salt, and stores no PIN', async () => {
    const secret = await createPinSecret('482913', FAST);
    expect(secret.kdf).toBe('PBKDF2-SHA256');
    expect(fromBase64(secret.salt)).toHaveLength(16);
    expect(fromBase64(secret.hash)).toHaveLength(32);
    expect(JSON.stringify(secret)).not.toContain('482913');
    const again = await createPinSecret('482913', FAST);
    expect(again.salt).not.toBe(secret.salt);
    expect(again.hash).not.toBe(secret.hash);
  });

  it('verifies the right PIN and refuses a wrong one', async () => {
    const secret = await createPinSecret('2580', FAST);
    expect(await verifyPin('2580', secret)).toBe(true);
    expect(await verifyPin('2581', secret)).toBe(false);
    expect(await verifyPin('', secret)).toBe(false);
    expect(await verifyPin('2580', { ...secret, iterations: FAST + 1 })).toBe(false);
  });

  it('uses at least 600,000 iterations by default', async () => {
    expect(PIN_MIN_ITERATIONS).toBeGreaterThanOrEqual(600_000);
    const secret = await createPinSecret('1234');
    expect(secret.iterations).toBe(PIN_MIN_ITERATIONS);
    expect(await verifyPin('1234', secret)).toBe(true);
  }, 20_000);

  it('compares bytes without regard to where they first differ', () => {
    expect(equalBytes(new Uint8Array([1, 2, 3]), new Uint8Array([1, 2, 3]))).toBe(true);
    expect(equalBytes(new Uint8Array([1, 2, 3]), new Uint8Array([1, 2, 4]))).toBe(false);
    expect(equalBytes(new Uint8Array([1, 2]), new Uint8Array([1, 2, 3]))).toBe(false);
  });

  it('accepts a PIN of 4 to 12 digits only', () => {
    expect(['1234', '123456789012'].every(isAcceptablePin)).toBe(true);
    expect(['123', '1234567890123', '12a4', ' 1234'].some(isAcceptablePin)).toBe(false);
  });
});

describe('the stored lock', () => {
  it('round-trips a PIN and a credential id, and reads damage as no valid lock', async () => {
    const pin = await createPinSecret('2580', FAST);
    const lock = { v: 1 as const, pin, credentialId: toBase64Url(new Uint8Array([250, 251, 252])) };
    expect(parsePatientLock(structuredClone(lock))).toEqual(lock);
    expect(isLocked(lock)).toBe(true);
    expect(isLocked(NO_LOCK)).toBe(false);
    expect(parsePatientLock(NO_LOCK)).toEqual(NO_LOCK);
    for (const bad of [
      null,
      { v: 2 },
      { v: 1, pin: { ...pin, kdf: 'md5' } },
      { v: 1, pin: { ...pin, iterations: 0 } },
      { v: 1, pin: { ...pin, salt: 'not base64!' } },
      { v: 1, credentialId: 'a+b/' },
    ])
      expect(parsePatientLock(bad), JSON.stringify(bad)).toBeUndefined();
  });

  it('encodes base64url both ways', () => {
    const bytes = new Uint8Array([0, 255, 62, 63, 1]);
    expect(toBase64Url(bytes)).not.toMatch(/[+/=]/);
    expect([...(fromBase64Url(toBase64Url(bytes)) ?? [])]).toEqual([...bytes]);
  });
});
