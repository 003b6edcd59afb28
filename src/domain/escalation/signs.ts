// Signs the rules look for: warning signs that make a very high blood pressure an emergency,
// stroke-like signs, signs of depressed breathing or responsiveness, and the best responsiveness
// seen so far. Signs are read from now: this check-in or answer, and an emergency still open. An
// old sign, already dealt with, must not turn a new reading into an emergency (over-escalation
// teaches people to ignore the app). Pure functions over the current answers and the log before.

import { minutesToMilliseconds } from 'date-fns';
import { isKind, type AnyEntry, type Entry } from '../log/entry';
import { awaitingDose, doseAtOf } from '../log/log-queries';
import {
  BREATHING_LABEL,
  RESPONSIVENESS,
  type Observation,
  type Responsiveness,
} from '../log/observation';
import { currentFromEntry, type Current } from './context';
import { bpReadings, isCrisisBp, isVomitingNotAlert, readingOf } from './history';
import { isUnrefined, situationLabel } from './situations';

/** Time limits the sign rules use. */
export const SIGN_LIMITS = {
  /**
   * Confusion or vision changes after this long from the dose are not expected effects. DF gives
   * "the first hour or so" [SPR-label] and patients coming out at 60–90 min [TripSit-wiki,
   * Reddit-TK]; 90 minutes is Sitwell's conservative default [SITWELL-DEFAULT].
   */
  expectedDissociationMs: minutesToMilliseconds(90),
  /**
   * A crisis reading this recent, not followed by a lower one, counts as "together with" a new
   * sign [AHA-HTN; the 30 minutes are Sitwell's conservative default, SITWELL-DEFAULT].
   */
  recentBpMs: minutesToMilliseconds(30),
  /**
   * A check-in this recent still describes how they breathe and respond [SITWELL-DEFAULT].
   */
  recentCheckInMs: minutesToMilliseconds(30),
} as const;

// Emergency warning signs: with one reading of 180/120 or more they mean a hypertensive
// emergency [AHA-HTN]; several are emergencies on their own [BTI, USC, SPR-label, AHA-stroke].
const WARNING_SITUATIONS: ReadonlySet<string> = new Set([
  'no-response-to-shaking',
  'breathing-pauses',
  'breathing-slow',
  'not-breathing',
  'blue-grey-lips',
  'vomiting-not-alert',
  'chest-pain-or-breathless',
  'back-pain',
  'numbness-or-weakness',
  'severe-headache',
  'vision-changes',
  'confusion',
  'one-sided-weakness',
  'face-droop',
  'slurred-speech',
  'seizure',
  // Diminished consciousness with a very high reading: hypertensive encephalopathy [SPR-label].
  'hard-to-wake',
]);

// One-sided weakness, face droop, slurred speech and a sudden severe headache are not expected
// effects of ketamine [AHA-stroke, SPR-label].
const STROKE_SITUATIONS: ReadonlySet<string> = new Set([
  'one-sided-weakness',
  'face-droop',
  'slurred-speech',
  'severe-headache',
]);

type Answers = Pick<Current, 'observation' | 'situations'>;

/**
 * The emergency warning signs in this check-in or answer, in plain words (unclear answers count);
 * empty when there are none.
 */
export function warningSignsIn(c: Answers): string[] {
  const o = c.observation;
  const signs: string[] = [];
  if (o?.responsiveness === 'none') signs.push('No response to shaking');
  if (o?.breathing === 'pauses' || o?.breathing === 'none') {
    signs.push(`Breathing: ${BREATHING_LABEL[o.breathing].toLowerCase()}`);
  }
  if (o?.skin === 'blue-grey') signs.push('Blue or grey lips or skin');
  if (o?.seizure === true) signs.push('A seizure');
  if (isVomitingNotAlert(c) && !c.situations.includes('vomiting-not-alert')) {
    signs.push('Vomiting while not fully awake');
  }
  for (const s of c.situations) {
    if (WARNING_SITUATIONS.has(s) || isUnrefined(s)) signs.push(situationLabel(s) ?? s);
  }
  return signs;
}

/** Whether this check-in or answer shows an emergency warning sign (unclear answers count). */
export function hasWarningSign(c: Answers): boolean {
  return warningSignsIn(c).length > 0;
}

/**
 * The answers of the emergency still open before `current`: from the answer that raised it to the
 * end of `earlier`. Empty when no emergency is open (none shown, or marked resolved since).
 */
export function openEmergencyAnswers(earlier: readonly AnyEntry[]): Current[] {
  let start = -1;
  for (let i = earlier.length - 1; i >= 0; i--) {
    const e = earlier[i] as Entry;
    if (isKind(e, 'escalation-action') && e.data.action === 'resolved') break;
    if (isKind(e, 'escalation-shown') && e.data.tier === 'emergency') start = i;
  }
  if (start < 0) return [];
  // The answer that raised the emergency is the last one before its prompt.
  let trigger = start - 1;
  while (trigger >= 0 && !currentFromEntry(earlier[trigger] as Entry)) trigger--;
  return answersIn(earlier.slice(trigger >= 0 ? trigger : start));
}

/** The warning signs present now: in `current`, or in an emergency still open. */
export function warningSignsNow(current: Current, earlier: readonly AnyEntry[]): string[] {
  const open = openEmergencyAnswers(earlier).flatMap(warningSignsIn);
  return [...new Set([...warningSignsIn(current), ...open])];
}

