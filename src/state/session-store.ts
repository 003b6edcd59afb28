import type { Entry, EntryKind } from '../domain/log/entry';
import type { LiveShare, SessionRecord } from '../domain/log/session';
import { sessionDigest } from '../domain/log/session-digest';
import { writable, type Observable } from '../lib/observable';
import type { Db } from '../storage/db';
import {
  chainEntry,
  EntryLog,
  listEntries,
  type LogCrypto,
  type NewEntry,
} from '../storage/entries';
import { shareSessionLive } from '../storage/outbox';
import { writePendingCopy } from '../storage/pending-backup';
import { createSession } from '../storage/session-create';
import { activeSession, markSessionEnded } from '../storage/sessions';
import { StorageError, toStorageError } from '../storage/storage-error';
import type { WriterFence } from '../storage/writer';
import { copiesOf, restorePending, type PendingEntry } from './restore-pending';

// The running session in memory: its record, its saved entries and any entries that could not be
// saved yet. Nothing is dropped: a failed write stays in `pending` (shown on screen and used for
// the countdown) until Retry succeeds, and a copy outside IndexedDB survives a reload (see
// storage/pending-backup.ts). Every entry carries an action id, so a double tap, a retry of an
// entry that did reach the disk, or a restored copy is written once.

export type { PendingEntry } from './restore-pending';

/** A read-only view for rendering. */
export interface SessionSnapshot {
  session: SessionRecord | undefined;
  entries: Entry[];
  pending: PendingEntry[];
  loaded: boolean;
  loadError: StorageError | undefined;
  /** The session was already running when this page loaded (a reload, crash or reopen). */
  resumed: boolean;
}

/**
 * The log as the sitter lived it: saved entries, then unsaved ones numbered after them (no hash),
 * so a failing disk never hides a check-in from the timer or a danger from the rules.
 */
export function logWithPending(snap: SessionSnapshot): Entry[] {
  const last = snap.entries.at(-1)?.seq ?? -1;
  const unsaved = snap.pending.map(
    (p, i) =>
      ({
        id: `pending-${p.input.at}-${i}`,
        sessionId: snap.session?.id ?? '',
        seq: last + 1 + i,
        at: p.input.at,
        tzOffset: 0,
        kind: p.input.kind,
        data: p.input.data,
        prevHash: '',
        hash: '',
      }) as Entry,
  );
  return [...snap.entries, ...unsaved];
}

/** Holds the active session and appends to its log. One instance per tab. */
export class SessionStore implements Observable<SessionSnapshot> {
  private readonly state = writable<SessionSnapshot>({
    session: undefined,
    entries: [],
    pending: [],
    loaded: false,
    loadError: undefined,
    resumed: false,
  });
  private readonly log: EntryLog;
  /** The tail of the operation queue (see `serially`). */
  private queue: Promise<unknown> = Promise.resolve();
  /** Appends by action id, so the same action asked twice gets the first one's answer. */
  private readonly actions = new Map<string, Promise<boolean>>();

  constructor(
    private readonly db: Db,
    private readonly clock: () => number,
    private readonly crypto: LogCrypto,
    fence?: WriterFence,
  ) {
    this.log = new EntryLog(db, clock, crypto, fence);
  }

  /** Current snapshot (a new object after every change). */
  get snapshot(): SessionSnapshot {
    return this.state.get();
  }

  /** The current snapshot (the store is an observable of its snapshots). */
  get(): SessionSnapshot {
    return this.state.get();
  }

  /** Call `listener` with every new snapshot; returns the function that stops it. */
  subscribe(listener: (s: SessionSnapshot) => void): () => void {
    return this.state.subscribe(listener);
  }

  private set(patch: Partial<SessionSnapshot>): void {
    this.state.update((s) => ({ ...s, ...patch }));
  }

  /** Load the active session (if any) and its log from storage. */
  async load(): Promise<void> {
    try {
      let session = await activeSession(this.db);
      let entries = session ? await listEntries(this.db, session.id) : [];
      if (session && entries.at(-1)?.kind === 'session-ended') {
        // The end was logged but the app stopped before marking the record: finish that now.
        await markSessionEnded(this.db, session.id, sessionDigest(entries, session.protocol));
        session = undefined;
        entries = [];
      }
      // A shared session's entries go to the outbox too, the restored ones below included.
      if (session?.live) this.log.setLive(session.id, true);
      // Entries that could not be saved before a reload (WebKit refuses a write begun while a
      // page is being replaced) are saved now, in order, before anything new; what still fails
      // goes back into the Retry queue.
      const { saved, pending } = session
        ? await restorePending(this.log, session.id, entries)
        : { saved: [], pending: [] };
      entries = [...entries, ...saved];
      if (session) writePendingCopy(session.id, copiesOf(pending));
      this.set({
        session,
        entries,
        pending,
        loaded: true,
        loadError: undefined,
        resumed: !!session,
      });
    } catch (err) {
      this.set({ loaded: true, loadError: toStorageError(err) });
    }
  }

