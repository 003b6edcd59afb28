// Emergency tier, continued: chest, stroke-like and other signs, blood pressure with warning
// signs, oxygen, and situations that are emergencies in themselves. Each rule cites its sources.

import { DEFAULT_PROTOCOL } from '../protocol/protocol';
import { isCrisisBp } from './history';
import { reading, reported, under, type EscalationRule } from './rule-kit';
import { isSituationId, isUnrefined } from './situations';
import {
  depressedSign,
  pastExpectedDissociation,
  recentCrisisBp,
  strokeSignSoFar,
  warningSignSoFar,
} from './signs';

const D = DEFAULT_PROTOCOL;
const E = 'emergency' as const;
const VISION_OR_CONFUSION = ['confusion', 'vision-changes'];

/** Rules whose prompt is: call emergency services now, for signs and situations. */
export const EMERGENCY_SIGN_RULES: EscalationRule[] = [
  {
    id: 'chest-pain',
    tier: E,
    wordingKey: 'chest-pain',
    sourceKeys: ['SPR-label', 'AHA-HTN'],
    summary:
      'Chest pain or shortness of breath (possible blood-pressure crisis): call emergency ' +
      'services.',
    when: (c) => reported(c, 'chest-pain-or-breathless'),
  },
  {
    id: 'stroke-signs',
    tier: E,
    wordingKey: 'stroke-signs',
    sourceKeys: ['AHA-stroke', 'SPR-label'],
    summary:
      'Face drooping, weakness or numbness on one side, slurred speech, or a sudden severe ' +
      'headache (not expected effects of ketamine): call emergency services.',
    when: (c) =>
      reported(c, 'face-droop', 'one-sided-weakness', 'slurred-speech', 'severe-headache'),
  },
  {
    id: 'head-signs-late',
    tier: E,
    wordingKey: 'head-signs-late',
    sourceKeys: ['SPR-label', 'AHA-stroke', 'CLIN-REVIEW'],
    summary:
      'Confusion or changed vision starting more than 90 minutes after the dose: call emergency ' +
      'services.',
    when: (c) =>
      reported(c, ...VISION_OR_CONFUSION) && pastExpectedDissociation(c.current.at, c.earlier),
  },
  {
    id: 'head-signs-combined',
    tier: E,
    wordingKey: 'head-signs-combined',
    sourceKeys: ['SPR-label', 'AHA-HTN', 'AHA-stroke'],
    summary:
      'Confusion or changed vision together with blood pressure of 180/120 or more, or with a ' +
      'stroke-like sign: call emergency services.',
    when: (c) =>
      reported(c, ...VISION_OR_CONFUSION) &&
      (recentCrisisBp(c.current, c.earlier) || strokeSignSoFar(c.current, c.earlier)),
  },
  {
    id: 'bp-crisis-symptoms',
    tier: E,
    wordingKey: 'bp-crisis-symptoms',
    sourceKeys: ['AHA-HTN', 'SPR-label'],
    summary:
      'Blood pressure of 180/120 or more with any warning sign (chest pain, shortness of breath, ' +
      'back pain, numbness or weakness, a change in vision, difficulty speaking, and the other ' +
      'emergency signs): call emergency services; do not wait to see if it comes down.',
    when: (c) => {
      const r = reading(c);
      if (r) return isCrisisBp(r) && warningSignSoFar(c.current, c.earlier);
      // A warning sign reported after a crisis reading (the questions Sitwell asks, or later).
      return recentCrisisBp(c.current, c.earlier) && warningSignSoFar(c.current, []);
    },
  },
  {
    id: 'spo2-low',
    tier: E,
    wordingKey: 'spo2-low',
    sourceKeys: ['SPR-hcp', 'SITWELL-DEFAULT'],
    summary:
      `Oxygen saturation below the protocol's limit (default ${D.spo2Min} %): call ` +
      `emergency services.`,
    when: (c) => under(c.current.vitals?.spo2, c.protocol.spo2Min),
  },
  {
    id: 'allergy-severe',
    tier: E,
    wordingKey: 'allergy-severe',
    sourceKeys: ['CLIN-REVIEW'],
    summary:
      'Swelling of the lips, face or tongue, or hives with trouble breathing: call emergency ' +
      'services.',
    when: (c) => reported(c, 'allergy-swelling'),
  },
  {
    id: 'fall-head-injury',
    tier: E,
    wordingKey: 'fall-head-injury',
    sourceKeys: ['CLIN-REVIEW', 'BTI'],
    summary:
      'A head injury while sedated (how awake they are cannot be judged): call emergency services.',
    when: (c) => reported(c, 'fall-head-injury'),
  },
  {
    id: 'suicide-danger',
    tier: E,
    wordingKey: 'suicide-danger',
    sourceKeys: ['988'],
    summary:
      'Trying to harm themselves, or the sitter cannot keep them safe: call emergency services; ' +
      'never leave them alone.',
    when: (c) => reported(c, 'suicide-immediate-danger'),
  },
  {
    id: 'has-left',
    tier: E,
    wordingKey: 'has-left',
    sourceKeys: ['MB-help', 'SPR-hcp', 'CLIN-REVIEW'],
    summary: 'Has left the house or is driving while under the effects: call emergency services.',
    when: (c) => reported(c, 'has-left-or-driving'),
  },
  {
    id: 'drugs-with-signs',
    tier: E,
    wordingKey: 'drugs-with-signs',
    sourceKeys: ['SPR-label', 'PMF', 'BTI'],
    summary:
      'An extra dose, alcohol, a sedative or an opioid, with any sign of slowed breathing or ' +
      'reduced responsiveness: call emergency services.',
    when: (c) =>
      reported(c, 'extra-dose', 'sedatives-taken') && depressedSign(c.current, c.earlier),
  },
  {
    id: 'provider-unreachable',
    tier: E,
    wordingKey: 'provider-unreachable',
    sourceKeys: ['AHA-HTN', 'CLIN-REVIEW'],
    summary:
      'The provider cannot be reached within 10 minutes of a provider prompt: call emergency ' +
      'services.',
    when: (c) => reported(c, 'provider-not-reached'),
  },
  {
    id: 'reported-unclear',
    tier: E,
    wordingKey: 'reported-unclear',
    sourceKeys: ['SITWELL-DEFAULT'],
    summary:
      'A problem reported without saying which (or an answer this version does not know): when ' +
      'in doubt, call emergency services.',
    // An unknown id may come from a newer version of the app; it is treated as the worst case.
    when: (c) => c.current.situations.some((s) => isUnrefined(s) || !isSituationId(s)),
  },
];
