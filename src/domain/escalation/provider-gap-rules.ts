// Provider tier, continued: what the first rule tables did not notice. Breathing outside the
// normal 12–20 a minute, oxygen just below normal, pale and clammy while alert, noisy breathing in
// someone not fully awake (reposition first), and situations DF has no specific facts for, where
// the words stay at "call the provider; if anyone is in danger, call emergency services".

import { minutesToMilliseconds } from 'date-fns';
import { isKind, type Entry } from '../log/entry';
import { notFullyAlert, obs, reported, type EscalationRule, type Recheck } from './rule-kit';

const P = 'call-provider' as const;

/** Thresholds of the rules in this file, with their basis. */
export const GAP_LIMITS = {
  /** Normal adult resting breathing is 12–20 a minute [SFW (weak)]. */
  normalBreathing: { min: 12, max: 20 },
  /**
   * Oxygen below this (and at or above the protocol's emergency limit) means call the provider.
   * DF gives no number: Sitwell's conservative default; the provider may change it
   * [SITWELL-DEFAULT].
   */
  spo2Normal: 95,
  /** A second noisy-breathing answer this soon after repositioning means it did not clear. */
  airwayRepeatMs: minutesToMilliseconds(10),
} as const;

/** Re-check 2 minutes after repositioning a noisy airway [RCEM, NHS-Zana; SITWELL-DEFAULT]. */
export const RECHECK_AIRWAY: Recheck = { minutes: 2, reason: 'airway' };

/** Noisy or gurgling breathing in someone not fully awake, at a check-in or as an answer. */
export const noisyNotAlert = (c: Parameters<EscalationRule['when']>[0]): boolean =>
  (obs(c).breathing === 'noisy' && notFullyAlert(c)) ||
  // The retired answer did not say how alert they were: assume the worse.
  reported(c, 'breathing-noisy-not-alert', 'breathing-noisy');

/** Whether the sitter was already told to reposition a noisy airway in the last 10 minutes. */
export function repositionedRecently(earlier: readonly Entry[], at: number): boolean {
  return earlier.some(
    (e) =>
      isKind(e, 'escalation-shown') &&
      e.data.ruleIds.includes('airway-reposition') &&
      at - e.at <= GAP_LIMITS.airwayRepeatMs,
  );
}

/** Rules whose prompt is: call the provider, for gaps the clinical audit found. */
export const PROVIDER_GAP_RULES: EscalationRule[] = [
  {
    id: 'airway-reposition',
    tier: P,
    wordingKey: 'airway-reposition',
    sourceKeys: ['RCEM', 'NHS-Zana'],
    summary:
      'Noisy or gurgling breathing while not fully awake: roll them onto their side and tilt the ' +
      'head back at once, call the provider, re-check in 2 minutes; still noisy → emergency.',
    recheck: RECHECK_AIRWAY,
    when: (c) => noisyNotAlert(c) && !repositionedRecently(c.earlier as Entry[], c.current.at),
  },
  {
    id: 'breathing-rate-off',
    tier: P,
    wordingKey: 'breathing-rate-off',
    sourceKeys: ['SFW'],
    summary:
      `Breathing 9–${GAP_LIMITS.normalBreathing.min - 1} or more than ` +
      `${GAP_LIMITS.normalBreathing.max} a minute (outside the normal ` +
      `${GAP_LIMITS.normalBreathing.min}–${GAP_LIMITS.normalBreathing.max}): call the provider.`,
    when: (c) => {
      const rr = c.current.vitals?.respRate;
      // 8 or fewer is the emergency rule's.
      if (rr === undefined || rr <= 8) return false;
      return rr < GAP_LIMITS.normalBreathing.min || rr > GAP_LIMITS.normalBreathing.max;
    },
  },
  {
    id: 'spo2-below-normal',
    tier: P,
    wordingKey: 'spo2-below-normal',
    sourceKeys: ['SITWELL-DEFAULT', 'SPR-hcp'],
    summary:
      `Oxygen saturation below ${GAP_LIMITS.spo2Normal} % but not below the protocol's ` +
      `emergency limit (Sitwell's conservative default; the provider may change it): call the ` +
      `provider.`,
    when: (c) => {
      const spo2 = c.current.vitals?.spo2;
      return spo2 !== undefined && spo2 < GAP_LIMITS.spo2Normal && spo2 >= c.protocol.spo2Min;
    },
  },
  {
    id: 'pale-clammy-alert',
    tier: P,
    wordingKey: 'pale-clammy-alert',
    // DF: pale clammy skin with a poor response is an emergency [BTI, USC]; while fully alert it
    // has no fact of its own, so the words stay at calling the provider.
    sourceKeys: ['BTI', 'USC', 'SITWELL-DEFAULT'],
    summary:
      'Pale, clammy skin while fully alert: call the provider; with a poor response → emergency.',
    when: (c) => obs(c).skin === 'pale-clammy' && obs(c).responsiveness === 'normal',
  },
  {
    id: 'refuses-check-ins',
    tier: P,
    wordingKey: 'refuses-check-ins',
    // The sitter's check is visual [MB-help]; look, listen and feel, not the words [ASKP].
    sourceKeys: ['MB-help', 'ASKP', 'SITWELL-DEFAULT'],
    summary:
      'Refusing check-ins: check from where you are (chest, lips, face) and call the provider; ' +
      'if anyone is in danger, call emergency services.',
    when: (c) => reported(c, 'refusing-check-ins'),
  },
  {
    id: 'aggressive',
    tier: P,
    wordingKey: 'aggressive',
    sourceKeys: ['Zendo', 'SITWELL-DEFAULT'],
    summary:
      'Aggressive or violent: keep yourself safe and call the provider; if anyone is in danger, ' +
      'call emergency services.',
    when: (c) => reported(c, 'aggressive'),
  },
  {
    id: 'overheating',
    tier: P,
    wordingKey: 'overheating',
    sourceKeys: ['SITWELL-DEFAULT'],
    summary:
      'Very hot, flushed or sweating heavily: call the provider; if anyone is in danger, call ' +
      'emergency services.',
    when: (c) => reported(c, 'overheating'),
  },
];
