import type { SessionRecord } from '../log/session';
import type { SessionDigest, TierCounts } from '../log/session-digest';

// The induction series: every session on this device as one row, numbered in the order they
// started, from the per-session digests (no log is read). Improvement is rarely a straight line;
// these figures let a bend in the road show as part of the path.

/** A session with its digest, as the home list loads them. */
export interface DigestedSession {
  record: Pick<SessionRecord, 'id' | 'createdAt'>;
  digest: SessionDigest;
}

/** One session's figures in the series. */
export interface SeriesRow {
  /** 1 for the first session on this device, by start time. */
  number: number;
  sessionId: string;
  startedAt: number;
  doseText?: string;
  doseToReadyMs?: number;
  highestBp?: { systolic: number; diastolic: number };
  distressEpisodes: number;
  missed: number;
  moodBefore?: number;
  moodAfter?: number;
  escalations: TierCounts;
}

/** The series, oldest first, numbered from 1. */
export function seriesRows(sessions: readonly DigestedSession[]): SeriesRow[] {
  const startOf = (s: DigestedSession): number => s.digest.startedAt ?? s.record.createdAt;
  return [...sessions]
    .sort((a, b) => startOf(a) - startOf(b))
    .map((s, i) => {
      const d = s.digest;
      return {
        number: i + 1,
        sessionId: s.record.id,
        startedAt: startOf(s),
        doseText: d.doseText,
        doseToReadyMs: d.doseToReadyMs,
        highestBp: d.highestBp && {
          systolic: d.highestBp.systolic,
          diastolic: d.highestBp.diastolic,
        },
        distressEpisodes: d.distressEpisodes,
        missed: d.missed,
        moodBefore: d.moodBefore,
        moodAfter: d.moodAfter,
        escalations: { ...d.escalations },
      };
    });
}

/** A value at a session number, for a line or bar over the series. */
export interface SeriesPoint {
  number: number;
  value: number;
}

/** The points of one figure; sessions without it are left out (a gap, not a zero). */
export function seriesPoints(
  rows: readonly SeriesRow[],
  pick: (r: SeriesRow) => number | undefined,
): SeriesPoint[] {
  return rows.flatMap((r) => {
    const value = pick(r);
    return value === undefined || !Number.isFinite(value) ? [] : [{ number: r.number, value }];
  });
}

/** Mood after minus mood before for one session; undefined unless both were given. */
export function moodShift(r: SeriesRow): number | undefined {
  return r.moodBefore !== undefined && r.moodAfter !== undefined
    ? r.moodAfter - r.moodBefore
    : undefined;
}

/** Minutes from dose to ready, rounded, for charting. */
export function readyMinutes(r: SeriesRow): number | undefined {
  return r.doseToReadyMs === undefined ? undefined : Math.round(r.doseToReadyMs / 60_000);
}

/** How many emergency and call-the-provider prompts a session had. */
export function urgentCount(r: SeriesRow): number {
  return r.escalations.emergency + r.escalations['call-provider'];
}
