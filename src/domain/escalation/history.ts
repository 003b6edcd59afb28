// Questions the escalation rules ask of the log: the pre-dose reading, a repeated very high
// reading, earlier vomiting, the previous responsiveness, when grounding began. Pure functions.

import { minutesToMilliseconds } from 'date-fns';
import { isKind, type AnyEntry, type Entry } from '../log/entry';
import { RESPONSIVENESS, type Responsiveness, type Vitals } from '../log/observation';
import { SUBSTANCES, substancesFromAnswers } from '../log/substances';
import { situationOf } from './situations';
import { currentFromEntry, type Current } from './context';

/** Fixed thresholds that come from published guidance or the issue, not from the protocol. */
export const ESCALATION_LIMITS = {
  /** At or above either number is a crisis reading [AHA-HTN, SC-esk]. */
  crisisBp: { systolic: 180, diastolic: 120 },
  /** A crisis reading still that high this long after the first: urgency [AHA-HTN]. */
  crisisRepeatMs: minutesToMilliseconds(5),
  /** A rise this big from the pre-dose reading means call the provider [SPR-label, USMed]. */
  riseBp: { systolic: 40, diastolic: 25 },
  /** Breaths per minute at or below this is an emergency [BTI, USC]. */
  slowBreathing: 8,
  /** Responsiveness this many steps worse than the best seen [MOAAS, SITWELL-DEFAULT]. */
  responseDropSteps: 2,
  /** Distress still there this long after grounding began [SITWELL-DEFAULT]. */
  distressSettleMs: minutesToMilliseconds(15),
} as const;

/** A blood-pressure reading from a check-in or a vitals entry; either number may be missing. */
export interface BpReading {
  at: number;
  systolic?: number;
  diastolic?: number;
}

/** Whether the vitals include any blood-pressure number. */
export function hasBp(v: Vitals | undefined): v is Vitals {
  return v?.systolic !== undefined || v?.diastolic !== undefined;
}

/** The reading carried by the thing being evaluated, if it has one. */
export function readingOf(c: Pick<Current, 'at' | 'vitals'>): BpReading | undefined {
  return hasBp(c.vitals)
    ? { at: c.at, systolic: c.vitals.systolic, diastolic: c.vitals.diastolic }
    : undefined;
}

/** Every blood-pressure reading in the entries, in log order. */
export function bpReadings(entries: readonly AnyEntry[]): BpReading[] {
  return entries.flatMap((e) => {
    const c = currentFromEntry(e as Entry);
    const r = c && readingOf(c);
    return r ? [r] : [];
  });
}

/**
 * The pre-dose reading: the last one recorded as pre-dose, else the first reading before the dose.
 */
export function preDoseReading(entries: readonly AnyEntry[]): BpReading | undefined {
  // The last marked one, because a sitter may re-take a high reading after the patient rests.
  const marked = entries.filter((e) => isKind(e, 'vitals') && e.data.context === 'pre-dose');
  const lastMarked = bpReadings(marked).at(-1);
  if (lastMarked) return lastMarked;
  const dose = entries.find((e) => isKind(e, 'dose-recorded'));
  if (!dose || !isKind(dose, 'dose-recorded')) return undefined;
  return bpReadings(entries).find((r) => r.at <= dose.data.doseAt);
}

/** Whether a reading is at or above the crisis level in either number. */
export function isCrisisBp(r: BpReading): boolean {
  const { systolic, diastolic } = ESCALATION_LIMITS.crisisBp;
  return (r.systolic ?? 0) >= systolic || (r.diastolic ?? 0) >= diastolic;
}

/**
 * Whether `latest` repeats a crisis reading taken at least 5 minutes earlier, with only crisis
 * readings in between (a normal reading in between means it was not "still that high").
 */
export function isRepeatedCrisis(latest: BpReading, earlier: readonly BpReading[]): boolean {
  if (!isCrisisBp(latest)) return false;
  for (let i = earlier.length - 1; i >= 0; i--) {
    const r = earlier[i] as BpReading;
    if (!isCrisisBp(r)) return false;
    if (latest.at - r.at >= ESCALATION_LIMITS.crisisRepeatMs) return true;
  }
  return false;
}

