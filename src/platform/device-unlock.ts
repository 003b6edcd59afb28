import { fromBase64Url, toBase64Url } from '../domain/parse/base64';

// The device's own unlock (fingerprint, face, device PIN) as an optional patient lock, through a
// WebAuthn platform authenticator with user verification required. There is no server: the
// challenge is random and checked here, and the credential's signature is not verified. So this
// is a local presence check ("the device owner just unlocked"), a privacy curtain on a shared
// phone, not an authentication anyone else could rely on.

/** The parts of `navigator.credentials` used here (injectable for tests). */
export type CredentialsLike = Pick<CredentialsContainer, 'create' | 'get'>;

const TIMEOUT_MS = 60_000;
// Flags byte of authenticatorData (after the 32-byte RP id hash): user present, user verified.
const FLAGS_OFFSET = 32;
const UP_AND_UV = 0x01 | 0x04;

const random = (n: number) => crypto.getRandomValues(new Uint8Array(n));

/** Whether this browser and device offer a user-verifying platform authenticator. */
export async function isDeviceUnlockAvailable(): Promise<boolean> {
  const pkc = globalThis.PublicKeyCredential;
  if (
    !globalThis.isSecureContext ||
    typeof pkc?.isUserVerifyingPlatformAuthenticatorAvailable !== 'function'
  )
    return false;
  try {
    return await pkc.isUserVerifyingPlatformAuthenticatorAvailable();
  } catch {
    return false;
  }
}

/** Register a device-unlock credential; its base64url id, or undefined if cancelled or refused. */
export async function registerDeviceUnlock(
  userName: string,
  credentials: CredentialsLike = navigator.credentials,
): Promise<string | undefined> {
  const name = userName.trim() || 'Patient';
  try {
    const cred = (await credentials.create({
      publicKey: {
        challenge: random(32),
        rp: { name: 'Sitwell' },
        user: { id: random(16), name, displayName: name },
        pubKeyCredParams: [
          { type: 'public-key', alg: -7 },
          { type: 'public-key', alg: -257 },
        ],
        authenticatorSelection: {
          authenticatorAttachment: 'platform',
          userVerification: 'required',
          residentKey: 'discouraged',
        },
        attestation: 'none',
        timeout: TIMEOUT_MS,
      },
    })) as PublicKeyCredential | null;
    return cred ? toBase64Url(new Uint8Array(cred.rawId)) : undefined;
  } catch {
    // NotAllowedError (cancelled, timed out) and the rest: not registered.
    return undefined;
  }
}

/** Ask the device to unlock with the registered credential; true only if the owner verified. */
export async function verifyDeviceUnlock(
  credentialId: string,
  credentials: CredentialsLike = navigator.credentials,
): Promise<boolean> {
  const challenge = random(32);
  const id = fromBase64Url(credentialId);
  if (!id) return false;
  try {
    const cred = (await credentials.get({
      publicKey: {
        challenge,
        allowCredentials: [{ type: 'public-key', id, transports: ['internal'] }],
        userVerification: 'required',
        timeout: TIMEOUT_MS,
      },
    })) as PublicKeyCredential | null;
    if (!cred || toBase64Url(new Uint8Array(cred.rawId)) !== credentialId) return false;
    const response = cred.response as AuthenticatorAssertionResponse;
    const client = JSON.parse(new TextDecoder().decode(response.clientDataJSON)) as {
      type?: string;
      challenge?: string;
    };
    if (client.type !== 'webauthn.get' || client.challenge !== toBase64Url(challenge)) return false;
    const flags = new Uint8Array(response.authenticatorData)[FLAGS_OFFSET] ?? 0;
    return (flags & UP_AND_UV) === UP_AND_UV;
  } catch {
    return false;
  }
}
