// Emergency tier: call emergency services now. Each rule cites its sources (see
// clinical/sources.ts). Breathing and responsiveness come first; blood pressure, stroke-like and
// other signs follow in emergency-sign-rules.ts.

import { ESCALATION_LIMITS as L, isVomitingNotAlert } from './history';
import { noisyNotAlert, repositionedRecently } from './provider-gap-rules';
import { atMost, notFullyAlert, obs, reported, type EscalationRule } from './rule-kit';
import type { Entry } from '../log/entry';

const E = 'emergency' as const;

/** Rules whose prompt is: call emergency services now, for breathing, airway and responsiveness. */
export const EMERGENCY_RULES: EscalationRule[] = [
  {
    id: 'not-breathing',
    tier: E,
    wordingKey: 'not-breathing',
    sourceKeys: ['AHA-CPR', 'ERC', 'Bobrow-2008', 'BTI', 'USC'],
    summary:
      'Not breathing, only gasping, or a breath count of 0: call emergency services and start ' +
      'hands-only CPR. Gasping is not breathing.',
    when: (c) =>
      reported(c, 'not-breathing') ||
      obs(c).breathing === 'none' ||
      c.current.vitals?.respRate === 0,
  },
  {
    id: 'no-response',
    tier: E,
    wordingKey: 'no-response',
    sourceKeys: ['MOAAS', 'AVPU', 'BTI', 'USC', 'AHA-CPR'],
    summary:
      'No response to shaking: call emergency services; recovery position if breathing normally, ' +
      'CPR if not. The sitter never tests with pain.',
    when: (c) => obs(c).responsiveness === 'none' || reported(c, 'no-response-to-shaking'),
  },
  {
    id: 'choking',
    tier: E,
    wordingKey: 'choking',
    sourceKeys: ['AHA-CPR', 'RedCross'],
    summary:
      'Choking (cannot cough, speak or breathe): call emergency services; 5 back blows, then 5 ' +
      'abdominal thrusts.',
    when: (c) => reported(c, 'choking'),
  },
  {
    id: 'breathing-pauses',
    tier: E,
    wordingKey: 'breathing-pauses',
    sourceKeys: ['BTI', 'USC'],
    summary: 'Pauses in breathing (over 10 seconds): call emergency services.',
    when: (c) => obs(c).breathing === 'pauses' || reported(c, 'breathing-pauses'),
  },
  {
    id: 'breathing-slow',
    tier: E,
    wordingKey: 'breathing-slow',
    sourceKeys: ['BTI', 'USC', 'SFW'],
    summary: `${L.slowBreathing} or fewer breaths a minute: call emergency services.`,
    when: (c) =>
      atMost(c.current.vitals?.respRate, L.slowBreathing) || reported(c, 'breathing-slow'),
  },
  {
    id: 'blue-lips',
    tier: E,
    wordingKey: 'blue-lips',
    sourceKeys: ['BTI', 'USC'],
    summary: 'Blue or grey lips or skin: call emergency services.',
    when: (c) => reported(c, 'blue-grey-lips') || obs(c).skin === 'blue-grey',
  },
  {
    id: 'airway-noisy',
    tier: E,
    wordingKey: 'airway-noisy',
    sourceKeys: ['RCEM', 'NHS-Zana', 'BTI'],
    summary:
      'Noisy or gurgling breathing while not fully alert that does not clear after repositioning ' +
      '(still noisy at the re-check): call emergency services, keep them on their side.',
    // The first time, repositioning comes first (airway-reposition) [RCEM].
    when: (c) => noisyNotAlert(c) && repositionedRecently(c.earlier as Entry[], c.current.at),
  },
  {
    id: 'pale-clammy',
    tier: E,
    wordingKey: 'pale-clammy',
    sourceKeys: ['BTI', 'USC'],
    summary: 'Pale, clammy skin with a poor response: call emergency services.',
    when: (c) => reported(c, 'pale-clammy') || (obs(c).skin === 'pale-clammy' && notFullyAlert(c)),
  },
  {
    id: 'vomit-not-alert',
    tier: E,
    wordingKey: 'vomit-not-alert',
    sourceKeys: ['BTI', 'USC', 'RCEM'],
    summary: 'Vomiting while not fully alert (or alertness not recorded): call emergency services.',
    when: (c) => isVomitingNotAlert(c.current),
  },
  {
    id: 'seizure',
    tier: E,
    wordingKey: 'seizure',
    sourceKeys: ['BTI', 'USC', 'SPR-label'],
    summary: 'A seizure: call emergency services.',
    when: (c) => reported(c, 'seizure') || obs(c).seizure === true,
  },
];
