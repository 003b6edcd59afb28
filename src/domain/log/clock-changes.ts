import type { Entry } from './entry';

// Changes of the device clock during a session. The app keeps its own count of the time that
// really passed (see platform/clock.ts) and writes a `clock-changed` entry for every jump, so the
// log says what happened. A jump ahead that is later set back again was a clock change, not time
// passing: the check-ins it made look missed were never really missed, and are not counted so.

/** A device clock change larger than this is recorded; smaller ones are ordinary drift. */
export const CLOCK_JUMP_MS = 60_000;

/** How close a setback must be to an earlier jump ahead to count as undoing it. */
function undoes(aheadMs: number, backMs: number): boolean {
  return Math.abs(aheadMs - backMs) <= Math.max(2 * 60_000, 0.1 * aheadMs);
}

const isClock = (e: Entry): e is Entry<'clock-changed'> => e.kind === 'clock-changed';

/**
 * The jump ahead that a setback of `deltaMs` (negative) undoes: the latest jump ahead not yet
 * undone, when it is about the same size; otherwise undefined.
 */
export function undoneJump(
  entries: readonly Entry[],
  deltaMs: number,
): Entry<'clock-changed'> | undefined {
  if (deltaMs >= 0) return undefined;
  const clock = entries.filter(isClock);
  const done = new Set(clock.map((e) => e.data.undoes));
  const ahead = clock.findLast((e) => e.data.deltaMs > 0 && !done.has(e.seq));
  return ahead && undoes(ahead.data.deltaMs, -deltaMs) ? ahead : undefined;
}

/**
 * Due times of `check-in-missed` entries that only a clock jump ahead, set back later, produced:
 * due times the jump skipped over (after where the app stood before it, up to where it landed),
 * recorded before the setback. A due time already passed before the jump was really missed.
 */
export function clockMadeMissed(entries: readonly Entry[]): Set<number> {
  const bySeq = new Map(entries.filter(isClock).map((e) => [e.seq, e]));
  const spans: { from: number; to: number; until: number }[] = [];
  for (const back of bySeq.values()) {
    const ahead = back.data.undoes === undefined ? undefined : bySeq.get(back.data.undoes);
    if (!ahead) continue;
    spans.push({ from: ahead.at - ahead.data.deltaMs, to: ahead.at, until: back.at });
  }
  const made = new Set<number>();
  for (const e of entries) {
    if (e.kind !== 'check-in-missed') continue;
    const { dueAt } = (e as Entry<'check-in-missed'>).data;
    if (spans.some((s) => dueAt > s.from && dueAt <= s.to && e.at <= s.until)) made.add(dueAt);
  }
  return made;
}
