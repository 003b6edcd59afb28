// HPKE (RFC 9180) base mode for one suite: DHKEM(P-256, HKDF-SHA256), HKDF-SHA256, AES-128-GCM
// (WebCrypto for ECDH and AES-GCM; HMAC over lib/sha256). The sitter's app seals each event to the
// clinic's public key; only a clinic device, holding the private key, opens it. Checked against
// the RFC's A.3.1 vectors.

import { sha256Bytes } from './sha256';

const te = new TextEncoder();
const subtle = () => globalThis.crypto.subtle;

/** Bytes as WebCrypto takes them. */
type Bytes = Uint8Array<ArrayBuffer>;

const concat = (...parts: Uint8Array[]): Bytes => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};

const i2osp = (n: number, w: number): Bytes => {
  const out = new Uint8Array(w);
  for (let i = w - 1, v = n; i >= 0; i--, v = Math.floor(v / 256)) out[i] = v & 0xff;
  return out;
};

const KEM_SUITE = concat(te.encode('KEM'), i2osp(0x0010, 2));
const HPKE_SUITE = concat(te.encode('HPKE'), i2osp(0x0010, 2), i2osp(0x0001, 2), i2osp(0x0001, 2));
const V1 = te.encode('HPKE-v1');
const NK = 16;
const NN = 12;
const NH = 32;

// HMAC-SHA256 (RFC 2104) over the synchronous SHA-256: the key schedule takes a dozen HMACs on
// short inputs, and each WebCrypto call costs a round trip to its thread whatever the size (a
// clinic opening 1,000 events paid more for those than for the ECDH and AES of them all).
const BLOCK = 64;
function hmacSync(key: Uint8Array, data: Uint8Array): Bytes {
  const k = new Uint8Array(BLOCK);
  k.set(key.length > BLOCK ? sha256Bytes(key) : key);
  const inner = sha256Bytes(
    concat(
      k.map((b) => b ^ 0x36),
      data,
    ),
  );
  return sha256Bytes(
    concat(
      k.map((b) => b ^ 0x5c),
      inner,
    ),
  );
}

async function hmac(key: Uint8Array, data: Uint8Array): Promise<Bytes> {
  return hmacSync(key, data);
}

// RFC 5869: an empty salt is HashLen zero bytes.
const extract = (salt: Uint8Array, ikm: Uint8Array) =>
  hmac(salt.length ? salt : new Uint8Array(NH), ikm);

async function expand(prk: Uint8Array, info: Uint8Array, length: number): Promise<Bytes> {
  let t: Bytes = new Uint8Array(0);
  let out: Bytes = new Uint8Array(0);
  for (let i = 1; out.length < length; i++) {
    t = await hmac(prk, concat(t, info, Uint8Array.of(i)));
    out = concat(out, t);
  }
  return out.slice(0, length);
}

const labeledExtract = (suite: Uint8Array, salt: Uint8Array, label: string, ikm: Uint8Array) =>
  extract(salt, concat(V1, suite, te.encode(label), ikm));

const labeledExpand = (
  suite: Uint8Array,
  prk: Uint8Array,
  label: string,
  info: Uint8Array,
  length: number,
) => expand(prk, concat(i2osp(length, 2), V1, suite, te.encode(label), info), length);

const ECDH = { name: 'ECDH', namedCurve: 'P-256' } as const;

/** A P-256 key pair for HPKE; the private key is not extractable unless asked. */
export async function generateKeyPair(extractable = false): Promise<CryptoKeyPair> {
  return subtle().generateKey(ECDH, extractable, ['deriveBits']) as Promise<CryptoKeyPair>;
}

/** The public key as HPKE serialises it: the uncompressed point, 65 bytes. */
export async function serializePublicKey(pk: CryptoKey): Promise<Bytes> {
  return new Uint8Array(await subtle().exportKey('raw', pk));
}

const importPublic = (raw: Uint8Array) => subtle().importKey('raw', concat(raw), ECDH, true, []);

async function dh(sk: CryptoKey, pkRaw: Uint8Array): Promise<Bytes> {
  const pub = await importPublic(pkRaw);
  return new Uint8Array(await subtle().deriveBits({ name: 'ECDH', public: pub }, sk, 256));
}

