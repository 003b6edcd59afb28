import type { EntryData } from './entry';

// The digest's shape, version and check, apart from the code that computes a digest (the log's
// fold and corrections, session-digest.ts): storage and the home list need only this.

/** Bump when the digest's shape or meaning changes: older digests are then backfilled again. */
export const DIGEST_VERSION = 2;

const isCount = (v: unknown): boolean => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const isOptionalNumber = (v: unknown): boolean =>
  v === undefined || (typeof v === 'number' && Number.isFinite(v));

/** Escalations shown, counted by tier. */
export type TierCounts = Record<EntryData['escalation-shown']['tier'], number>;

/** The figures of one session that lists and the series need. Times epoch ms, durations ms. */
export interface SessionDigest {
  v: typeof DIGEST_VERSION;
  startedAt?: number;
  endedAt?: number;
  durationMs?: number;
  checkIns: number;
  missed: number;
  /** When the latest recorded dose was taken; absent when no dose was recorded. */
  doseAt?: number;
  /** "Ketamine 200 mg, oral" from the dose entry's fields; absent when none was typed. */
  doseText?: string;
  /** Dose (or session start, when no dose was recorded) to the first ready check-in. */
  doseToReadyMs?: number;
  /** The reading with the highest systolic number (ties: highest diastolic). */
  highestBp?: { systolic: number; diastolic: number; at: number };
  /** Runs of distress at check-ins, each closed by a calm or resting check-in. */
  distressEpisodes: number;
  /** The patient's own mood, 0–10; the latest entry for each moment counts. */
  moodBefore?: number;
  moodAfter?: number;
  patientName?: string;
  sitterName: string;
  escalations: TierCounts;
}

/** Whether a stored value is a digest of the current version (else it is backfilled again). */
export function isCurrentDigest(v: unknown): v is SessionDigest {
  if (typeof v !== 'object' || v === null) return false;
  const d = v as Record<string, unknown>;
  const tiers = d.escalations as Record<string, unknown> | undefined;
  return (
    d.v === DIGEST_VERSION &&
    [d.checkIns, d.missed, d.distressEpisodes].every(isCount) &&
    [d.startedAt, d.endedAt, d.durationMs, d.doseAt, d.doseToReadyMs].every(isOptionalNumber) &&
    [d.moodBefore, d.moodAfter].every(isOptionalNumber) &&
    typeof d.sitterName === 'string' &&
    typeof tiers === 'object' &&
    tiers !== null &&
    [tiers.emergency, tiers['call-provider'], tiers.support].every(isCount)
  );
}
