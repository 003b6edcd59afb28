// Provider tier, before the dose: a reading that means the dose must not be given. Before the dose
// two numbers apply. 180/120 or more is a hypertensive crisis whether or not a dose was given
// [AHA-HTN], so it follows the crisis rules (provider-rules.ts) as in the session. The do-not-dose
// line is lower, 180/110: the esketamine label gives only 140/90 as a guide to weigh delaying and
// says the dose raises blood pressure further (8–19 % rose by 25 diastolic or more) [SPR-label,
// USMed]; 180/110 is the level of the transient rises seen after esketamine [SC-esk]. No source
// publishes it as a do-not-dose number, so it is Sitwell's conservative default [SITWELL-DEFAULT].

import { awaitingDose } from '../log/log-queries';
import type { BpLimit } from '../protocol/protocol';
import { isCrisisBp } from './history';
import { reading, type EscalationRule, type Recheck, type RuleContext } from './rule-kit';

/**
 * At or above this before the dose the app records no go-ahead: don't dose, call the provider
 * [SITWELL-DEFAULT; SPR-label, USMed: the dose raises BP further; SC-esk: transient rises past
 * 180/110; AHA-HTN: 180/120 is a crisis].
 */
export const DO_NOT_DOSE_BP: BpLimit = { systolic: 180, diastolic: 110 };

/**
 * The 5-minute re-measure of a do-not-dose reading, as AHA-HTN asks after a very high one
 * [AHA-HTN, SITWELL-DEFAULT].
 */
export const RECHECK_PREDOSE: Recheck = { minutes: 5, reason: 'bp-predose' };

/**
 * Whether what is judged comes before the dose: the reading preparation took before it, or
 * anything in a session started without a dose while none is recorded yet.
 */
export function isBeforeTheDose(c: RuleContext): boolean {
  return c.current.preDose === true || awaitingDose(c.earlier);
}

/** Rules for readings before the dose: call the provider, and the dose is not given. */
export const PREDOSE_RULES: EscalationRule[] = [
  {
    id: 'bp-predose-severe',
    tier: 'call-provider',
    wordingKey: 'bp-predose-severe',
    sourceKeys: ['SITWELL-DEFAULT', 'SPR-label', 'USMed', 'SC-esk', 'AHA-HTN'],
    summary:
      `Before the dose, a bottom number of ${DO_NOT_DOSE_BP.diastolic}–119 with the top under ` +
      `180 (below the 180/120 crisis line, which has its own rules): do not give the dose, call ` +
      'the provider, and measure again in 5 minutes.',
    recheck: RECHECK_PREDOSE,
    when: (c) => {
      const r = reading(c);
      if (!r || isCrisisBp(r) || !isBeforeTheDose(c)) return false;
      return (r.diastolic ?? 0) >= DO_NOT_DOSE_BP.diastolic;
    },
  },
];