async function sharedSecret(dhBytes: Uint8Array, enc: Uint8Array, pkRm: Uint8Array) {
  const prk = await labeledExtract(KEM_SUITE, new Uint8Array(0), 'eae_prk', dhBytes);
  return labeledExpand(KEM_SUITE, prk, 'shared_secret', concat(enc, pkRm), NH);
}

/** The key schedule's outputs (base mode: no PSK). */
export interface KeySchedule {
  key: Bytes;
  baseNonce: Bytes;
  exporterSecret: Bytes;
}

/** RFC 9180 §5.1 KeySchedule for mode_base. */
export async function keySchedule(shared: Uint8Array, info: Uint8Array): Promise<KeySchedule> {
  const empty = new Uint8Array(0);
  const pskIdHash = await labeledExtract(HPKE_SUITE, empty, 'psk_id_hash', empty);
  const infoHash = await labeledExtract(HPKE_SUITE, empty, 'info_hash', info);
  const context = concat(Uint8Array.of(0), pskIdHash, infoHash);
  const secret = await labeledExtract(HPKE_SUITE, shared, 'secret', empty);
  return {
    key: await labeledExpand(HPKE_SUITE, secret, 'key', context, NK),
    baseNonce: await labeledExpand(HPKE_SUITE, secret, 'base_nonce', context, NN),
    exporterSecret: await labeledExpand(HPKE_SUITE, secret, 'exp', context, NH),
  };
}

/** An encryption context: seal (sender) or open (recipient) messages in sequence. */
export interface HpkeContext {
  schedule: KeySchedule;
  seal(aad: Uint8Array, pt: Uint8Array): Promise<Bytes>;
  open(aad: Uint8Array, ct: Uint8Array): Promise<Bytes>;
}

async function context(schedule: KeySchedule): Promise<HpkeContext> {
  const key = await subtle().importKey('raw', schedule.key, 'AES-GCM', false, [
    'encrypt',
    'decrypt',
  ]);
  let seq = 0;
  const nonce = () => {
    const n = i2osp(seq++, NN);
    for (let i = 0; i < NN; i++) n[i]! ^= schedule.baseNonce[i]!;
    return n;
  };
  const gcm = (aad: Uint8Array) => ({ name: 'AES-GCM', iv: nonce(), additionalData: concat(aad) });
  return {
    schedule,
    seal: async (aad, pt) => new Uint8Array(await subtle().encrypt(gcm(aad), key, concat(pt))),
    open: async (aad, ct) => new Uint8Array(await subtle().decrypt(gcm(aad), key, concat(ct))),
  };
}

/**
 * The sender's side: encapsulate to `pkRm` (65 bytes). `ephemeral` is for test vectors only;
 * by default a fresh key pair is made for every call.
 */
export async function setupBaseS(
  pkRm: Uint8Array,
  info: Uint8Array,
  ephemeral?: CryptoKeyPair,
): Promise<{ enc: Bytes; ctx: HpkeContext; sharedSecret: Bytes }> {
  const e = ephemeral ?? (await generateKeyPair());
  const enc = await serializePublicKey(e.publicKey);
  const shared = await sharedSecret(await dh(e.privateKey, pkRm), enc, pkRm);
  return { enc, ctx: await context(await keySchedule(shared, info)), sharedSecret: shared };
}

/** The recipient's side: decapsulate `enc` with the private key and its public key. */
export async function setupBaseR(
  enc: Uint8Array,
  skR: CryptoKey,
  pkRm: Uint8Array,
  info: Uint8Array,
): Promise<HpkeContext> {
  const shared = await sharedSecret(await dh(skR, enc), enc, pkRm);
  return context(await keySchedule(shared, info));
}

/** Single-shot seal: a fresh encapsulation per message. */
export async function seal(pkRm: Uint8Array, info: Uint8Array, aad: Uint8Array, pt: Uint8Array) {
  const { enc, ctx } = await setupBaseS(pkRm, info);
  return { enc, ct: await ctx.seal(aad, pt) };
}

/** Single-shot open; throws when the ciphertext, `aad` or `info` was altered. */
export async function open(
  skR: CryptoKey,
  pkRm: Uint8Array,
  info: Uint8Array,
  aad: Uint8Array,
  enc: Uint8Array,
  ct: Uint8Array,
): Promise<Bytes> {
  return (await setupBaseR(enc, skR, pkRm, info)).open(aad, ct);
}
