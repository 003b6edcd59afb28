import * as v from 'valibot';
import { LIMITS } from './limits';
import { P256_PUBLIC_KEY } from './wire';

// The wire format of pairing a second clinic device (docs/relay.md): a one-time code, the new
// device's pairing key, and the clinic key sealed to it. Shared by the relay and the app.

/** A pairing lasts this long from its code [SITWELL-DEFAULT]. */
export const PAIRING_TTL_MS = 10 * 60_000;

/** Letters of a pairing code: Crockford's base32 (no I, L, O, U to misread). */
export const PAIRING_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** Characters in a code: 10, 50 bits. */
export const PAIRING_CODE_CHARS = 10;

/** A code as a person types it: case, spaces and dashes do not matter. */
export function normalizePairingCode(text: string): string {
  return text.toUpperCase().replace(/[\s-]/g, '');
}

const code = v.pipe(
  v.string('must be a string'),
  v.transform(normalizePairingCode),
  v.regex(
    new RegExp(`^[${PAIRING_ALPHABET}]{${PAIRING_CODE_CHARS}}$`),
    `must be the ${PAIRING_CODE_CHARS}-character code the other device shows`,
  ),
);

/** POST /api/v1/pairings/claim: the new device answers the code with its pairing key. */
export const PairingClaimSchema = v.object({ code, publicKey: P256_PUBLIC_KEY });

/** POST /api/v1/pairings/:id/deliver: the clinic key sealed to the new device's pairing key. */
export const PairingDeliverSchema = v.object({
  enc: P256_PUBLIC_KEY,
  ciphertext: v.pipe(
    v.string('must be a string'),
    v.minLength(1, 'must not be empty'),
    v.maxLength(LIMITS.ciphertextChars, `must be at most ${LIMITS.ciphertextChars} characters`),
    v.regex(/^[A-Za-z0-9_-]*$/, 'must be base64url'),
  ),
});
