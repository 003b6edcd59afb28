// What is still open after a prompt: the 10 minutes to reach the provider, whether the quick
// check-in may be used again, and which first-aid steps the emergency screen shows. Pure, derived
// from the log and the clock passed in.

import { minutesToMilliseconds } from 'date-fns';
import { isKind, type Entry } from '../log/entry';
import { latestEscalation, ruleWording } from './status';
import type { EmergencySteps, Wording } from './wording';

/**
 * How long the sitter tries the provider before calling emergency services [AHA-HTN, CLIN-REVIEW].
 */
export const PROVIDER_LIMIT_MS = minutesToMilliseconds(10);

/** An open provider prompt and the time left to reach the provider. */
export interface ProviderWindow {
  shown: Entry<'escalation-shown'>;
  /** Ms left of the 10 minutes; 0 or less once they are over. */
  remainingMs: number;
  expired: boolean;
}

const CLOSES_PROVIDER = new Set(['called-provider', 'provider-not-reached', 'resolved']);

/**
 * The latest provider prompt, until the sitter records reaching the provider, not reaching them,
 * or a resolution, or an emergency follows it. Undefined when none is open.
 */
export function providerWindow(entries: readonly Entry[], now: number): ProviderWindow | undefined {
  const shown = latestEscalation(entries);
  if (!shown || shown.data.tier !== 'call-provider') return undefined;
  const after = entries.slice(entries.indexOf(shown) + 1);
  const closed = after.some(
    (e) => isKind(e, 'escalation-action') && CLOSES_PROVIDER.has(e.data.action),
  );
  if (closed) return undefined;
  const remainingMs = shown.at + PROVIDER_LIMIT_MS - now;
  return { shown, remainingMs, expired: remainingMs <= 0 };
}

/**
 * Whether the two-tap "Resting, breathing normally" check-in may be used: not after any prompt
 * until a full check-in has recorded "Responds normally" [CLIN-REVIEW].
 */
export function quickCheckInAllowed(entries: readonly Entry[]): boolean {
  const shown = latestEscalation(entries);
  if (!shown) return true;
  return entries
    .slice(entries.indexOf(shown) + 1)
    .some((e) => isKind(e, 'check-in') && e.data.observation.responsiveness === 'normal');
}

// CPR comes first: someone not breathing normally needs it whatever else is true [AHA-CPR].
const STEP_ORDER: readonly EmergencySteps[] = ['cpr', 'choking', 'ask-breathing', 'recovery'];

/** The wordings of the rules behind a shown prompt (unknown ids are skipped). */
export function wordingsOf(shown: Entry<'escalation-shown'> | undefined): Wording[] {
  return (shown?.data.ruleIds ?? []).map(ruleWording).filter((w): w is Wording => w !== undefined);
}

/** Answers on the emergency screen to "Are they breathing normally?" (situation ids). */
export const BREATHING_ANSWER = { yes: 'breathing-normally', no: 'not-breathing' } as const;

/**
 * The first-aid steps for the open emergency: the most urgent its rules ask for; "ask-breathing"
 * becomes CPR or the recovery position once the sitter has answered the breathing question.
 */
export function emergencySteps(
  entries: readonly Entry[],
  shown: Entry<'escalation-shown'> | undefined,
): EmergencySteps | undefined {
  const wanted = new Set(wordingsOf(shown).map((w) => w.steps));
  const steps = STEP_ORDER.find((s) => wanted.has(s));
  if (steps !== 'ask-breathing' || !shown) return steps;
  const answer = entries
    .slice(entries.indexOf(shown) + 1)
    .findLast((e) => isKind(e, 'situation-reported'));
  if (answer && isKind(answer, 'situation-reported')) {
    if (answer.data.situation === BREATHING_ANSWER.yes) return 'recovery';
    if (answer.data.situation === BREATHING_ANSWER.no) return 'cpr';
  }
  return 'ask-breathing';
}
