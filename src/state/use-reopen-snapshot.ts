import { useEffect } from 'preact/hooks';
import type { EntryKind } from '../domain/log/entry';
import { dialHref } from '../domain/contacts/contacts';
import { now } from '../platform/clock';
import { writeShellSnapshot, type ShellSnapshot } from '../platform/session-shell';
import type { NewEntry } from '../storage/entries';
import { SessionStore, type SessionSnapshot } from './session-store';
import { activeViewOf } from './active-view';

// The snapshot the session shell (public/shell.js) paints from on the next reopen, kept in step
// with the log by the session store: removed the moment any write to the log begins, and written
// again only once every write has settled, from what was saved. So whatever happens in between
// (a crash, a kill, a write that fails) the shell finds either a snapshot true to the log or none.

/**
 * Entries that change nothing the shell shows: the app leaving and coming back to the screen (one
 * of each on every close and reopen, often cut short by the close itself) and a note.
 */
const SHELL_NEUTRAL: ReadonlySet<EntryKind> = new Set(['app-hidden', 'app-visible', 'note']);

/** The call button's number (from the contacts in force); set by the session monitor. */
let callNumber: string | undefined;

/** The session store, keeping the shell's snapshot in step with every write. */
export class SnapshotKeepingStore extends SessionStore {
  private writing = 0;

  override append<K extends EntryKind>(input: NewEntry<K>): Promise<boolean> {
    if (SHELL_NEUTRAL.has(input.kind)) return super.append(input);
    return this.around(() => super.append(input));
  }

  override retryPending(): Promise<boolean> {
    return this.around(() => super.retryPending());
  }

  override end(data: NewEntry<'session-ended'>['data']): Promise<boolean> {
    return this.around(async () => {
      const ended = await super.end(data);
      // The next session's monitor gives its own number.
      if (ended) callNumber = undefined;
      return ended;
    });
  }

  override start(...args: Parameters<SessionStore['start']>): Promise<void> {
    return this.around(() => super.start(...args));
  }

  /** Write the snapshot for what is saved now, unless a write is under way. */
  refreshShell(): void {
    if (this.writing === 0) writeShellSnapshot(shellSnapshotOf(this.snapshot, now(), callNumber));
  }

  private around<T>(op: () => Promise<T>): Promise<T> {
    this.writing++;
    writeShellSnapshot(undefined);
    const settled = (): void => {
      this.writing--;
      this.refreshShell();
    };
    const run = op();
    run.then(settled, settled);
    return run;
  }
}

/** The session monitor tells the store which number the call button shows. */
export function useReopenSnapshot(store: SessionStore, number: string): void {
  useEffect(() => setCallNumber(store, number), [store, number]);
}

/** The number the call button shows, for the snapshot (and a fresh one written with it). */
export function setCallNumber(store: SessionStore, number: string): void {
  callNumber = number;
  if (store instanceof SnapshotKeepingStore) store.refreshShell();
}

/**
 * The snapshot for a store's state at `at`, or undefined whenever the shell's countdown could
 * differ from the app's: no countdown, an entry not saved yet, a re-check brought forward, session
 * time apart from the device clock (a clock set back), or no call number known yet.
 */
export function shellSnapshotOf(
  snap: SessionSnapshot,
  at: number,
  number: string | undefined,
): ShellSnapshot | undefined {
  const view = activeViewOf(snap, at);
  if (!view || number === undefined || view.pending.length > 0) return undefined;
  const { fold, schedule } = view;
  const last = view.rawEntries.at(-1);
  if (!schedule || schedule.recheck || fold.anchorAt === undefined || !last?.hash) return undefined;
  if (Math.abs(at - Date.now()) > 1000) return undefined;
  return {
    v: 1,
    sessionId: view.session.id,
    lastSeq: last.seq,
    lastAt: last.at,
    anchorAt: fold.anchorAt,
    nextDueAt: schedule.nextDueAt,
    intervalMin: fold.intervalMin,
    doseAt: fold.doseAt ?? null,
    number,
    href: dialHref(number),
  };
}
