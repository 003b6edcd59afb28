import type { Entry, EntryData, EntryKind, UnsignedEntry } from '../domain/log/entry';
import { hashEntry, type Sha256Hex } from '../domain/log/hash-chain';
import type { Db } from './db';
import { queuedEvent } from './outbox-row';
import { StorageError, toStorageError } from './storage-error';
import { WRITER_KEY, type WriterFence } from './writer';

// The append-only log. There is deliberately no update or delete here: corrections are new entries.

/** What a caller supplies for a new entry; storage assigns the rest. */
export interface NewEntry<K extends EntryKind = EntryKind> {
  kind: K;
  data: EntryData[K];
  /** Epoch ms; defaults to the clock at append time. */
  at?: number;
  /** The action this records; a second entry with the same one is never written (see Entry). */
  actionId?: string;
}

/** Hashing and ids for new entries, passed in so storage needs no browser adapter of its own. */
export interface LogCrypto {
  sha256: Sha256Hex;
  newId: () => string;
}

/** The range of one session's entries in the [sessionId, seq] index. */
function sessionRange(sessionId: string): IDBKeyRange {
  return IDBKeyRange.bound([sessionId, 0], [sessionId, Number.MAX_SAFE_INTEGER]);
}

/** Every entry of a session, in seq order. */
export async function listEntries(db: Db, sessionId: string): Promise<Entry[]> {
  return db.getAllFromIndex('entries', 'bySessionSeq', sessionRange(sessionId));
}

/** The last entry of a session, or undefined for an empty log. */
export async function lastEntry(db: Db, sessionId: string): Promise<Entry | undefined> {
  const cursor = await db
    .transaction('entries')
    .store.index('bySessionSeq')
    .openCursor(sessionRange(sessionId), 'prev');
  return cursor?.value;
}

/** Minutes east of UTC at a moment. */
export function tzOffsetAt(at: number): number {
  // `|| 0` turns -0 (UTC) into 0 so the canonical JSON never depends on the sign of zero.
  return -new Date(at).getTimezoneOffset() || 0;
}

/** Build the next chained entry after `prev` (hashed outside any transaction, scheme v2). */
export async function chainEntry<K extends EntryKind>(
  sessionId: string,
  prev: Pick<Entry, 'seq' | 'hash'> | undefined,
  input: NewEntry<K>,
  now: number,
  crypto: LogCrypto,
): Promise<Entry<K>> {
  const at = input.at ?? now;
  const unsigned: UnsignedEntry<K> = {
    id: crypto.newId(),
    sessionId,
    seq: prev ? prev.seq + 1 : 0,
    at,
    tzOffset: tzOffsetAt(at),
    kind: input.kind,
    data: input.data,
    prevHash: prev?.hash ?? '',
    v: 2,
  };
  return { ...unsigned, hash: await hashEntry(unsigned, crypto.sha256) };
}

/**
 * Write one finished entry in its own strict-durability transaction; resolves after commit with
 * the stored entry. With a fence, the write happens only while this tab is still the writer.
 * An entry whose action is already in the log is not written again: the stored one is returned.
 */
export async function writeEntry(
  db: Db,
  entry: Entry,
  fence?: WriterFence,
  live = false,
): Promise<Entry> {
  try {
    const stores = live
      ? (['entries', 'settings', 'outbox'] as const)
      : (['entries', 'settings'] as const);
    const tx = db.transaction(stores, 'readwrite', { durability: 'strict' });
    const entries = tx.objectStore('entries');
    if (fence?.active) {
      const writer = await tx.objectStore('settings').get(WRITER_KEY);
      if (writer && writer.value !== fence.token) {
        tx.done.catch(() => undefined);
        tx.abort();
        throw new StorageError(
          'not-owner',
          'Sitwell is now running in another tab, so this was not saved here. Enter it in that ' +
            'tab.',
        );
      }
    }
    if (entry.actionId) {
      const earlier = await entries.index('byAction').get([entry.sessionId, entry.actionId]);
      if (earlier) {
        await tx.done;
        return earlier;
      }
    }
    // `add`, never `put`: an existing id or [sessionId, seq] makes the write fail instead of
    // overwrite.
    // A session shared live gets the entry's event in the same commit: never one without the other.
    const event = live && tx.objectStore('outbox').add(queuedEvent(entry));
    await Promise.all([entries.add(entry), event, tx.done]);
    return entry;
  } catch (err) {
    throw toStorageError(err);
  }
}

/**
 * Appends entries to sessions. Appends to one session run one after another (an in-memory queue),
 * and the unique [sessionId, seq] index refuses a seq that another writer took, so the log never
 * has a duplicate or a gap. The promise resolves only once the entry is durably committed.
 */
export class EntryLog {
  private readonly queues = new Map<string, Promise<unknown>>();
  private readonly tails = new Map<string, Pick<Entry, 'seq' | 'hash'>>();
  /** Sessions shared live: each entry is written with its outbox event. */
  private readonly live = new Set<string>();

  constructor(
    private readonly db: Db,
    private readonly clock: () => number,
    private readonly crypto: LogCrypto,
    private readonly fence?: WriterFence,
  ) {}

  /** Append one entry; resolves with the stored entry after its transaction has committed. */
  append<K extends EntryKind>(sessionId: string, input: NewEntry<K>): Promise<Entry<K>> {
    const previous = this.queues.get(sessionId) ?? Promise.resolve();
    const next = previous.catch(() => undefined).then(() => this.appendNow(sessionId, input));
    this.queues.set(sessionId, next);
    return next;
  }

  private async appendNow<K extends EntryKind>(
    sessionId: string,
    input: NewEntry<K>,
  ): Promise<Entry<K>> {
    for (let attempt = 0; attempt < 3; attempt++) {
      const tail = this.tails.get(sessionId) ?? (await lastEntry(this.db, sessionId));
      const chained = await chainEntry(sessionId, tail, input, this.clock(), this.crypto);
      const entry = input.actionId ? { ...chained, actionId: input.actionId } : chained;
      try {
        const live = this.live.has(sessionId);
        const stored = (await writeEntry(this.db, entry, this.fence, live)) as Entry<K>;
        // A repeated action returns the earlier entry; the tail is then unknown, so re-read it.
        if (stored === entry) this.tails.set(sessionId, { seq: entry.seq, hash: entry.hash });
        else this.tails.delete(sessionId);
        return stored;
      } catch (err) {
        const e = toStorageError(err);
        // Someone else took this seq (another tab, or a stale cache): re-read the tail and try
        // again.
        this.tails.delete(sessionId);
        if (e.kind !== 'conflict') throw e;
      }
    }
    throw new StorageError(
      'conflict',
      'This entry could not be placed in the log after several tries. Tap Retry.',
    );
  }

  /** Write (or stop writing) every later entry of a session with its event for the clinic. */
  setLive(sessionId: string, on: boolean): void {
    if (on) this.live.add(sessionId);
    else this.live.delete(sessionId);
  }

  /** Forget cached tails (after the database was reopened). */
  reset(): void {
    this.tails.clear();
  }
}
