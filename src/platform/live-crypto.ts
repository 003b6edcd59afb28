import { fromBase64Url, toBase64Url } from '../domain/parse/base64';
import {
  LIVE_INFO,
  liveAad,
  type LiveEnvelope,
  type LivePayload,
} from '../domain/relay/live-event';
import { open, seal } from '../lib/hpke';

// Sealing a live event to the clinic's key and opening it on a clinic device (HPKE, RFC 9180,
// lib/hpke.ts). The envelope the relay sees is the associated data, so a payload moved to
// another session, seq, class or time fails to open.

const te = new TextEncoder();

/** Where an event sits: the relay's session id and the entry's seq, with its envelope. */
export interface LivePlace {
  relaySessionId: string;
  seq: number;
  envelope: LiveEnvelope;
}

/** A sealed event's two base64url parts, as the relay takes them. */
export interface Sealed {
  enc: string;
  ciphertext: string;
}

function keyBytes(publicKey: string): Uint8Array<ArrayBuffer> {
  const raw = fromBase64Url(publicKey);
  if (!raw || raw.length !== 65) throw new Error('The clinic key is not a P-256 public key.');
  return new Uint8Array(raw);
}

/** Seal `payload` to the clinic's public key (base64url) for `place`. */
export async function sealLive(
  publicKey: string,
  place: LivePlace,
  payload: LivePayload,
): Promise<Sealed> {
  const aad = te.encode(liveAad(place.relaySessionId, place.seq, place.envelope));
  const pt = te.encode(JSON.stringify(payload));
  const { enc, ct } = await seal(keyBytes(publicKey), te.encode(LIVE_INFO), aad, pt);
  return { enc: toBase64Url(enc), ciphertext: toBase64Url(ct) };
}

/**
 * Open a sealed event with the clinic's private key; throws when anything was altered. The result
 * is parsed JSON, still to be checked by its reader.
 */
export async function openLive(
  privateKey: CryptoKey,
  publicKey: string,
  place: LivePlace,
  sealed: Sealed,
): Promise<unknown> {
  const enc = fromBase64Url(sealed.enc);
  const ct = fromBase64Url(sealed.ciphertext);
  if (!enc || !ct) throw new Error('The event is not base64url.');
  const aad = te.encode(liveAad(place.relaySessionId, place.seq, place.envelope));
  const info = te.encode(LIVE_INFO);
  const pt = await open(privateKey, keyBytes(publicKey), info, aad, enc, ct);
  return JSON.parse(new TextDecoder().decode(pt)) as unknown;
}
