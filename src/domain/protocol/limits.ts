// The clinical limits a provider's protocol must stay inside. A protocol that asks for fewer
// check-ins or a shorter watch than the programs and the esketamine REMS do is refused with the
// reason, wherever it comes in: a file, a link, the provider's form or the stored protocol.

/**
 * Longest check-in interval a protocol may set, minutes: programs check on the patient every
 * 10–15 minutes [seed interview], Mindbloom every 15 [MB-help].
 */
export const MAX_INTERVAL_MIN = 15;

/**
 * Shortest minimum monitoring time a protocol may set, minutes: Spravato monitoring lasts at least
 * 2 hours after the dose [SPR-hcp, FDA-REMS].
 */
export const MIN_MONITORING_MIN = 120;

const minutes = (n: number): string => `${n} minute${n === 1 ? '' : 's'}`;

/** Why a check-in interval longer than MAX_INTERVAL_MIN is refused, naming the field and basis. */
export function intervalTooLongMessage(got: number): string {
  // [seed interview] every 10–15 min; [MB-help] every 15 min.
  return (
    `Check-in interval: ${minutes(got)} is longer than the ${MAX_INTERVAL_MIN} minutes ` +
    `programs require [seed interview, MB-help]; choose ${MAX_INTERVAL_MIN} or less.`
  );
}

/** Why a monitoring time shorter than MIN_MONITORING_MIN is refused, naming the field and basis. */
export function monitoringTooShortMessage(got: number): string {
  // [SPR-hcp, FDA-REMS] at least 2 h of observation after the dose.
  return (
    `Minimum monitoring time: ${minutes(got)} is shorter than the ` +
    `${MIN_MONITORING_MIN / 60} hours (${MIN_MONITORING_MIN} minutes) Spravato monitoring ` +
    `requires [SPR-hcp, FDA-REMS]; choose ${MIN_MONITORING_MIN} or more.`
  );
}
