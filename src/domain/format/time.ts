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

/** ISO 8601 local time and offset, e.g. "2026-03-08T14:05:09-05:00"; `tzOffset`: minutes east. */
export function isoWithOffset(at: number, tzOffset: number): string {
  const local = new Date(at + tzOffset * 60_000).toISOString().slice(0, 19);
  const sign = tzOffset < 0 ? '-' : '+';
  const abs = Math.abs(tzOffset);
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  const mm = String(abs % 60).padStart(2, '0');
  return `${local}${sign}${hh}:${mm}`;
}
