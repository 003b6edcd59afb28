// The escalation table: when Sitwell tells the sitter to call emergency services, call the
// provider, or start grounding. Each rule judges what was just recorded (see escalation-context.ts)
// and cites the sources it rests on. Order within a tier is the order prompts are shown in.

import type { EntryData } from '../log/entry';
import { DEFAULT_PROTOCOL } from '../protocol/protocol';
import { SOURCES, type Source, type SourceKey } from '../clinical/sources';
import { isSituationId, isUnrefined } from './situations';
import type { WordingKey } from './wording';
import type { RuleContext } from './context';
import {
  ESCALATION_LIMITS as L,
  bpReadings,
  groundingStartedAt,
  isCrisisBp,
  isDistress,
  isRepeatedCrisis,
  isVomiting,
  isVomitingAlert,
  isVomitingNotAlert,
  preDoseReading,
  previousResponsiveness,
  readingOf,
  stepsWorse,
  vomitingCount,
  warningSignSoFar,
} from './history';

/** How urgent a prompt is; the same values the `escalation-shown` entry stores. */
export type Tier = EntryData['escalation-shown']['tier'];

/** One row of the table. */
export interface EscalationRule {
  id: string;
  tier: Tier;
  /** The rule in plain words, for the Sources page. */
  summary: string;
  sourceKeys: readonly SourceKey[];
  wordingKey: WordingKey;
  when: (ctx: RuleContext) => boolean;
}

const D = DEFAULT_PROTOCOL;
const reported = (c: RuleContext, ...ids: string[]) =>
  c.current.situations.some((s) => ids.includes(s));
const obs = (c: RuleContext) => c.current.observation ?? {};
const reading = (c: RuleContext) => readingOf(c.current);
// A missing number is never out of range: rules fire on what was measured.
const over = (v: number | undefined, limit: number) => v !== undefined && v > limit;
const under = (v: number | undefined, limit: number) => v !== undefined && v < limit;
const atMost = (v: number | undefined, limit: number) => v !== undefined && v <= limit;
const risen = (v: number | undefined, base: number | undefined, by: number) =>
  v !== undefined && base !== undefined && v - base >= by;

