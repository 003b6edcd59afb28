// The optional patient lock as stored in settings: a PIN's derived hash (never the PIN) and/or the
// id of a device-unlock credential. Read defensively: storage may hold an older or damaged shape.

/** A PIN as stored: PBKDF2-HMAC-SHA256 of the PIN with a random salt; base64 bytes. */
export interface PinSecret {
  kdf: 'PBKDF2-SHA256';
  salt: string;
  iterations: number;
  hash: string;
}

/** The lock setting; with neither a PIN nor a credential nothing is locked. */
export interface PatientLock {
  v: 1;
  pin?: PinSecret;
  /** Base64url id of a platform (device unlock) credential registered on this device. */
  credentialId?: string;
}

/** No lock at all (the default: locking is optional). */
export const NO_LOCK: PatientLock = { v: 1 };

/** OWASP's minimum for PBKDF2-HMAC-SHA256; new PINs never use fewer iterations. */
export const PIN_MIN_ITERATIONS = 600_000;

/** A PIN is 4 to 12 digits. */
export function isAcceptablePin(pin: string): boolean {
  return /^\d{4,12}$/.test(pin);
}

/** Whether the patient's entries and view are locked. */
export function isLocked(lock: PatientLock): boolean {
  return lock.pin !== undefined || lock.credentialId !== undefined;
}

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;
const BASE64URL = /^[A-Za-z0-9_-]+$/;

function parsePin(v: unknown): PinSecret | undefined {
  if (typeof v !== 'object' || v === null) return undefined;
  const p = v as Record<string, unknown>;
  const { salt, hash, iterations } = p;
  const ok =
    p.kdf === 'PBKDF2-SHA256' &&
    typeof salt === 'string' &&
    BASE64.test(salt) &&
    typeof hash === 'string' &&
    BASE64.test(hash) &&
    Number.isInteger(iterations) &&
    (iterations as number) >= 1 &&
    (iterations as number) <= 10_000_000;
  return ok ? { kdf: 'PBKDF2-SHA256', salt, hash, iterations: iterations as number } : undefined;
}

/** A stored lock, validated; undefined when the shape is wrong (the reader then falls back). */
export function parsePatientLock(v: unknown): PatientLock | undefined {
  if (typeof v !== 'object' || v === null || (v as { v?: unknown }).v !== 1) return undefined;
  const r = v as Record<string, unknown>;
  const pin = r.pin === undefined ? undefined : parsePin(r.pin);
  if (r.pin !== undefined && !pin) return undefined;
  const id = r.credentialId;
  if (id !== undefined && (typeof id !== 'string' || !BASE64URL.test(id))) return undefined;
  return { v: 1, ...(pin && { pin }), ...(typeof id === 'string' && { credentialId: id }) };
}
