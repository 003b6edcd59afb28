import { writable } from '../lib/observable';

// "Something's wrong" tapped on the ringing alarm: the sitter is dealing with the patient, so the
// alarm for that due time steps aside as the quiet strip (it keeps sounding, softer) and the
// situations list can be used at once. A check-in moves the due time on, which ends it; an
// emergency answer keeps the strip for as long as the emergency is open.

/** The due time whose alarm the sitter set aside with "Something's wrong", if any. */
export const alarmSetAsideFor = writable<number | undefined>(undefined);

/** The alarm due at `dueAt` steps aside as the strip. */
export function setAlarmAside(dueAt: number): void {
  alarmSetAsideFor.set(dueAt);
}

/** Whether the alarm due at `dueAt` was set aside. */
export function isAlarmSetAside(setAsideFor: number | undefined, dueAt: number | undefined) {
  return dueAt !== undefined && setAsideFor === dueAt;
}
