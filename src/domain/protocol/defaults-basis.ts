import type { Protocol } from './protocol';

// Which of Sitwell's protocol defaults rest on no fact in the domain facts. DF gives the check-in
// interval [seed interview, MB-help], the monitoring time and the 40-minute and closing BP
// readings [SPR-hcp, FDA-REMS] and the pre-dose guide of 140/90 [SPR-label]; for the in-session
// BP limit, the heart-rate range and the oxygen limit no program publishes a number, so DF asks
// for conservative defaults labelled as defaults ("No at-home program publishes a numeric
// do-not-dose threshold"). Everything that shows such a number to a person uses DEFAULT_LABEL.

/**
 * What a person is told beside a Sitwell default that has no published source (the rule wording,
 * the protocol screen, the provider's form and the rules page all use this one text).
 */
export const DEFAULT_LABEL = 'Sitwell’s conservative default; the provider may change it';

/** Protocol fields whose default value is Sitwell's own choice, with no DF fact behind it. */
export const UNSOURCED_DEFAULT_FIELDS = [
  'sessionBp',
  'heartRate',
  'spo2Min',
] as const satisfies readonly (keyof Protocol)[];

/** A field in UNSOURCED_DEFAULT_FIELDS. */
export type UnsourcedDefaultField = (typeof UNSOURCED_DEFAULT_FIELDS)[number];

/** Whether a protocol field's default is Sitwell's own, unsourced choice. */
export function isUnsourcedDefault(key: keyof Protocol): key is UnsourcedDefaultField {
  return (UNSOURCED_DEFAULT_FIELDS as readonly string[]).includes(key);
}

/**
 * Beside a fixed time that no source sets and the protocol does not hold (the provider's 10
 * minutes, the 15 minutes of grounding, the 90 minutes of expected dissociation).
 */
export const FIXED_DEFAULT_LABEL = 'Sitwell’s conservative default';
