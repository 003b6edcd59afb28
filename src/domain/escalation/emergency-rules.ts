// Emergency tier: call emergency services now. Each rule cites its sources (see clinical/sources.ts).

import { DEFAULT_PROTOCOL } from '../protocol/protocol';
import { isSituationId, isUnrefined } from './situations';
import {
  ESCALATION_LIMITS as L,
  bpReadings,
  isCrisisBp,
  isRepeatedCrisis,
  isVomitingNotAlert,
  warningSignSoFar,
} from './history';
import { atMost, obs, reading, reported, under, type EscalationRule } from './rule-kit';

const D = DEFAULT_PROTOCOL;

/** Rules whose prompt is: call emergency services now. */
export const EMERGENCY_RULES: EscalationRule[] = [
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
