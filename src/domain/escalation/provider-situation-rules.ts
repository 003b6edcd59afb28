// Provider tier, continued: responsiveness, behaviour and situations reported by the sitter.
// Each rule cites its sources (see clinical/sources.ts).

import {
  ESCALATION_LIMITS as L,
  groundingStartedAt,
  isDistress,
  previousResponsiveness,
  sedatingTakenToday,
  stepsWorse,
} from './history';
import { obs, RECHECK_RESPONSE, reported, type EscalationRule } from './rule-kit';
import { bestResponsiveness } from './signs';

const P = 'call-provider' as const;

/** Rules whose prompt is: call the provider, for responsiveness and reported situations. */
export const PROVIDER_SITUATION_RULES: EscalationRule[] = [
  {
    id: 'response-shake',
    tier: P,
    wordingKey: 'response-shake',
    sourceKeys: ['MOAAS', 'AVPU', 'SITWELL-DEFAULT'],
    summary:
      'Responds only to a shake, at any check-in: call the provider now, put them on their side, ' +
      're-check in 5 minutes.',
    recheck: RECHECK_RESPONSE,
    when: (c) =>
      obs(c).responsiveness === 'shake' || reported(c, 'responds-to-shake-or-loud-voice'),
  },
  {
    id: 'loud-voice-with-depressant',
    tier: P,
    wordingKey: 'loud-voice-with-depressant',
    sourceKeys: ['SPR-label', 'PMF', 'MOAAS'],
    summary:
      'Responds only to a loud voice, with alcohol or a sedative recorded in preparation as ' +
      'taken ' +
      'today: call the provider now (without it this is a 5-minute re-check).',
    recheck: RECHECK_RESPONSE,
    when: (c) => obs(c).responsiveness === 'loud-voice' && sedatingTakenToday(c.earlier).length > 0,
    because: (c) => [`Taken today: ${sedatingTakenToday(c.earlier).join('; ')}`],
  },
  {
    id: 'response-not-better',
    tier: P,
    wordingKey: 'response-not-better',
    sourceKeys: ['MOAAS', 'SITWELL-DEFAULT'],
    summary:
      'Still responding only to a loud voice at the re-check after such an answer: call the ' +
      'provider.',
    recheck: RECHECK_RESPONSE,
    when: (c) => {
      const before = previousResponsiveness(c.earlier);
      return (
        obs(c).responsiveness === 'loud-voice' && (before === 'loud-voice' || before === 'shake')
      );
    },
  },
  {
    id: 'response-worse',
    tier: P,
    wordingKey: 'response-worse',
    sourceKeys: ['MOAAS', 'SPR-label', 'SITWELL-DEFAULT'],
    summary:
      `Responsiveness ${L.responseDropSteps} or more steps worse than the best seen this ` +
      `session, while still responding: call the provider.`,
    when: (c) => {
      const now = obs(c).responsiveness;
      const best = bestResponsiveness(c.earlier);
      // "none" is the emergency rule's; this one is for a patient who still responds.
      if (now === undefined || now === 'none' || best === undefined) return false;
      return stepsWorse(best, now) >= L.responseDropSteps;
    },
  },
  {
    id: 'distress-unsettled',
    tier: P,
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
    tier: P,
    wordingKey: 'unsafe-behaviour',
    sourceKeys: ['MB-help', 'NL-set', 'SPR-hcp'],
    summary: 'Trying to leave, drive or do something unsafe: call the provider.',
    when: (c) => reported(c, 'wants-to-leave', 'trying-to-leave'),
  },
  {
    id: 'suicide-talk',
    tier: P,
    wordingKey: 'suicide-talk',
    sourceKeys: ['988', 'SITWELL-DEFAULT'],
    summary:
      'Talk of suicide or self-harm: never leave them alone; call the provider, or the 988 ' +
      'Lifeline in the US; emergency services if they are in immediate danger.',
    when: (c) => reported(c, 'suicide-talk'),
  },
  {
    id: 'allergy-mild',
    tier: P,
    wordingKey: 'allergy-mild',
    sourceKeys: ['SITWELL-DEFAULT'],
    summary:
      'Hives or a rash with normal breathing: call the provider; swelling or breathing trouble → ' +
      'emergency.',
    when: (c) => reported(c, 'allergy-rash'),
  },
  {
    id: 'fall-no-head',
    tier: P,
    wordingKey: 'fall-no-head',
    sourceKeys: ['SITWELL-DEFAULT'],
    summary: 'A fall without a head injury: call the provider and check for injuries.',
    when: (c) => reported(c, 'fall-no-head-injury'),
  },
  {
    id: 'extra-dose',
    tier: P,
    wordingKey: 'extra-dose',
    sourceKeys: ['SPR-label', 'SITWELL-DEFAULT'],
    summary:
      'An extra dose taken: call the provider now (emergency with any breathing or ' +
      'responsiveness sign).',
    when: (c) => reported(c, 'extra-dose'),
  },
  {
    id: 'sedatives-taken',
    tier: P,
    wordingKey: 'sedatives-taken',
    sourceKeys: ['SPR-label', 'PMF'],
    summary:
      'Alcohol, a benzodiazepine, an opioid or another sedative taken: call the provider now ' +
      '(emergency with any breathing or responsiveness sign).',
    when: (c) => reported(c, 'sedatives-taken'),
  },
  {
    id: 'sitter-unable',
    tier: P,
    wordingKey: 'sitter-unable',
    sourceKeys: ['MB-help', 'PTM-doc', 'SITWELL-DEFAULT'],
    summary:
      'The sitter cannot carry on: call the backup contact and never leave the patient alone; if ' +
      'nobody can come, call the provider.',
    when: (c) => reported(c, 'sitter-unable'),
  },
  {
    id: 'something-else',
    tier: P,
    wordingKey: 'something-else',
    sourceKeys: ['MB-help', 'PTM-doc'],
    summary: 'Anything else that worries the sitter: call the provider and describe it.',
    when: (c) => reported(c, 'something-else'),
  },
];
