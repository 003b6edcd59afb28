import type { RegionHint } from '../domain/contacts/emergency-number';

// Where the phone is, as the browser tells it: the locale (its region, if any) and the time zone.
// The emergency number is a fact of the region, not of the language.

/** The browser's locale and time zone. */
export function deviceRegionHint(): RegionHint {
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return { locale: navigator.language, ...(timeZone ? { timeZone } : {}) };
}
