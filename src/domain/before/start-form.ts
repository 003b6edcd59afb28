import { MAX_INTERVAL_MIN } from '../protocol/limits';

// Validation of the start form. Pure: the caller passes `now`.

/** Shortest check-in interval, whole minutes. */
export const INTERVAL_MIN = 5;
/** Longest check-in interval, minutes: no protocol may ask for less [seed interview, MB-help]. */
export const INTERVAL_MAX = MAX_INTERVAL_MIN;
/** Quick interval choices shown as buttons. */
export const QUICK_INTERVALS = [10, 12, 15] as const;

const DAY_MS = 24 * 60 * 60_000;

/**
 * The epoch ms for an "HH:mm" dose time entered at `now`: today, or yesterday when today's time
 * would be in the future (a session that crosses midnight). Undefined when not a valid time.
 */
export function parseDoseTime(hhmm: string, now: number): number | undefined {
  const m = /^(\d{1,2}):(\d{2})$/.exec(hhmm.trim());
  if (!m) return undefined;
  const h = Number(m[1]);
  const min = Number(m[2]);
  if (h > 23 || min > 59) return undefined;
  const d = new Date(now);
  d.setHours(h, min, 0, 0);
  const today = d.getTime();
  return today > now + 60_000 ? today - DAY_MS : today;
}

function doseError(doseAt: number | undefined, now: number): string | undefined {
  if (doseAt === undefined) return 'Enter the time of the dose, for example 14:05.';
  // Anything more than 12 hours back is almost certainly a typo, not a session in progress.
  if (now - doseAt > DAY_MS / 2)
    return 'The dose time must be within the last 12 hours and not in the future.';
  return undefined;
}

/** The validated start values (no `doseAt` when started without a dose), or a message per field. */
export type StartResult =
  | { ok: true; intervalMin: number; doseAt: number | undefined }
  | { ok: false; errors: Partial<Record<'sitter' | 'dose' | 'interval', string>> };

/**
 * Check the start form. The sitter may shorten the provider's interval, never lengthen it
 * [SITWELL-DEFAULT]. Starting without a dose needs no dose time, and any typed one is ignored.
 */
export function validateStart(input: {
  sitter: string;
  interval: string;
  doseAt: number | undefined;
  now: number;
  /** The provider's interval: the longest allowed. */
  maxIntervalMin?: number;
  /** The dose is held: the session starts without one (it can be recorded later). */
  withoutDose?: boolean;
}): StartResult {
  const errors: Partial<Record<'sitter' | 'dose' | 'interval', string>> = {};
  if (!input.sitter.trim())
    errors.sitter = 'Enter your name: it goes on the log as the person who monitored.';
  const dose = input.withoutDose ? undefined : doseError(input.doseAt, input.now);
  if (dose) errors.dose = dose;
  const max = Math.min(INTERVAL_MAX, input.maxIntervalMin ?? INTERVAL_MAX);
  const n = Number(input.interval);
  if (!/^\d+$/.test(input.interval.trim()) || n < INTERVAL_MIN || n > INTERVAL_MAX) {
    errors.interval =
      `The check-in interval must be a whole number of minutes from ` +
      `${INTERVAL_MIN} to ${INTERVAL_MAX}.`;
  } else if (n > max) {
    errors.interval =
      `The provider’s plan asks for a check-in at least every ${max} minutes: ` +
      `choose ${max} or fewer.`;
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, intervalMin: n, doseAt: input.withoutDose ? undefined : input.doseAt };
}
