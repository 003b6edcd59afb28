import { randomInt, randomUUID } from 'node:crypto';
import {
  PAIRING_ALPHABET,
  PAIRING_CODE_CHARS,
  PAIRING_TTL_MS,
} from '../../src/domain/relay/pairing-wire';
import { num, type Db, type Store } from './store';
import { hashSecret, randomSecret, sameSecret } from './tokens';

// Pairings of a second clinic device: a one-time code (kept as SHA-256), claimed once by the new
// device with its pairing key, then the sealed clinic key delivered once and deleted on pickup.

function newCode(): string {
  let out = '';
  for (let i = 0; i < PAIRING_CODE_CHARS; i++) out += PAIRING_ALPHABET[randomInt(32)];
  return out;
}

/** Opens a pairing for a device of the clinic; returns its id, code and expiry. */
export async function openPairing(db: Db, clinicId: string, deviceId: string, now: number) {
  await db.query('DELETE FROM pairings WHERE expires_at <= $1', [now]);
  const id = randomUUID();
  const code = newCode();
  const expiresAt = now + PAIRING_TTL_MS;
  await db.query(
    `INSERT INTO pairings (id, clinic_id, created_by, code_hash, expires_at, created_at)
     VALUES ($1, $2, $3, $4, $5, $6)`,
    [id, clinicId, deviceId, hashSecret(code), expiresAt, now],
  );
  return { pairingId: id, code, expiresAt };
}

/** The new device's claim: its pairing key in the unclaimed, live pairing of `code`. */
export async function claimPairing(store: Store, code: string, publicKey: string, now: number) {
  const claimToken = randomSecret();
  const rows = await store.query(
    `UPDATE pairings SET claim_key = $2, claim_hash = $3
     WHERE code_hash = $1 AND claim_key IS NULL AND expires_at > $4 RETURNING id`,
    [hashSecret(code), publicKey, hashSecret(claimToken), now],
  );
  const id = rows[0]?.id;
  return id === undefined ? undefined : { pairingId: String(id), claimToken };
}

/** A pairing as its clinic's devices see it. */
export async function getPairing(db: Db, id: string, now: number) {
  const [r] = await db.query('SELECT * FROM pairings WHERE id = $1 AND expires_at > $2', [id, now]);
  if (!r) return undefined;
  return {
    id: String(r.id),
    clinicId: String(r.clinic_id),
    expiresAt: num(r.expires_at),
    claimedKey: r.claim_key === null ? null : String(r.claim_key),
    delivered: r.delivery_ct !== null,
  };
}

/** Stores the sealed clinic key once for a claimed pairing; false when it cannot take one. */
export async function deliverPairing(
  db: Db,
  id: string,
  sealed: { enc: string; ciphertext: string },
  now: number,
): Promise<boolean> {
  const rows = await db.query(
    `UPDATE pairings SET delivery_enc = $2, delivery_ct = $3
     WHERE id = $1 AND claim_key IS NOT NULL AND delivery_ct IS NULL AND expires_at > $4
     RETURNING id`,
    [id, sealed.enc, sealed.ciphertext, now],
  );
  return rows.length === 1;
}

/** What the claim token fetches: the delivery (then the pairing is gone), or where it stands. */
export async function pickUpPairing(store: Store, id: string, claimToken: string, now: number) {
  return store.tx(async (db) => {
    const [r] = await db.query(
      'SELECT * FROM pairings WHERE id = $1 AND expires_at > $2 FOR UPDATE',
      [id, now],
    );
    if (!r || r.claim_hash === null) return { status: 'missing' as const };
    if (!sameSecret(claimToken, Buffer.from(r.claim_hash as Uint8Array)))
      return { status: 'refused' as const };
    if (r.delivery_ct === null) return { status: 'waiting' as const };
    await db.query('DELETE FROM pairings WHERE id = $1', [id]);
    const sealed = { enc: String(r.delivery_enc), ciphertext: String(r.delivery_ct) };
    return { status: 'delivered' as const, sealed, clinicId: String(r.clinic_id) };
  });
}
