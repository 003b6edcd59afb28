// Provider tier: call the provider now. Each rule cites its sources (see clinical/sources.ts).

import { DEFAULT_PROTOCOL } from '../protocol/protocol';
import {
  ESCALATION_LIMITS as L,
  groundingStartedAt,
  isDistress,
  isVomiting,
  preDoseReading,
  previousResponsiveness,
  stepsWorse,
  vomitingCount,
} from './history';
import { obs, over, reading, reported, risen, under, type EscalationRule } from './rule-kit';

const D = DEFAULT_PROTOCOL;

/** Rules whose prompt is: call the provider. */
export const PROVIDER_RULES: EscalationRule[] = [
  {
    id: 'bp-rise',
    tier: 'call-provider',
    wordingKey: 'bp-rise',
    sourceKeys: ['SPR-label', 'USMed'],
    summary: `Blood pressure up by ${L.riseBp.systolic} or more systolic, or ${L.riseBp.diastolic} or more diastolic, from the pre-dose reading: call the provider.`,
    when: (c) => {
      const r = reading(c);
      const base = c.current.preDose ? undefined : preDoseReading(c.earlier);
      if (!r || !base) return false;
      return (
        risen(r.systolic, base.systolic, L.riseBp.systolic) ||
        risen(r.diastolic, base.diastolic, L.riseBp.diastolic)
      );
    },
  },
  {
    id: 'bp-session-limit',
    tier: 'call-provider',
    wordingKey: 'bp-session-limit',
    sourceKeys: ['SITWELL-DEFAULT', 'SPR-label'],
    summary: `Blood pressure above the protocol's in-session limit (default ${D.sessionBp.systolic}/${D.sessionBp.diastolic}): call the provider.`,
    when: (c) => {
      const r = reading(c);
      const limit = c.protocol.sessionBp;
      return (
        r !== undefined && (over(r.systolic, limit.systolic) || over(r.diastolic, limit.diastolic))
      );
    },
  },
  {
    id: 'vomit-repeat',
    tier: 'call-provider',
    wordingKey: 'vomit-repeat',
    sourceKeys: ['RCEM', 'MB-help'],
    summary: 'Vomiting more than once: call the provider.',
    when: (c) => isVomiting(c.current) && vomitingCount(c.earlier) >= 1,
  },
  {
    id: 'response-worse',
    tier: 'call-provider',
    wordingKey: 'response-worse',
    sourceKeys: ['MOAAS', 'SPR-label'],
    summary: `Responsiveness ${L.responseDropSteps} or more steps worse than at the previous check-in, while still responding: call the provider.`,
    when: (c) => {
      const now = obs(c).responsiveness;
      const before = previousResponsiveness(c.earlier);
      // "none" is the emergency rule's; this one is for a patient who still responds.
      if (now === undefined || now === 'none' || before === undefined) return false;
      return stepsWorse(before, now) >= L.responseDropSteps;
    },
  },
  {
    id: 'response-reduced',
    tier: 'call-provider',
    wordingKey: 'response-reduced',
    sourceKeys: ['MOAAS', 'AVPU', 'MB-help'],
    summary: 'Reported as responding only to a shake or a loud voice: call the provider.',
    when: (c) => reported(c, 'responds-to-shake-or-loud-voice'),
  },
  {
    id: 'heart-rate',
    tier: 'call-provider',
    wordingKey: 'heart-rate',
    sourceKeys: ['SITWELL-DEFAULT', 'SPR-hcp'],
    summary: `Heart rate outside the protocol's range (default ${D.heartRate.min}–${D.heartRate.max} a minute): call the provider.`,
    when: (c) => {
      const hr = c.current.vitals?.heartRate;
      return under(hr, c.protocol.heartRate.min) || over(hr, c.protocol.heartRate.max);
    },
  },
  {
    id: 'distress-unsettled',
    tier: 'call-provider',
    wordingKey: 'distress-unsettled',
    sourceKeys: ['Zendo', 'MB-help', 'SITWELL-DEFAULT'],
    summary: 'Distress that has not settled 15 minutes after grounding began: call the provider.',
    when: (c) => {
      const start = groundingStartedAt(c.earlier);
      return (
        isDistress(c.current) && start !== undefined && c.current.at - start >= L.distressSettleMs
      );
    },
  },
  {
    id: 'unsafe-behaviour',
    tier: 'call-provider',
    wordingKey: 'unsafe-behaviour',
    sourceKeys: ['MB-help', 'NL-set', 'SPR-hcp'],
    summary: 'Trying to leave, drive or do something unsafe: call the provider.',
    when: (c) => reported(c, 'trying-to-leave'),
  },
  {
    id: 'breathing-noisy',
    tier: 'call-provider',
    wordingKey: 'breathing-noisy',
    sourceKeys: ['RCEM', 'NHS-Zana'],
    summary:
      "Noisy or gurgling breathing: reposition the airway and call the provider; if it doesn't clear, call emergency services.",
    when: (c) => obs(c).breathing === 'noisy' || reported(c, 'breathing-noisy'),
  },
  {
    id: 'breathing-unclear',
    tier: 'call-provider',
    wordingKey: 'breathing-unclear',
    sourceKeys: ['SFW', 'BTI'],
    summary:
      'Breathing slow or shallow, or the sitter cannot tell: count the breaths and call the provider.',
    when: (c) => obs(c).breathing === 'slow-shallow' || obs(c).breathing === 'cant-tell',
  },
  {
    id: 'something-else',
    tier: 'call-provider',
    wordingKey: 'something-else',
    sourceKeys: ['MB-help', 'PTM-doc'],
    summary: 'Anything else that worries the sitter: call the provider and describe it.',
    when: (c) => reported(c, 'something-else'),
  },
];
