// What is still open after a prompt: the 10 minutes to reach the provider, whether the quick
// check-in may be used again, and which first-aid steps the emergency screen shows. Pure, derived
// from the log and the clock passed in.

import { minutesToMilliseconds } from 'date-fns';
import { isKind, type Entry } from '../log/entry';
import { awaitingDose } from '../log/log-queries';
import { situationLabel } from './situations';
import { latestEscalation, ruleWording } from './status';
import type { EmergencySteps, Wording } from './wording';

/**
 * How long the sitter tries the provider before calling emergency services: AHA-HTN says contact
 * the health professional promptly; "promptly" as 10 minutes is Sitwell's conservative default
 * [AHA-HTN, SITWELL-DEFAULT].
 */
export const PROVIDER_LIMIT_MS = minutesToMilliseconds(10);

/** An open provider episode and the time left to reach the provider. */
export interface ProviderWindow {
  /** The first unanswered provider prompt of the episode: the 10 minutes count from it. */
  shown: Entry<'escalation-shown'>;
  /** The latest provider prompt of the episode (the one whose words the screen shows). */
  latest: Entry<'escalation-shown'>;
  /** Ms left of the 10 minutes; 0 or less once they are over. */
  remainingMs: number;
  expired: boolean;
  /** Tries the sitter recorded without reaching the provider while the time runs. */
  tries: number;
}

// Only an outcome closes the episode: the provider reached, not reached (→ emergency), resolved.
const CLOSES_PROVIDER = new Set(['called-provider', 'provider-not-reached', 'resolved']);

/**
 * The open provider episode: it starts at the first provider prompt not yet answered and stays
 * open through later provider prompts (a 5-minute re-check that still finds the same does not
 * restart the 10 minutes) and through support prompts (a lower tier never closes a higher one).
 * It closes on an outcome, or when an emergency prompt takes over. Undefined when none is open.
 */
export function providerWindow(entries: readonly Entry[], now: number): ProviderWindow | undefined {
  let first: Entry<'escalation-shown'> | undefined;
  let latest: Entry<'escalation-shown'> | undefined;
  let tries = 0;
  for (const e of entries) {
    if (isKind(e, 'escalation-shown')) {
      if (e.data.tier === 'call-provider') {
        first ??= e;
        latest = e;
      } else if (e.data.tier === 'emergency') first = latest = undefined;
    } else if (isKind(e, 'escalation-action') && first) {
      if (CLOSES_PROVIDER.has(e.data.action)) first = latest = undefined;
      else if (e.data.action === 'provider-no-answer') tries++;
    }
    if (!first) tries = 0;
  }
  if (!first || !latest) return undefined;
  const remainingMs = first.at + PROVIDER_LIMIT_MS - now;
  return { shown: first, latest, remainingMs, expired: remainingMs <= 0, tries };
}

/**
 * The provider episode whose 10 minutes are over with no outcome recorded: the app then raises an
 * emergency prompt of its own ("provider-unreachable") and alarms [AHA-HTN]. Undefined otherwise.
 */
export function providerTimeUp(entries: readonly Entry[], now: number): ProviderWindow | undefined {
  const w = providerWindow(entries, now);
  return w?.expired ? w : undefined;
}

/**
 * Whether the two-tap "Resting, breathing normally" check-in may be used: not after any prompt
 * until a full check-in has recorded "Responds normally": the quick answer never asks
 * about responsiveness [MOAAS, SITWELL-DEFAULT].
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

/**
 * The wordings of the rules behind a shown prompt (unknown ids are skipped). Given the log, a
 * prompt shown while no dose was given yet uses its before-the-dose words.
 */
export function wordingsOf(
  shown: Entry<'escalation-shown'> | undefined,
  entries?: readonly Entry[],
): Wording[] {
  const wordings = (shown?.data.ruleIds ?? [])
    .map(ruleWording)
    .filter((w): w is Wording => w !== undefined);
  if (!shown || !entries) return wordings;
  const at = entries.indexOf(shown);
  if (!awaitingDose(at < 0 ? entries : entries.slice(0, at))) return wordings;
  return wordings.map((w) => ({ ...w, ...w.beforeDose }));
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

/**
 * What the sitter answered to the warning-sign questions since `since` (the latest answer), in
 * words for the call to the provider, e.g. "None of the warning signs (asked at 14:03)". Undefined
 * when they were not asked.
 */
export function warningSignAnswer(
  entries: readonly Entry[],
  since: Entry | undefined,
  time: (at: number) => string,
): string | undefined {
  const from = since ? entries.indexOf(since) : 0;
  const answer = entries
    .slice(Math.max(0, from))
    .findLast((e): e is Entry<'warning-signs-checked'> => isKind(e, 'warning-signs-checked'));
  if (!answer) return undefined;
  const at = time(answer.at);
  if (answer.data.signs.length === 0) return `None of the warning signs (asked at ${at})`;
  const labels = answer.data.signs.map((s) => situationLabel(s) ?? s);
  return `Warning signs at ${at}: ${labels.join('; ')}`;
}