/** Whether this answer reports a stroke-like sign. */
export function hasStrokeSign(c: Answers): boolean {
  return c.situations.some((s) => STROKE_SITUATIONS.has(s));
}

/** Whether a stroke-like sign is reported now, or in an emergency still open. */
export function strokeSignNow(current: Current, earlier: readonly AnyEntry[]): boolean {
  return hasStrokeSign(current) || openEmergencyAnswers(earlier).some(hasStrokeSign);
}

/**
 * The reading of 180/120 or more that still stands at `current.at`: the current one, or one from
 * the last 30 minutes with no lower reading taken since (a lower reading supersedes it).
 */
export function standingCrisisBp(
  current: Current,
  earlier: readonly AnyEntry[],
): { systolic?: number; diastolic?: number; at: number } | undefined {
  const own = readingOf(current);
  if (own) return isCrisisBp(own) ? own : undefined;
  const last = bpReadings(earlier)
    .filter((r) => r.at <= current.at)
    .at(-1);
  if (!last || !isCrisisBp(last)) return undefined;
  return current.at - last.at <= SIGN_LIMITS.recentBpMs ? last : undefined;
}

/** Whether a reading of 180/120 or more still stands (see standingCrisisBp). */
export function recentCrisisBp(current: Current, earlier: readonly AnyEntry[]): boolean {
  return standingCrisisBp(current, earlier) !== undefined;
}

/**
 * Whether `at` is more than 90 minutes after the dose (or the session start, without a dose
 * entry). Before a dose that was held, nothing is expected dissociation.
 */
export function pastExpectedDissociation(at: number, earlier: readonly AnyEntry[]): boolean {
  if (awaitingDose(earlier as readonly Entry[])) return true;
  const doseAt = doseAtOf(earlier as readonly Entry[]);
  // With no time at all to count from, the conservative reading is "not expected".
  return doseAt === undefined || at - doseAt > SIGN_LIMITS.expectedDissociationMs;
}

// Answers that show breathing or responsiveness is depressed [BTI, USC, MOAAS].
const DEPRESSED_BREATHING = new Set(['slow-shallow', 'noisy', 'pauses', 'none', 'cant-tell']);
const DEPRESSED_RESPONSE = new Set<Responsiveness>(['loud-voice', 'shake', 'none']);
const DEPRESSED_SITUATIONS = new Set([
  'no-response-to-shaking',
  'responds-to-shake-or-loud-voice',
  'breathing-pauses',
  'breathing-slow',
  'not-breathing',
  'blue-grey-lips',
  'breathing-noisy-not-alert',
  'pale-clammy',
]);

function depressed(c: Answers & Pick<Current, 'vitals'>): boolean {
  const o: Observation = c.observation ?? {};
  if (o.breathing && DEPRESSED_BREATHING.has(o.breathing)) return true;
  if (o.responsiveness && DEPRESSED_RESPONSE.has(o.responsiveness)) return true;
  if (c.vitals?.respRate !== undefined && c.vitals.respRate <= 8) return true;
  return c.situations.some((s) => DEPRESSED_SITUATIONS.has(s));
}

/**
 * Whether this check-in or answer shows breathing or responsiveness depressed beyond a patient who
 * still answers a loud voice: with a sedative on board that is an emergency [SPR-label, BTI].
 */
export function seriouslyDepressedIn(c: Answers & Pick<Current, 'vitals'>): boolean {
  if (c.observation?.responsiveness !== 'loud-voice') return depressed(c);
  return depressed({ ...c, observation: { ...c.observation, responsiveness: 'drowsy' } });
}

/**
 * Whether breathing or responsiveness is depressed now, or was at a check-in, reading or answer in
 * the last 30 minutes: with an extra dose or a sedative on board that is an emergency [SPR-label].
 */
export function depressedSign(current: Current, earlier: readonly AnyEntry[]): boolean {
  if (depressed(current)) return true;
  return earlier.some((e) => {
    const c = currentFromEntry(e as Entry);
    return c !== undefined && current.at - c.at <= SIGN_LIMITS.recentCheckInMs && depressed(c);
  });
}

/** The best responsiveness recorded at any check-in of the session. */
export function bestResponsiveness(entries: readonly AnyEntry[]): Responsiveness | undefined {
  let best: number | undefined;
  for (const e of entries) {
    if (!isKind(e as Entry, 'check-in')) continue;
    const r = (e as Entry<'check-in'>).data.observation.responsiveness;
    if (r === undefined) continue;
    const i = RESPONSIVENESS.indexOf(r);
    if (best === undefined || i < best) best = i;
  }
  return best === undefined ? undefined : RESPONSIVENESS[best];
}

function answersIn(entries: readonly AnyEntry[]): Current[] {
  return entries.flatMap((e) => {
    const c = currentFromEntry(e as Entry);
    return c ? [c] : [];
  });
}

/**
 * Whether a check-in answer is life-threatening on its own: the form saves it and opens the
 * emergency screen the moment it is tapped, without scrolling to "Save" [SITWELL-DEFAULT].
 */
export function isLifeThreateningAnswer(o: Observation): boolean {
  return (
    o.responsiveness === 'none' ||
    o.breathing === 'pauses' ||
    o.breathing === 'none' ||
    o.skin === 'blue-grey' ||
    o.seizure === true
  );
}
