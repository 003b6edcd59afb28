// Signs the rules look for across the session: warning signs that make a very high blood pressure
// an emergency, stroke-like signs, signs of depressed breathing or responsiveness, and the best
// responsiveness seen so far. Pure functions over the current observation and the log before it.

import { minutesToMilliseconds } from 'date-fns';
import { isKind, type AnyEntry, type Entry } from '../log/entry';
import { doseAtOf } from '../log/log-queries';
import { RESPONSIVENESS, type Observation, type Responsiveness } from '../log/observation';
import { currentFromEntry, type Current } from './context';
import { bpReadings, isCrisisBp, isVomitingNotAlert, readingOf } from './history';
import { isUnrefined } from './situations';

/** Time limits the sign rules use. */
export const SIGN_LIMITS = {
  /**
   * Confusion or vision changes after this long from the dose are not expected effects [SPR-label].
   */
  expectedDissociationMs: minutesToMilliseconds(90),
  /** A crisis reading this recent counts as "together with" a new sign. */
  recentBpMs: minutesToMilliseconds(30),
  /** A check-in this recent still describes how they breathe and respond. */
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

/** Whether this check-in or answer shows an emergency warning sign (unclear answers count). */
export function hasWarningSign(c: Answers): boolean {
  const o = c.observation;
  if (o?.responsiveness === 'none' || o?.breathing === 'pauses' || o?.breathing === 'none') {
    return true;
  }
  if (o?.skin === 'blue-grey' || o?.seizure === true || isVomitingNotAlert(c)) return true;
  return c.situations.some((s) => WARNING_SITUATIONS.has(s) || isUnrefined(s));
}

/** Whether a warning sign was recorded now or at any point earlier in the session. */
export function warningSignSoFar(current: Current, earlier: readonly AnyEntry[]): boolean {
  return hasWarningSign(current) || answersIn(earlier).some(hasWarningSign);
}

/** Whether this answer reports a stroke-like sign. */
export function hasStrokeSign(c: Answers): boolean {
  return c.situations.some((s) => STROKE_SITUATIONS.has(s));
}

/** Whether a stroke-like sign was reported now or earlier in the session. */
export function strokeSignSoFar(current: Current, earlier: readonly AnyEntry[]): boolean {
  return hasStrokeSign(current) || answersIn(earlier).some(hasStrokeSign);
}

/** Whether a reading of 180/120 or more was taken in the 30 minutes up to `at`. */
export function recentCrisisBp(current: Current, earlier: readonly AnyEntry[]): boolean {
  const own = readingOf(current);
  if (own && isCrisisBp(own)) return true;
  return bpReadings(earlier).some(
    (r) => isCrisisBp(r) && current.at - r.at <= SIGN_LIMITS.recentBpMs && r.at <= current.at,
  );
}

/** Whether `at` is more than 90 minutes after the dose (or the session start, without a dose). */
export function pastExpectedDissociation(at: number, earlier: readonly AnyEntry[]): boolean {
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
 * emergency screen the moment it is tapped, without scrolling to "Save" [CLIN-REVIEW].
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
