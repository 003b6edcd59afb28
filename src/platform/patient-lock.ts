import { fromBase64, toBase64 } from '../domain/parse/base64';
import { PIN_MIN_ITERATIONS, type PinSecret } from '../domain/review/patient-lock';

// The optional patient lock's browser side: a PIN stretched with PBKDF2 (WebCrypto), and the
// device's own unlock (fingerprint, face, device PIN) through a WebAuthn platform authenticator.
// Honest limits: with no server, both are a local privacy curtain for a shared phone, not
// protection against someone who can read this browser's storage with developer tools. Locking
// must never stand between the sitter and the session screens or alarms.

const encoder = new TextEncoder();

/** Whether two byte arrays are equal, looking at every byte whatever the first difference. */
export function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a[i]! ^ b[i]!;
  return diff === 0;
}

async function derive(pin: string, salt: Uint8Array<ArrayBuffer>, iterations: number) {
  const key = await crypto.subtle.importKey('raw', encoder.encode(pin), 'PBKDF2', false, [
    'deriveBits',
  ]);
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    key,
    256,
  );
  return new Uint8Array(bits);
}

/**
 * Stretch a new PIN with PBKDF2-HMAC-SHA256 and a random 16-byte salt. `iterations` defaults to
 * OWASP's 600,000; tests may pass fewer to run fast, the app never does.
 */
export async function createPinSecret(
  pin: string,
  iterations = PIN_MIN_ITERATIONS,
): Promise<PinSecret> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const hash = await derive(pin, salt, iterations);
  return { kdf: 'PBKDF2-SHA256', salt: toBase64(salt), iterations, hash: toBase64(hash) };
}

/**
 * Whether a PIN matches the stored secret (the comparison does not stop at the first difference).
 */
export async function verifyPin(pin: string, secret: PinSecret): Promise<boolean> {
  const salt = fromBase64(secret.salt);
  const stored = fromBase64(secret.hash);
  if (!salt || !stored) return false;
  const hash = await derive(pin, salt, secret.iterations);
  return equalBytes(hash, stored);
}
