// Sitwell's own words for each escalation prompt: short, plain and calm, because the sitter reads
// them in a hard moment. Written from the clinical basis (docs/clinical-basis.md); the rules cite
// the sources. Every prompt says what to do next if things get worse.

import { EMERGENCY_WORDING } from './wording-emergency';
import { PROVIDER_WORDING, SUPPORT_WORDING } from './wording-provider';

/** Which step-by-step help the emergency screen shows with a prompt. */
export type EmergencySteps = 'cpr' | 'recovery' | 'ask-breathing' | 'choking';

/** What the sitter sees for one prompt. */
export interface Wording {
  /** What to do, e.g. "Call emergency services now". */
  title: string;
  /** Why, in one line. */
  reason: string;
  /** For calls: what to tell the person who answers. */
  tell?: string;
  /** What to do while waiting or before calling, and what to do if it gets worse. */
  meanwhile?: string;
  /** The first-aid steps to show (emergency prompts). */
  steps?: EmergencySteps;
  /** Show the 988 Suicide & Crisis Lifeline (US) with this prompt. */
  crisisLine?: boolean;
  /** Offer the backup contact before the provider. */
  backupFirst?: boolean;
}

/** Wording for every wording key the rules use. */
export const ESCALATION_WORDING = {
  ...EMERGENCY_WORDING,
  ...PROVIDER_WORDING,
  ...SUPPORT_WORDING,
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
