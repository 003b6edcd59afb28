import { format } from 'date-fns';

// Every time and date the app shows goes through these, so the app has one way of writing them.

/** A time of day, e.g. "14:05". */
export function clockTime(at: number): string {
  return format(at, 'HH:mm');
}

/** A time of day with seconds, for the log, e.g. "14:05:09". */
export function clockTimeWithSeconds(at: number): string {
  return format(at, 'HH:mm:ss');
}

/** A calendar day, e.g. "8 Mar 2026". */
export function dayDate(at: number): string {
  return format(at, 'd MMM yyyy');
}

/** A day and a time, e.g. "8 Mar 2026, 14:05". */
export function dayDateTime(at: number): string {
  return format(at, 'd MMM yyyy, HH:mm');
}

/** A weekday, day and time, e.g. "Sun 8 Mar 2026, 14:05". */
export function weekdayDateTime(at: number): string {
  return format(at, 'EEE d MMM yyyy, HH:mm');
}

/** The local calendar day as ISO "2026-03-08" (file names, issue dates). */
export function isoDay(at: number): string {
  return format(at, 'yyyy-MM-dd');
}

/** The value an `<input type="time">` takes: always 24-hour "HH:mm", whatever the locale. */
export function timeInputValue(at: number): string {
  return format(at, 'HH:mm');
}
