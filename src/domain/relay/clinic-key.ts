import type { Sha256Hex } from '../log/hash-chain';
import type { ClinicLink } from '../protocol/clinic';

// The clinic's key as people compare it: a fingerprint read aloud or off a printed page, and the
// checks the sitter's app makes before it sends a word to that key.

/** "AB12-CD34-…": SHA-256 of the key's base64url text, its first 32 hex digits in fours. */
export async function clinicFingerprint(publicKey: string, sha256: Sha256Hex): Promise<string> {
  const hex = (await sha256(`sitwell-clinic-key:${publicKey}`)).slice(0, 32).toUpperCase();
  return hex.match(/.{4}/g)!.join('-');
}

/**
 * Why a protocol's clinic cannot be used from this app, or undefined when it can: its relay must
 * be this app's own origin (the only place the app may send to), and its fingerprint must belong
 * to its key (a link that was altered, or copied wrong, is refused rather than trusted).
 */
export async function clinicLinkProblem(
  clinic: ClinicLink,
  appOrigin: string,
  sha256: Sha256Hex,
): Promise<string | undefined> {
  if (clinic.relay !== appOrigin) {
    return (
      `Clinic: this protocol is for the Sitwell at ${clinic.relay}, but this is ${appOrigin}. ` +
      `Open the link the clinic gave in that Sitwell, or ask the clinic for a link to this one.`
    );
  }
  if ((await clinicFingerprint(clinic.publicKey, sha256)) !== clinic.fingerprint) {
    return (
      'Clinic: the key fingerprint in this protocol does not match its key, so the link was ' +
      'changed or copied wrong. Ask the clinic for the link again.'
    );
  }
  return undefined;
}

/** What the relay answered for the clinic, compared with what the protocol names. */
export type ClinicKeyCheck = 'same' | 'changed' | 'unknown-clinic';

/** Whether the relay's record of the clinic still has the protocol's key. */
export function compareClinicKey(
  clinic: Pick<ClinicLink, 'id' | 'publicKey'>,
  answer: { id?: unknown; publicKey?: unknown } | undefined,
): ClinicKeyCheck {
  if (!answer || answer.id !== clinic.id) return 'unknown-clinic';
  return answer.publicKey === clinic.publicKey ? 'same' : 'changed';
}
