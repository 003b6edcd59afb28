import { useEffect } from 'preact/hooks';
import { writable, type Observable } from '../lib/observable';
import { undoneJump } from '../domain/log/clock-changes';
import type { Entry } from '../domain/log/entry';
import { sessionClock, type ClockJump } from '../platform/clock';
import { logWithPending, type SessionStore } from './session-store';

// Writes a `clock-changed` entry for every jump of the device clock during a session and keeps
// the latest one on screen until the sitter has read it. Session time itself is kept by the
// session clock (platform/clock.ts); this only records and tells.

const notice = writable<ClockJump | undefined>(undefined);

/** The clock change to tell the sitter about, until they dismiss it. */
export const clockNotice: Observable<ClockJump | undefined> = notice;

/** The sitter has read the clock-change notice. */
export function dismissClockNotice(): void {
  notice.set(undefined);
}

/** Log clock jumps into the running session, and put the latest up as `clockNotice`. */
export function useClockLog(store: SessionStore, sessionId: string | undefined): void {
  useEffect(() => {
    if (!sessionId) return;
    const record = (jump: ClockJump | undefined): void => {
      const snap = store.snapshot;
      if (!jump || snap.session?.id !== sessionId) return;
      const log = logWithPending(snap);
      // A jump from before this session started (or already written) is not this session's.
      const startedAt = log[0]?.at ?? Number.POSITIVE_INFINITY;
      if (jump.at < startedAt || isLogged(log, jump)) return;
      const undone = undoneJump(log, jump.deltaMs);
      void store.append({
        kind: 'clock-changed',
        data: {
          deltaMs: Math.round(jump.deltaMs),
          offsetMs: Math.round(jump.offsetMs),
          wallAt: Math.round(jump.wallAt),
          ...(undone ? { undoes: undone.seq } : {}),
        },
        at: Math.floor(jump.at),
        actionId: `clock:${Math.round(jump.at)}:${Math.round(jump.deltaMs)}`,
      });
      notice.set(jump);
    };
    record(sessionClock.jumps.get());
    const stop = sessionClock.jumps.subscribe(record);
    return () => {
      stop();
      notice.set(undefined);
    };
  }, [sessionId]);
}

function isLogged(log: readonly Entry[], jump: ClockJump): boolean {
  return log.some(
    (e) =>
      e.kind === 'clock-changed' &&
      e.at === Math.round(jump.at) &&
      (e as Entry<'clock-changed'>).data.deltaMs === Math.round(jump.deltaMs),
  );
}

/**
 * Continue the session clock from a loaded session: the offset its log last recorded, and never
 * earlier than its last entry. With no session, follow the device clock.
 */
export function resumeSessionClock(entries: readonly Entry[] | undefined): void {
  if (!entries || entries.length === 0) {
    sessionClock.reset();
    return;
  }
  const last = entries.findLast((e) => e.kind === 'clock-changed') as
    Entry<'clock-changed'> | undefined;
  sessionClock.resume(last?.data.offsetMs ?? 0, entries.at(-1)!.at);
}
