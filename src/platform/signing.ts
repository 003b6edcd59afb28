import { fromBase64Url, toBase64Url } from '../domain/parse/base64';
import type { RecordSigner } from '../domain/report/build-record';
import { fingerprintOf } from '../domain/report/fingerprint';
import type { PublicKeyJwk } from '../domain/report/record-format';
import type { VerifyDeps } from '../domain/report/verify-record';
import { sha256Hex } from './crypto';
import { quickSha256Hex } from './quick-sha256';

// The device's signing key, with WebCrypto: ECDSA P-256 with SHA-256 (ES256). The private key is
// created non-extractable, so script can use it to sign but never read it out.

const ALGORITHM: EcKeyGenParams = { name: 'ECDSA', namedCurve: 'P-256' };
const SIGN: EcdsaParams = { name: 'ECDSA', hash: 'SHA-256' };

/** A new key pair: the private key non-extractable, the public key exportable. */
export function generateSigningKeyPair(): Promise<CryptoKeyPair> {
  // `extractable: false` applies to the private key only; a public key is always exportable.
  return crypto.subtle.generateKey(ALGORITHM, false, ['sign', 'verify']);
}

/** The public key as a JWK with only kty, crv, x and y. */
export async function publicKeyJwk(publicKey: CryptoKey): Promise<PublicKeyJwk> {
  const jwk = await crypto.subtle.exportKey('jwk', publicKey);
  return { kty: 'EC', crv: 'P-256', x: jwk.x!, y: jwk.y! };
}

/** Sign the UTF-8 of `text`; the raw r||s signature as base64url. */
export async function signText(privateKey: CryptoKey, text: string): Promise<string> {
  const sig = await crypto.subtle.sign(SIGN, privateKey, new TextEncoder().encode(text));
  return toBase64Url(new Uint8Array(sig));
}

/** Whether `signature` (base64url r||s) is `jwk`'s signature of `text`; false for junk. */
export async function verifySignature(
  jwk: PublicKeyJwk,
  text: string,
  signature: string,
): Promise<boolean> {
  try {
    const { kty, crv, x, y } = jwk;
    const key = await crypto.subtle.importKey('jwk', { kty, crv, x, y }, ALGORITHM, false, [
      'verify',
    ]);
    const bytes = fromBase64Url(signature);
    if (!bytes) return false;
    return await crypto.subtle.verify(SIGN, key, bytes, new TextEncoder().encode(text));
  } catch {
    return false;
  }
}

/** A signer for records made from the device's key pair. */
export async function recordSigner(pair: {
  privateKey: CryptoKey;
  publicKey: CryptoKey;
}): Promise<RecordSigner> {
  const jwk = await publicKeyJwk(pair.publicKey);
  return {
    publicKeyJwk: jwk,
    fingerprint: await fingerprintOf(jwk, sha256Hex),
    sign: (text) => signText(pair.privateKey, text),
  };
}

/** The fingerprint of a public key, for Settings ("AB12-CD34-EF56-7890"). */
export async function keyFingerprint(publicKey: CryptoKey): Promise<string> {
  return fingerprintOf(await publicKeyJwk(publicKey), sha256Hex);
}

/** What verifyRecord needs in the app: the quick SHA-256 and WebCrypto's signature check. */
export const RECORD_VERIFY_DEPS: VerifyDeps = {
  sha256: quickSha256Hex,
  verifySignature: (jwk, text, signature) => verifySignature(jwk, text, signature),
};
