import type { SessionRecord } from '../domain/log/session';
import { sessionDigest, type SessionDigest } from '../domain/log/session-digest';
import { now, sessionClock } from '../platform/clock';
import { newId, sha256Hex } from '../platform/crypto';
import type { Db } from '../storage/db';
import { listEntries } from '../storage/entries';
import { claimWriter } from '../storage/writer';
import type { SessionStore } from './session-store';
import { SnapshotKeepingStore } from './use-reopen-snapshot';
import { resumeSessionClock } from './use-clock-log';

// Its own chunk (services.ts imports it when storage opens): the session store brings the log's
// hashing, folding and digest, which the home screen's first paint does not need.

/** This tab's session store, with the running session (if any) loaded. */
export async function loadSessionStore(db: Db): Promise<SessionStore> {
  // This tab holds the tab lock (see app/TabGate); from now on only its writes reach the log.
  const fence = claimWriter(db, newId(), now());
  const store = new SnapshotKeepingStore(db, now, { sha256: sha256Hex, newId }, fence);
  await store.load();
  // Session time carries on from the log (see platform/clock.ts); with no session it is the
  // device clock again, and a new session starts from the device clock.
  resumeSessionClock(store.snapshot.session ? store.snapshot.entries : undefined);
  let running = store.snapshot.session?.id;
  store.subscribe((snap) => {
    if (snap.session?.id !== running && !snap.session) sessionClock.reset();
    running = snap.session?.id;
  });
  return store;
}

/** A session's digest computed from its log (for records saved before digests existed). */
export async function digestFromLog(db: Db, record: SessionRecord): Promise<SessionDigest> {
  return sessionDigest(await listEntries(db, record.id), record.protocol);
}
