// Every time and date the app shows goes through these, in the reader's own locale: 12- or
// 24-hour as the locale says ("2:05 PM" in the US, "14:05" in the UK). Formatters are made once.

const CLOCK = new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit' });
const CLOCK_SECONDS = new Intl.DateTimeFormat(undefined, {
  hour: 'numeric',
  minute: '2-digit',
  second: '2-digit',
});
const DAY = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric' });
const DAY_TIME = new Intl.DateTimeFormat(undefined, {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
});
const WEEKDAY_TIME = new Intl.DateTimeFormat(undefined, {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
});

/** A time of day, e.g. "2:05 PM" or "14:05". */
export function clockTime(at: number): string {
  return CLOCK.format(at);
}

/** A time of day with seconds, for the log. */
export function clockTimeWithSeconds(at: number): string {
  return CLOCK_SECONDS.format(at);
}

/** A calendar day, e.g. "Mar 8, 2026" or "8 Mar 2026". */
export function dayDate(at: number): string {
  return DAY.format(at);
}

/** A day and a time. */
export function dayDateTime(at: number): string {
  return DAY_TIME.format(at);
}

/** A weekday, day and time, e.g. "Sun, Mar 8, 2026, 2:05 PM". */
export function weekdayDateTime(at: number): string {
  return WEEKDAY_TIME.format(at);
}

/** The local calendar day as ISO "2026-03-08" (file names, issue dates). */
export function isoDay(at: number): string {
  const d = new Date(at);
  return `${d.getFullYear()}-${pad2(d.getMonth() + 1)}-${pad2(d.getDate())}`;
}

/** The value an `<input type="time">` takes: always 24-hour "HH:mm", whatever the locale. */
export function timeInputValue(at: number): string {
  const d = new Date(at);
  return `${pad2(d.getHours())}:${pad2(d.getMinutes())}`;
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

const SHORT_DATE = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' });
const numbers = new Map<string, Intl.NumberFormat>();

/** A short day without the year, for chart axes, e.g. "Mar 8" or "8 Mar". */
export function shortDate(at: number): string {
  return SHORT_DATE.format(at);
}

/** A number in the locale's digits and separators (whole numbers unless options say otherwise). */
export function numberText(n: number, options: Intl.NumberFormatOptions = {}): string {
  const key = JSON.stringify(options);
  let f = numbers.get(key);
  if (!f) numbers.set(key, (f = new Intl.NumberFormat(undefined, options)));
  return f.format(n);
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