  /** Create a session with its first entries, atomically. Throws StorageError on failure. */
  async start(session: SessionRecord, first: NewEntry[]): Promise<void> {
    const chained: Entry[] = [];
    for (const input of first)
      chained.push(await chainEntry(session.id, chained.at(-1), input, this.clock(), this.crypto));
    await createSession(this.db, session, chained);
    this.log.reset();
    if (session.live) this.log.setLive(session.id, true);
    this.actions.clear();
    this.setPending(session.id, []);
    this.set({ session, entries: chained, resumed: false });
  }

  /** Set the unsaved entries and keep their copy outside IndexedDB in step. */
  private setPending(sessionId: string, pending: PendingEntry[]): void {
    this.set({ pending });
    writePendingCopy(sessionId, copiesOf(pending));
  }

  /**
   * Append to the active session. Resolves true once durably saved; false when it is kept as
   * pending (the error is on the snapshot). Later entries queue behind a pending one so the log
   * keeps the order in which things happened.
   */
  append<K extends EntryKind>(input: NewEntry<K>): Promise<boolean> {
    // The time is taken when the sitter acted, not when the queue gets to the entry.
    const actionId = input.actionId ?? this.crypto.newId();
    const earlier = this.actions.get(actionId);
    if (earlier) return earlier;
    const timed = { ...input, at: input.at ?? this.clock(), actionId } as PendingEntry['input'];
    const result = this.serially(() => this.appendNow(timed));
    this.actions.set(actionId, result);
    return result;
  }

  /** Run store operations one at a time, so no append overtakes a failing one or a retry. */
  private serially<T>(op: () => Promise<T>): Promise<T> {
    const run = this.queue.then(op);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async appendNow(timed: PendingEntry['input']): Promise<boolean> {
    const session = this.snapshot.session;
    if (!session) throw new StorageError('unknown', 'There is no running session to add this to.');
    if (this.snapshot.pending.length > 0) {
      this.setPending(session.id, [
        ...this.snapshot.pending,
        { input: timed, error: this.snapshot.pending[0]!.error },
      ]);
      return false;
    }
    try {
      const entry = await this.log.append(session.id, timed);
      this.addSaved(entry);
      // A cheap marker for `npm run bench` (tap-to-saved): the entry is committed at this point.
      globalThis.performance?.mark?.('sitwell:entry-saved');
      return true;
    } catch (err) {
      this.setPending(session.id, [
        ...this.snapshot.pending,
        { input: timed, error: toStorageError(err) },
      ]);
      return false;
    }
  }

  /** Add a stored entry to the snapshot, once (a repeated action returns the earlier entry). */
  private addSaved(entry: Entry): void {
    if (this.snapshot.entries.some((e) => e.id === entry.id)) return;
    this.set({ entries: [...this.snapshot.entries, entry] });
  }

  /** Try to save pending entries again, in order; stops at the first that still fails. */
  retryPending(): Promise<boolean> {
    return this.serially(() => this.retryNow());
  }

  private async retryNow(): Promise<boolean> {
    const session = this.snapshot.session;
    while (session && this.snapshot.pending.length > 0) {
      const [first, ...rest] = this.snapshot.pending;
      try {
        const entry = await this.log.append(session.id, first!.input);
        this.addSaved(entry);
        this.setPending(session.id, rest);
      } catch (err) {
        this.setPending(session.id, [{ ...first!, error: toStorageError(err) }, ...rest]);
        return false;
      }
    }
    return true;
  }

  /**
   * Share the running session live from now on: every entry so far gets its event, and every
   * later one is written with its own (see storage/outbox.ts). Throws StorageError on failure.
   */
  shareLive(live: LiveShare): Promise<void> {
    return this.serially(async () => {
      const session = this.snapshot.session;
      if (!session) throw new StorageError('unknown', 'There is no running session to share.');
      const next = await shareSessionLive(this.db, session.id, live);
      this.log.setLive(session.id, true);
      this.set({ session: next });
    });
  }

  /** Write `session-ended` and close the session; only when nothing is pending. */
  end(data: NewEntry<'session-ended'>['data']): Promise<boolean> {
    return this.serially(async () => {
      const session = this.snapshot.session;
      if (!session) return false;
      if (!(await this.retryNow())) return false;
      const ending = { kind: 'session-ended', data, at: this.clock(), actionId: 'session-ended' };
      if (!(await this.appendNow(ending as PendingEntry['input']))) return false;
      // The digest travels with the status change, so home lists this session without its log.
      const digest = sessionDigest(this.snapshot.entries, session.protocol);
      await markSessionEnded(this.db, session.id, digest);
      this.actions.clear();
      this.setPending(session.id, []);
      this.set({ session: undefined, entries: [] });
      return true;
    });
  }
}