/** Whether this check-in or answer records vomiting. */
export function isVomiting(c: Pick<Current, 'observation' | 'situations'>): boolean {
  return (
    c.observation?.nausea === 'vomited' || c.situations.some((s) => situationOf(s) === 'vomiting')
  );
}

/** How many check-ins and answers in the entries record vomiting. */
export function vomitingCount(entries: readonly AnyEntry[]): number {
  return entries.filter((e) => {
    const c = currentFromEntry(e as Entry);
    return c !== undefined && isVomiting(c);
  }).length;
}

/** Vomiting while not fully alert; an unanswered responsiveness counts as not fully alert. */
export function isVomitingNotAlert(c: Pick<Current, 'observation' | 'situations'>): boolean {
  const atCheckIn =
    c.observation?.nausea === 'vomited' && c.observation.responsiveness !== 'normal';
  return atCheckIn || c.situations.includes('vomiting-not-alert');
}

/** Vomiting while known to be fully alert (the only case that is not an emergency). */
export function isVomitingAlert(c: Pick<Current, 'observation' | 'situations'>): boolean {
  const atCheckIn =
    c.observation?.nausea === 'vomited' && c.observation.responsiveness === 'normal';
  return atCheckIn || c.situations.includes('vomiting-awake');
}

/** The responsiveness at the most recent check-in that recorded one. */
export function previousResponsiveness(entries: readonly AnyEntry[]): Responsiveness | undefined {
  for (let i = entries.length - 1; i >= 0; i--) {
    const e = entries[i] as AnyEntry;
    if (e.kind === 'check-in' && e.data.observation.responsiveness)
      return e.data.observation.responsiveness;
  }
  return undefined;
}

/** How many steps down the responsiveness ladder `to` is from `from` (negative when better). */
export function stepsWorse(from: Responsiveness, to: Responsiveness): number {
  return RESPONSIVENESS.indexOf(to) - RESPONSIVENESS.indexOf(from);
}

/**
 * Whether this check-in or answer reports distress (anxious, distressed, agitated, very
 * distressed).
 */
export function isDistress(c: Pick<Current, 'observation' | 'situations'>): boolean {
  const comfort = c.observation?.comfort;
  const upset = comfort === 'anxious' || comfort === 'distressed' || comfort === 'agitated';
  return upset || c.situations.includes('very-distressed');
}

/**
 * When the distress episode began: the first grounding prompt or grounding use after the last calm
 * (or resting) check-in, so the 15 minutes and the re-check count from the same moment.
 */
export function groundingStartedAt(entries: readonly AnyEntry[]): number | undefined {
  let start: number | undefined;
  for (const e of entries) {
    const o = e.kind === 'check-in' ? e.data.observation : undefined;
    const calm = o !== undefined && (o.comfort === 'calm' || o.resting === true);
    // A calm check-in ends the episode: grounding used before it does not count for later distress.
    if (calm) start = undefined;
    else if (start === undefined && isGroundingStart(e)) start = e.at;
  }
  return start;
}

/**
 * The sedating substances (alcohol, benzodiazepines, opioids, other sedatives) that preparation
 * recorded as taken today, by label; they add to ketamine's sedation [SPR-label, PMF].
 */
export function sedatingTakenToday(entries: readonly AnyEntry[]): string[] {
  const prep = entries.findLast((e) => e.kind === 'prep-completed');
  if (!prep || prep.kind !== 'prep-completed') return [];
  const ids = substancesFromAnswers(prep.data.answers);
  if (!Array.isArray(ids)) return [];
  return SUBSTANCES.filter((s) => s.sedating && ids.includes(s.id)).map((s) => s.label);
}

function isGroundingStart(e: AnyEntry): boolean {
  if (e.kind === 'grounding-used') return true;
  return e.kind === 'escalation-shown' && e.data.ruleIds.includes('grounding');
}
