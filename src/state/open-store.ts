import type { SessionRecord } from '../domain/log/session';
import { sessionDigest, type SessionDigest } from '../domain/log/session-digest';
import { now } from '../platform/clock';
import { newId, sha256Hex } from '../platform/crypto';
import type { Db } from '../storage/db';
import { listEntries } from '../storage/entries';
import { SessionStore } from './session-store';

// Its own chunk (services.ts imports it when storage opens): the session store brings the log's
// hashing, folding and digest, which the home screen's first paint does not need.

/** This tab's session store, with the running session (if any) loaded. */
export async function loadSessionStore(db: Db): Promise<SessionStore> {
  const store = new SessionStore(db, now, { sha256: sha256Hex, newId });
  await store.load();
  return store;
}

/** A session's digest computed from its log (for records saved before digests existed). */
export async function digestFromLog(db: Db, record: SessionRecord): Promise<SessionDigest> {
  return sessionDigest(await listEntries(db, record.id), record.protocol);
}
