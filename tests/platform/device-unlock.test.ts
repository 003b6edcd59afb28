import { describe, expect, it } from 'vitest';
import { toBase64Url } from '../../src/domain/parse/base64';
import {
  isDeviceUnlockAvailable,
  registerDeviceUnlock,
  verifyDeviceUnlock,
  type CredentialsLike,
} from '../../src/platform/device-unlock';

// WebAuthn needs a browser and a device; here a fake authenticator answers as a real one would.

const RAW_ID = new Uint8Array([7, 7, 7, 7]);
const ID = toBase64Url(RAW_ID);

/** Authenticator data: 32 bytes of RP id hash, then the flags byte, then a counter. */
function authData(flags: number): ArrayBuffer {
  const bytes = new Uint8Array(37);
  bytes[32] = flags;
  return bytes.buffer;
}

/** A fake authenticator; `tamper` changes what it answers. */
function fake(
  tamper: { flags?: number; rawId?: Uint8Array; type?: string; challenge?: string } = {},
) {
  const calls: CredentialRequestOptions[] = [];
  const creds: CredentialsLike = {
    create: async () => ({ rawId: RAW_ID.buffer }) as unknown as Credential,
    get: async (options?: CredentialRequestOptions) => {
      calls.push(options!);
      const challenge = new Uint8Array(options!.publicKey!.challenge as ArrayBuffer);
      const client = {
        type: tamper.type ?? 'webauthn.get',
        challenge: tamper.challenge ?? toBase64Url(challenge),
      };
      return {
        rawId: (tamper.rawId ?? RAW_ID).buffer,
        response: {
          clientDataJSON: new TextEncoder().encode(JSON.stringify(client)).buffer,
          authenticatorData: authData(tamper.flags ?? 0x05),
        },
      } as unknown as Credential;
    },
  };
  return { creds, calls };
}

describe('device unlock', () => {
  it('is unavailable where there is no platform authenticator (as in Node)', async () => {
    expect(await isDeviceUnlockAvailable()).toBe(false);
  });

  it('registers a credential and returns its id', async () => {
    expect(await registerDeviceUnlock('Sam', fake().creds)).toBe(ID);
    const refusing: CredentialsLike = {
      create: async () => Promise.reject(new DOMException('cancelled', 'NotAllowedError')),
      get: async () => null,
    };
    expect(await registerDeviceUnlock('Sam', refusing)).toBeUndefined();
  });

  it('unlocks only when that credential answers this challenge with the user verified', async () => {
    const ok = fake();
    expect(await verifyDeviceUnlock(ID, ok.creds)).toBe(true);
    expect(ok.calls[0]!.publicKey!.userVerification).toBe('required');
    expect(await verifyDeviceUnlock(ID, fake({ flags: 0x01 }).creds)).toBe(false);
    expect(await verifyDeviceUnlock(ID, fake({ rawId: new Uint8Array([1]) }).creds)).toBe(false);
    expect(await verifyDeviceUnlock(ID, fake({ type: 'webauthn.create' }).creds)).toBe(false);
    expect(await verifyDeviceUnlock(ID, fake({ challenge: 'old' }).creds)).toBe(false);
    const cancelled: CredentialsLike = {
      create: async () => null,
      get: async () => Promise.reject(new DOMException('cancelled', 'NotAllowedError')),
    };
    expect(await verifyDeviceUnlock(ID, cancelled)).toBe(false);
  });
});