const EMERGENCY_RULES: EscalationRule[] = [
  {
    id: 'no-response',
    tier: 'emergency',
    wordingKey: 'no-response',
    sourceKeys: ['MOAAS', 'AVPU', 'BTI', 'USC'],
    summary: 'No response to shaking: call emergency services. The sitter never tests with pain.',
    when: (c) => obs(c).responsiveness === 'none' || reported(c, 'no-response-to-shaking'),
  },
  {
    id: 'breathing-pauses',
    tier: 'emergency',
    wordingKey: 'breathing-pauses',
    sourceKeys: ['BTI', 'USC'],
    summary: 'Pauses in breathing (over 10 seconds): call emergency services.',
    when: (c) => obs(c).breathing === 'pauses' || reported(c, 'breathing-pauses'),
  },
  {
    id: 'breathing-slow',
    tier: 'emergency',
    wordingKey: 'breathing-slow',
    sourceKeys: ['BTI', 'USC', 'SFW'],
    summary: `${L.slowBreathing} or fewer breaths a minute: call emergency services.`,
    when: (c) =>
      atMost(c.current.vitals?.respRate, L.slowBreathing) || reported(c, 'breathing-slow'),
  },
  {
    id: 'not-breathing',
    tier: 'emergency',
    wordingKey: 'not-breathing',
    sourceKeys: ['BTI', 'USC', 'RCEM'],
    summary: 'Not breathing: call emergency services.',
    when: (c) => reported(c, 'not-breathing'),
  },
  {
    id: 'blue-lips',
    tier: 'emergency',
    wordingKey: 'blue-lips',
    sourceKeys: ['BTI', 'USC'],
    summary: 'Blue or grey lips or skin: call emergency services.',
    when: (c) => reported(c, 'blue-grey-lips'),
  },
  {
    id: 'seizure',
    tier: 'emergency',
    wordingKey: 'seizure',
    sourceKeys: ['BTI', 'USC', 'SPR-label'],
    summary: 'A seizure: call emergency services.',
    when: (c) => reported(c, 'seizure'),
  },
  {
    id: 'chest-pain',
    tier: 'emergency',
    wordingKey: 'chest-pain',
    sourceKeys: ['SPR-label'],
    summary:
      'Chest pain or shortness of breath (possible blood-pressure crisis): call emergency services.',
    when: (c) => reported(c, 'chest-pain-or-breathless'),
  },
  {
    id: 'head-signs',
    tier: 'emergency',
    wordingKey: 'head-signs',
    sourceKeys: ['SPR-label'],
    summary:
      'Sudden severe headache, vision changes, confusion or one-sided weakness: call emergency services.',
    when: (c) =>
      reported(c, 'severe-headache', 'vision-changes', 'confusion', 'one-sided-weakness'),
  },
  {
    id: 'vomit-not-alert',
    tier: 'emergency',
    wordingKey: 'vomit-not-alert',
    sourceKeys: ['BTI', 'USC', 'RCEM'],
    summary: 'Vomiting while not fully alert (or alertness not recorded): call emergency services.',
    when: (c) => isVomitingNotAlert(c.current),
  },
  {
    id: 'bp-crisis-repeat',
    tier: 'emergency',
    wordingKey: 'bp-crisis-repeat',
    sourceKeys: ['HRS', 'SC-esk'],
    summary:
      'Blood pressure at or above 180 systolic or 120 diastolic, still that high on a reading at least 5 minutes later: call emergency services.',
    when: (c) => {
      const r = reading(c);
      return r !== undefined && isRepeatedCrisis(r, bpReadings(c.earlier));
    },
  },
  {
    id: 'bp-crisis-symptoms',
    tier: 'emergency',
    wordingKey: 'bp-crisis-symptoms',
    sourceKeys: ['HRS', 'SPR-label'],
    summary:
      'One reading at or above 180 systolic or 120 diastolic with any emergency warning sign this session: call emergency services.',
    when: (c) => {
      const r = reading(c);
      return r !== undefined && isCrisisBp(r) && warningSignSoFar(c.current, c.earlier);
    },
  },
  {
    id: 'spo2-low',
    tier: 'emergency',
    wordingKey: 'spo2-low',
    sourceKeys: ['SPR-hcp', 'SITWELL-DEFAULT'],
    summary: `Oxygen saturation below the protocol's limit (default ${D.spo2Min} %): call emergency services.`,
    when: (c) => under(c.current.vitals?.spo2, c.protocol.spo2Min),
  },
  {
    id: 'reported-unclear',
    tier: 'emergency',
    wordingKey: 'reported-unclear',
    sourceKeys: ['SITWELL-DEFAULT'],
    summary:
      'A breathing, responsiveness, vomiting or chest/head problem reported without saying which (or an answer this version does not know): when in doubt, call emergency services.',
    // An unknown id may come from a newer version of the app; it is treated as the worst case.
    when: (c) => c.current.situations.some((s) => isUnrefined(s) || !isSituationId(s)),
  },
];

const PROVIDER_RULES: EscalationRule[] = [
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

const SUPPORT_RULES: EscalationRule[] = [
  {
    id: 'grounding',
    tier: 'support',
    wordingKey: 'grounding',
    sourceKeys: ['Zendo', 'MAPS-Zendo', 'MKH'],
    summary: 'Anxious, distressed, agitated or very upset: offer grounding.',
    when: (c) => isDistress(c.current),
  },
  {
    id: 'vomit-care',
    tier: 'support',
    wordingKey: 'vomit-care',
    sourceKeys: ['RCEM', 'Innerwell'],
    summary: 'Vomiting while fully alert: keep them comfortable and watch for it happening again.',
    when: (c) => isVomitingAlert(c.current) && !isVomitingNotAlert(c.current),
  },
];

/** Every escalation rule, emergency first. */
export const ESCALATION_RULES: readonly EscalationRule[] = [
  ...EMERGENCY_RULES,
  ...PROVIDER_RULES,
  ...SUPPORT_RULES,
];

/** A rule in plain words with its sources spelled out, for the Sources page. */
export function describeRule(rule: EscalationRule): {
  id: string;
  tier: Tier;
  summary: string;
  sources: (Source & { key: SourceKey })[];
} {
  const sources = rule.sourceKeys.map((key) => ({ key, ...SOURCES[key] }));
  return { id: rule.id, tier: rule.tier, summary: rule.summary, sources };
}
