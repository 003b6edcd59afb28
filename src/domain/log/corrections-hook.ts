import type { Entry } from './entry';

// HOOK POINT for structured corrections. A `correction` entry may carry `changes` (field, from,
// to) that should replace single answers or readings in every figure. No helper applies them yet;
// when one exists in this folder, call it here and every reader below picks it up: the session
// digest (home list and series) and the patient's timeline and vitals chart. Until then the
// figures use the values as first recorded, and the correction texts stay in the log.

/** The log as figures should read it: today the entries unchanged (see the hook note above). */
export function withStructuredCorrections<E extends Entry>(entries: readonly E[]): readonly E[] {
  return entries;
}
