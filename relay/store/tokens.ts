import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Db } from './store';

// Capability tokens: `<id>.<secret>`, 96 random bits of id and 256 of secret. Only SHA-256 of
// the secret is stored; the id finds the row and the hashes are compared in constant time, so
// neither a stolen database nor a timing probe yields a usable token.

/** What a token may touch. */
export type TokenKind = 'device' | 'write' | 'watch';

/** A checked token: its kind and scope. */
export interface Grant {
  tokenId: string;
  kind: TokenKind;
  clinicId: string;
  sessionId: string | null;
  subjectId: string | null;
}

const sha256 = (s: string) => createHash('sha256').update(s).digest();

/** A fresh random secret in base64url (setup codes, token secrets). */
export function randomSecret(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

/** Whether two strings are equal, in time independent of where they differ. */
export function sameSecret(given: string, expectedHash: Buffer): boolean {
  const a = sha256(given);
  return a.length === expectedHash.length && timingSafeEqual(a, expectedHash);
}

/** SHA-256 of a secret, as stored. */
export function hashSecret(secret: string): Buffer {
  return sha256(secret);
}

/** Makes and stores a token; returns the token (shown once, never stored). */
export async function issueToken(
  db: Db,
  scope: Omit<Grant, 'tokenId'>,
  now: number,
): Promise<string> {
  const id = randomSecret(12);
  const secret = randomSecret(32);
  await db.query(
    `INSERT INTO tokens (id, hash, kind, clinic_id, session_id, subject_id, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [id, hashSecret(secret), scope.kind, scope.clinicId, scope.sessionId, scope.subjectId, now],
  );
  return `${id}.${secret}`;
}

/**
 * A short-lived memory of token rows by id (hash and scope, never the secret), so a busy device
 * is not looked up on every request. The secret is still checked against the hash each time.
 * Tokens are never revoked today; whatever revokes one must call `forget` (and other processes
 * stop honouring it within `ttlMs`).
 */
export function tokenCache(ttlMs = 15_000, max = 20_000) {
  const rows = new Map<string, { hash: Buffer; grant: Grant; until: number }>();
  return {
    get(id: string, now = performance.now()) {
      const hit = rows.get(id);
      if (hit && hit.until > now) return hit;
      if (hit) rows.delete(id);
      return undefined;
    },
    set(id: string, hash: Buffer, grant: Grant, now = performance.now()) {
      // Oldest first: dropping from the front keeps the map bounded.
      if (rows.size >= max) rows.delete(rows.keys().next().value!);
      rows.set(id, { hash, grant, until: now + ttlMs });
    },
    forget(id: string) {
      rows.delete(id);
    },
  };
}

/** A token cache's type. */
export type TokenCache = ReturnType<typeof tokenCache>;

/** The grant for a presented token, or undefined when it is unknown or wrong. */
export async function checkToken(
  db: Db,
  token: string,
  cache?: TokenCache,
): Promise<Grant | undefined> {
  const m = /^([A-Za-z0-9_-]{16})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!m) return undefined;
  const id = m[1]!;
  const hit = cache?.get(id);
  if (hit) return sameSecret(m[2]!, hit.hash) ? hit.grant : undefined;
  const [row] = await db.query<{
    hash: Uint8Array;
    kind: TokenKind;
    clinic_id: string;
    session_id: string | null;
    subject_id: string | null;
  }>('SELECT hash, kind, clinic_id, session_id, subject_id FROM tokens WHERE id = $1', [id]);
  if (!row) return undefined;
  const hash = Buffer.from(row.hash);
  const grant: Grant = {
    tokenId: id,
    kind: row.kind,
    clinicId: row.clinic_id,
    sessionId: row.session_id,
    subjectId: row.subject_id,
  };
  cache?.set(id, hash, grant);
  return sameSecret(m[2]!, hash) ? grant : undefined;
}
