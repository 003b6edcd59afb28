// Sitwell's own words for each escalation prompt: short, plain and calm, because the sitter reads
// them in a hard moment. Written from the clinical basis (docs/clinical-basis.md); the rules cite
// the sources. Every prompt says what to do next if things get worse.

import type { Wording } from './wording-kit';
import { EMERGENCY_WORDING } from './wording-emergency';
import { GAP_WORDING } from './wording-gaps';
import { PROVIDER_WORDING, SUPPORT_WORDING } from './wording-provider';

export type { EmergencySteps, Wording } from './wording-kit';

/** Wording for every wording key the rules use. */
export const ESCALATION_WORDING = {
  ...EMERGENCY_WORDING,
  ...PROVIDER_WORDING,
  ...SUPPORT_WORDING,
  ...GAP_WORDING,
} as const satisfies Record<string, Wording>;

/** A key of ESCALATION_WORDING. */
export type WordingKey = keyof typeof ESCALATION_WORDING;

// Rules earlier versions showed, kept so that their old log lines still read in plain words.
const RETIRED_WORDING: Record<string, Wording> = {
  'head-signs': {
    title: 'Call emergency services now',
    reason: 'Sudden severe headache, changed vision, confusion or weakness on one side.',
  },
  'response-reduced': {
    title: 'Call the provider now',
    reason: 'They respond only to a shake or a loud voice.',
  },
};

/** The wording for a key; undefined for an unknown key (e.g. from an old log). */
export function wordingFor(key: string): Wording | undefined {
  if (Object.hasOwn(ESCALATION_WORDING, key)) return ESCALATION_WORDING[key as WordingKey];
  return Object.hasOwn(RETIRED_WORDING, key) ? RETIRED_WORDING[key] : undefined;
}
