import { canonicalJson } from '../log/canonical-json';
import type { Sha256Hex } from '../log/hash-chain';
import type { PublicKeyJwk } from './record-format';

// A public key's short fingerprint, to be read aloud and compared over the phone.

/** "AB12-CD34-EF56-7890": the first 16 hex digits of SHA-256(canonical JWK), in fours. */
export async function fingerprintOf(jwk: PublicKeyJwk, sha256: Sha256Hex): Promise<string> {
  const { crv, kty, x, y } = jwk;
  const hex = (await sha256(canonicalJson({ crv, kty, x, y }))).slice(0, 16).toUpperCase();
  return hex.match(/.{4}/g)!.join('-');
}
