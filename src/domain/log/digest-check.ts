import type { SessionDigest } from './session-digest';

// The digest's version and shape check, apart from the code that computes a digest (the log's
// fold and corrections): storage and the home list need only this.

/** Bump when the digest's shape or meaning changes: older digests are then backfilled again. */
export const DIGEST_VERSION = 2;

const isCount = (v: unknown): boolean => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const isOptionalNumber = (v: unknown): boolean =>
  v === undefined || (typeof v === 'number' && Number.isFinite(v));

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
