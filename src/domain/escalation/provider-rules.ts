// Provider tier: call the provider now, for blood pressure, heart rate, breathing and other body
// signs. Each rule cites its sources (see clinical/sources.ts). Every provider prompt comes with a
// limit: not reached within 10 minutes, or worse → emergency services (see the wording).

import { DEFAULT_PROTOCOL } from '../protocol/protocol';
import {
  ESCALATION_LIMITS as L,
  bpReadings,
  isCrisisBp,
  isRepeatedCrisis,
  isVomiting,
  preDoseReading,
  vomitingCount,
} from './history';
import {
  obs,
  over,
  RECHECK_BP,
  reading,
  reported,
  risen,
  under,
  type EscalationRule,
} from './rule-kit';
import { isBeforeTheDose } from './predose-rules';
import { pastExpectedDissociation, recentCrisisBp, strokeSignNow } from './signs';

const D = DEFAULT_PROTOCOL;
const P = 'call-provider' as const;

/** Rules whose prompt is: call the provider, for readings and body signs. */
export const PROVIDER_RULES: EscalationRule[] = [
  {
    id: 'bp-crisis-first',
    tier: P,
    wordingKey: 'bp-crisis-first',
    sourceKeys: ['AHA-HTN', 'SC-esk'],
    summary:
      'One reading of 180/120 or more: ask at once about every warning sign, hypertensive ' +
      'encephalopathy signs included (any → emergency); with none, call the provider now and ' +
      'measure again in 5 minutes.',
    recheck: RECHECK_BP,
    when: (c) => {
      const r = reading(c);
      return r !== undefined && isCrisisBp(r) && !isRepeatedCrisis(r, bpReadings(c.earlier));
    },
  },
  {
    id: 'bp-crisis-repeat',
    tier: P,
    wordingKey: 'bp-crisis-repeat',
    sourceKeys: ['AHA-HTN', 'SC-esk'],
    summary:
      'Still 180/120 or more on a reading at least 5 minutes later: ask the warning-sign ' +
      'questions again (any → emergency); with none (hypertensive urgency) call the provider; ' +
      'not reached within 10 minutes of the first prompt → emergency services.',
    when: (c) => {
      const r = reading(c);
      return r !== undefined && isRepeatedCrisis(r, bpReadings(c.earlier));
    },
  },
  {
    id: 'bp-rise',
    tier: P,
    wordingKey: 'bp-rise',
    sourceKeys: ['SPR-label', 'USMed'],
    summary:
      `Blood pressure up by ${L.riseBp.systolic} or more systolic, or ` +
      `${L.riseBp.diastolic} or more diastolic, from the pre-dose reading: call the provider.`,
    when: (c) => {
      const r = reading(c);
      const base = c.current.preDose ? undefined : preDoseReading(c.earlier);
      // A reading of 180/120 or more has its own rules and their one re-measure time.
      if (!r || !base || isCrisisBp(r)) return false;
      return (
        risen(r.systolic, base.systolic, L.riseBp.systolic) ||
        risen(r.diastolic, base.diastolic, L.riseBp.diastolic)
      );
    },
  },
  {
    id: 'bp-session-limit',
    tier: P,
    wordingKey: 'bp-session-limit',
    sourceKeys: ['SITWELL-DEFAULT', 'SPR-label'],
    summary:
      `Blood pressure above the protocol's in-session limit (default ` +
      `${D.sessionBp.systolic}/${D.sessionBp.diastolic}, Sitwell's conservative default; the ` +
      `provider may change it) and below 180/120, after the dose (before it, the pre-dose ` +
      `limit and rules apply): call the provider.`,
    when: (c) => {
      const r = reading(c);
      const limit = c.protocol.sessionBp;
      if (r === undefined || isCrisisBp(r) || isBeforeTheDose(c)) return false;
      return over(r.systolic, limit.systolic) || over(r.diastolic, limit.diastolic);
    },
  },
  {
    id: 'heart-rate',
    tier: P,
    wordingKey: 'heart-rate',
    sourceKeys: ['SITWELL-DEFAULT', 'SPR-hcp'],
    summary:
      `Heart rate outside the protocol's range (default ` +
      `${D.heartRate.min}–${D.heartRate.max} a minute, Sitwell's conservative default; the ` +
      `provider may change it): call the provider.`,
    when: (c) => {
      const hr = c.current.vitals?.heartRate;
      return under(hr, c.protocol.heartRate.min) || over(hr, c.protocol.heartRate.max);
    },
  },
  {
    id: 'vomit-repeat',
    tier: P,
    wordingKey: 'vomit-repeat',
    sourceKeys: ['RCEM', 'MB-help'],
    summary: 'Vomiting more than once: call the provider.',
    when: (c) => isVomiting(c.current) && vomitingCount(c.earlier) >= 1,
  },
  {
    id: 'breathing-noisy',
    tier: P,
    wordingKey: 'breathing-noisy',
    sourceKeys: ['RCEM', 'NHS-Zana'],
    summary:
      "Noisy breathing while fully alert: reposition and call the provider; if it doesn't clear, " +
      'or they become less alert, call emergency services.',
    when: (c) =>
      (obs(c).breathing === 'noisy' && obs(c).responsiveness === 'normal') ||
      reported(c, 'breathing-noisy-awake'),
  },
  {
    id: 'breathing-unclear',
    tier: P,
    wordingKey: 'breathing-unclear',
    sourceKeys: ['SFW', 'BTI'],
    summary:
      'Breathing slow or shallow, or the sitter cannot tell: count the breaths and call the ' +
      'provider.',
    when: (c) => obs(c).breathing === 'slow-shallow' || obs(c).breathing === 'cant-tell',
  },
  {
    id: 'head-signs-early',
    tier: P,
    wordingKey: 'head-signs-early',
    sourceKeys: ['SPR-label', 'ASKP', 'TripSit-wiki', 'SITWELL-DEFAULT'],
    summary:
      'Confusion or changed vision alone within 90 minutes of the dose (expected dissociation): ' +
      'call the provider and take a blood-pressure reading.',
    when: (c) =>
      reported(c, 'confusion', 'vision-changes') &&
      !pastExpectedDissociation(c.current.at, c.earlier) &&
      !recentCrisisBp(c.current, c.earlier) &&
      !strokeSignNow(c.current, c.earlier),
  },
];
