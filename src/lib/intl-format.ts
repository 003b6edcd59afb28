// Dates, times and numbers in the user's own locale through Intl: 12- or 24-hour clock, day and
// month order and digits as the locale says. Formatters are made once and reused (they are costly
// to create and a chart formats many values).

const cache = new Map<string, Intl.DateTimeFormat>();

function dateTimeFormat(key: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  let f = cache.get(key);
  if (!f) cache.set(key, (f = new Intl.DateTimeFormat(undefined, options)));
  return f;
}

/** A time of day, e.g. "2:05 PM" or "14:05" as the locale writes it. */
export function localTime(at: number): string {
  return dateTimeFormat('time', { hour: 'numeric', minute: '2-digit' }).format(at);
}

/** A calendar day, e.g. "Mar 8, 2026" or "8 Mar 2026". */
export function localDate(at: number): string {
  return dateTimeFormat('date', { day: 'numeric', month: 'short', year: 'numeric' }).format(at);
}

/** A short day without the year, for chart axes, e.g. "Mar 8" or "8 Mar". */
export function localShortDate(at: number): string {
  return dateTimeFormat('short-date', { day: 'numeric', month: 'short' }).format(at);
}

/** A day and a time, e.g. "Mar 8, 2026, 2:05 PM". */
export function localDateTime(at: number): string {
  return dateTimeFormat('date-time', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
  }).format(at);
}

const numbers = new Map<string, Intl.NumberFormat>();

/** A number in the locale's digits and separators (whole numbers unless options say otherwise). */
export function localNumber(n: number, options: Intl.NumberFormatOptions = {}): string {
  const key = JSON.stringify(options);
  let f = numbers.get(key);
  if (!f) numbers.set(key, (f = new Intl.NumberFormat(undefined, options)));
  return f.format(n);
}
