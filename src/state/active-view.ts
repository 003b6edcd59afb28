import { pendingRecheck, type PendingRecheck } from '../domain/check-in/recheck';
import { scheduleState, type ScheduleState } from '../domain/check-in/schedule';
import { applyCorrections, type CorrectedLog } from '../domain/log/corrections';
import type { Entry } from '../domain/log/entry';
import type { SessionRecord } from '../domain/log/session';
import { foldSession, type SessionFold } from '../domain/log/session-fold';
import { logWithPending, type PendingEntry, type SessionSnapshot } from './session-store';

// The running session as screens see it, derived from a store snapshot: no hooks here, so the
// session store's own code (the reopen snapshot) can use it too.

/** The running session as screens see it: saved entries plus unsaved ones, folded, at `now`. */
export interface ActiveSessionView {
  session: SessionRecord;
  /**
   * Saved entries followed by not-yet-saved ones (see logWithPending), with corrections applied.
   */
  entries: Entry[];
  /** The same entries exactly as written (the log screen shows originals beside corrections). */
  rawEntries: Entry[];
  /** Structured corrections applied, by the corrected entry's seq. */
  corrections: CorrectedLog['changes'];
  pending: PendingEntry[];
  fold: SessionFold;
  schedule: ScheduleState | undefined;
  /** A re-check brought forward and not yet done. */
  recheck: PendingRecheck | undefined;
}

/** The view of a store snapshot at `now` (the hook below, and use-reopen-snapshot.ts). */
export function activeViewOf(snap: SessionSnapshot, now: number): ActiveSessionView | undefined {
  const folded = foldedView(snap);
  return folded && withSchedule(folded, now);
}

type FoldedView = Omit<ActiveSessionView, 'schedule'>;

export function foldedView(snap: SessionSnapshot): FoldedView | undefined {
  if (!snap.session) return undefined;
  const rawEntries = logWithPending(snap);
  const { entries, changes } = applyCorrections(rawEntries);
  return {
    session: snap.session,
    entries,
    rawEntries,
    corrections: changes,
    pending: snap.pending,
    fold: foldSession(entries, { sessionId: snap.session.id }),
    recheck: pendingRecheck(entries),
  };
}

export function withSchedule(folded: FoldedView, now: number): ActiveSessionView {
  const { fold } = folded;
  const schedule =
    fold.anchorAt === undefined || fold.ended
      ? undefined
      : scheduleState({
          anchorAt: fold.anchorAt,
          intervalMin: fold.intervalMin,
          now,
          preAlert: fold.preAlert,
          recheckAt: folded.recheck?.dueAt,
        });
  return { ...folded, schedule };
}
