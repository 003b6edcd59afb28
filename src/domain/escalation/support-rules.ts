// Support tier: help the patient feel safe and comfortable.

import { isDistress, isVomitingAlert, isVomitingNotAlert } from './history';
import { obs, RECHECK_DISTRESS, RECHECK_RESPONSE, type EscalationRule } from './rule-kit';

/** Rules whose prompt is support (grounding, comfort). */
export const SUPPORT_RULES: EscalationRule[] = [
  {
    id: 'response-loud-voice',
    tier: 'support',
    wordingKey: 'response-loud-voice',
    sourceKeys: ['MOAAS', 'SITWELL-DEFAULT'],
    summary:
      'Responds only to a loud voice: re-check in 5 minutes; if not better, call the provider.',
    recheck: RECHECK_RESPONSE,
    when: (c) => obs(c).responsiveness === 'loud-voice',
  },
  {
    id: 'grounding',
    tier: 'support',
    wordingKey: 'grounding',
    sourceKeys: ['Zendo', 'MAPS-Zendo', 'MKH'],
    summary:
      'Anxious, distressed, agitated or very upset: offer grounding and re-check in 15 minutes ' +
      '(still distressed then → call the provider).',
    recheck: RECHECK_DISTRESS,
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
