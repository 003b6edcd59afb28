// Emergency tier, continued: chest, stroke-like and other signs, blood pressure with warning
// signs, oxygen, and situations that are emergencies in themselves. Each rule cites its sources.

import { DEFAULT_PROTOCOL } from '../protocol/protocol';
import { isCrisisBp, sedatingTakenToday, type BpReading } from './history';
import { reading, reported, under, type EscalationRule, type RuleContext } from './rule-kit';
import { isSituationId, isUnrefined } from './situations';
import {
  depressedSign,
  pastExpectedDissociation,
  recentCrisisBp,
  seriouslyDepressedIn,
  standingCrisisBp,
  strokeSignNow,
  warningSignsIn,
  warningSignsNow,
} from './signs';

const D = DEFAULT_PROTOCOL;
const E = 'emergency' as const;
const VISION_OR_CONFUSION = ['confusion', 'vision-changes'];

const bpText = (r: Pick<BpReading, 'systolic' | 'diastolic'>): string =>
  `Blood pressure ${r.systolic ?? '?'}/${r.diastolic ?? '?'}`;

/**
 * The signs a very high reading is judged with: with a reading now, any sign present now (this
 * check-in or an emergency still open); without one, a sign reported now after a reading that
 * still stands. Old signs, already resolved, never count [AHA-HTN].
 */
function crisisWithSigns(c: RuleContext): string[] {
  const r = reading(c);
  if (r) return isCrisisBp(r) ? warningSignsNow(c.current, c.earlier) : [];
  return recentCrisisBp(c.current, c.earlier) ? warningSignsIn(c.current) : [];
}

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
    sourceKeys: ['SPR-label', 'AHA-stroke', 'TripSit-wiki', 'SITWELL-DEFAULT'],
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
      (recentCrisisBp(c.current, c.earlier) || strokeSignNow(c.current, c.earlier)),
    because: (c) => {
      const r = standingCrisisBp(c.current, c.earlier);
      return r ? [bpText(r)] : ['A stroke-like sign reported in this emergency'];
    },
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
    when: (c) => crisisWithSigns(c).length > 0,
    because: (c) => {
      const r = standingCrisisBp(c.current, c.earlier);
      return [...(r ? [bpText(r)] : []), ...crisisWithSigns(c)];
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
    // DF has no allergy facts; trouble breathing is treated as an emergency (when in doubt, call).
    sourceKeys: ['SITWELL-DEFAULT'],
    summary:
      'Swelling of the lips, face or tongue, or hives with trouble breathing: call emergency ' +
      'services.',
    when: (c) => reported(c, 'allergy-swelling'),
  },
  {
    id: 'fall-head-injury',
    tier: E,
    wordingKey: 'fall-head-injury',
    // How awake they are cannot be judged while sedated; "cannot be roused" is BTI's emergency.
    sourceKeys: ['SITWELL-DEFAULT', 'BTI'],
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
    sourceKeys: ['MB-help', 'SPR-hcp', 'SITWELL-DEFAULT'],
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
    id: 'depressant-with-signs',
    tier: E,
    wordingKey: 'depressant-with-signs',
    sourceKeys: ['SPR-label', 'PMF', 'BTI'],
    summary:
      'Alcohol, a benzodiazepine, an opioid or another sedative recorded in preparation as taken ' +
      'today, and now responding only to a shake (or less), or breathing slow, shallow, noisy or ' +
      "paused (or the sitter can't tell): call emergency services. Without the sedative these " +
      'are ' +
      'a call to the provider.',
    when: (c) => sedatingTakenToday(c.earlier).length > 0 && seriouslyDepressedIn(c.current),
    because: (c) => [`Taken today: ${sedatingTakenToday(c.earlier).join('; ')}`],
  },
  {
    id: 'provider-unreachable',
    tier: E,
    wordingKey: 'provider-unreachable',
    sourceKeys: ['AHA-HTN', 'SITWELL-DEFAULT'],
    summary:
      'The provider cannot be reached within 10 minutes of the first provider prompt (the ' +
      'sitter says so, or the 10 minutes run out with no answer): call emergency services.',
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
