import { describe, expect, it } from 'vitest';
import {
  generateKeyPair,
  open,
  seal,
  serializePublicKey,
  setupBaseR,
  setupBaseS,
} from '../../src/lib/hpke';

// RFC 9180 Appendix A.3.1: DHKEM(P-256, HKDF-SHA256), HKDF-SHA256, AES-128-GCM, mode_base.
const A31 = {
  info: '4f6465206f6e2061204772656369616e2055726e',
  skEm: '4995788ef4b9d6132b249ce59a77281493eb39af373d236a1fe415cb0c2d7beb',
  pkEm:
    '04a92719c6195d5085104f469a8b9814d5838ff72b60501e2c4466e5e67b325ac9' +
    '8536d7b61a1af4b78e5b7f951c0900be863c403ce65c9bfcb9382657222d18c4',
  skRm: 'f3ce7fdae57e1a310d87f1ebbde6f328be0a99cdbcadf4d6589cf29de4b8ffd2',
  pkRm:
    '04fe8c19ce0905191ebc298a9245792531f26f0cece2460639e8bc39cb7f706a82' +
    '6a779b4cf969b8a0e539c7f62fb3d30ad6aa8f80e30f1d128aafd68a2ce72ea0',
  sharedSecret: 'c0d26aeab536609a572b07695d933b589dcf363ff9d93c93adea537aeabb8cb8',
  key: '868c066ef58aae6dc589b6cfdd18f97e',
  baseNonce: '4e0bc5018beba4bf004cca59',
  exporterSecret: '14ad94af484a7ad3ef40e9f3be99ecc6fa9036df9d4920548424df127ee0d99f',
  pt: '4265617574792069732074727574682c20747275746820626561757479',
  encryptions: [
    {
      aad: '436f756e742d30',
      ct:
        '5ad590bb8baa577f8619db35a36311226a896e7342a6d836d8b7bcd2f20b6c7f' +
        '9076ac232e3ab2523f39513434',
    },
    {
      aad: '436f756e742d31',
      ct:
        'fa6f037b47fc21826b610172ca9637e82d6e5801eb31cbd3748271affd4ecb06' +
        '646e0329cbdf3c3cd655b28e82',
    },
    {
      aad: '436f756e742d32',
      ct:
        '895cabfac50ce6c6eb02ffe6c048bf53b7f7be9a91fc559402cbc5b8dcaeb52b' +
        '2ccc93e466c28fb55fed7a7fec',
    },
  ],
};

const hex = (s: string) => Uint8Array.from(s.match(/../g)!.map((b) => parseInt(b, 16)));
const toHex = (b: Uint8Array) => [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
const b64url = (b: Uint8Array) => Buffer.from(b).toString('base64url');

/** A key pair from the vector's scalar and point (WebCrypto imports private keys as JWK). */
async function keyPair(sk: string, pk: string): Promise<CryptoKeyPair> {
  const p = hex(pk);
  const jwk = { kty: 'EC', crv: 'P-256', x: b64url(p.slice(1, 33)), y: b64url(p.slice(33)) };
  const alg = { name: 'ECDH', namedCurve: 'P-256' };
  return {
    privateKey: await crypto.subtle.importKey('jwk', { ...jwk, d: b64url(hex(sk)) }, alg, false, [
      'deriveBits',
    ]),
    publicKey: await crypto.subtle.importKey('jwk', jwk, alg, true, []),
  };
}

describe('HPKE (RFC 9180) base mode, P-256 / HKDF-SHA256 / AES-128-GCM', () => {
  it('reproduces the A.3.1 test vector: enc, shared secret, key schedule, three ciphertexts', async () => {
    const eph = await keyPair(A31.skEm, A31.pkEm);
    const { enc, ctx, sharedSecret } = await setupBaseS(hex(A31.pkRm), hex(A31.info), eph);
    expect(toHex(enc)).toBe(A31.pkEm);
    expect(toHex(sharedSecret)).toBe(A31.sharedSecret);
    expect(toHex(ctx.schedule.key)).toBe(A31.key);
    expect(toHex(ctx.schedule.baseNonce)).toBe(A31.baseNonce);
    expect(toHex(ctx.schedule.exporterSecret)).toBe(A31.exporterSecret);
    for (const e of A31.encryptions)
      expect(toHex(await ctx.seal(hex(e.aad), hex(A31.pt)))).toBe(e.ct);
  });

  it('opens the vector’s ciphertexts with the recipient’s key, in sequence', async () => {
    const r = await keyPair(A31.skRm, A31.pkRm);
    const ctx = await setupBaseR(hex(A31.pkEm), r.privateKey, hex(A31.pkRm), hex(A31.info));
    for (const e of A31.encryptions)
      expect(toHex(await ctx.open(hex(e.aad), hex(e.ct)))).toBe(A31.pt);
  });

  it('round-trips with a fresh key, and refuses altered ciphertext, aad or info', async () => {
    const r = await generateKeyPair();
    const pk = await serializePublicKey(r.publicKey);
    expect(pk.length).toBe(65);
    const info = new TextEncoder().encode('sitwell event v1');
    const aad = new TextEncoder().encode('session:seq');
    const pt = new TextEncoder().encode('Check-in: responds to name, breathing normally');
    const { enc, ct } = await seal(pk, info, aad, pt);
    expect(new TextDecoder().decode(await open(r.privateKey, pk, info, aad, enc, ct))).toBe(
      'Check-in: responds to name, breathing normally',
    );
    const flipped = ct.slice();
    flipped[0]! ^= 1;
    await expect(open(r.privateKey, pk, info, aad, enc, flipped)).rejects.toThrow();
    await expect(open(r.privateKey, pk, info, hex('00'), enc, ct)).rejects.toThrow();
    await expect(open(r.privateKey, pk, hex('00'), aad, enc, ct)).rejects.toThrow();
    expect(r.privateKey.extractable).toBe(false);
  });
});
