import type { EntryData } from '../log/entry';
import { RESOLUTION_OUTCOMES, type ResolutionOutcome } from '../log/resolution-outcome';
import { stripBidiControls } from '../parse/bidi';

// How an emergency ended, as the sitter says when marking it resolved: one of a few plain
// answers and, if they like, a few words of their own. Any 'resolved' action closes the emergency
// for the rules (status.ts, signs.ts); the answer is for the record: the log, the look back, the
// summary and the four files. An entry written before the answer existed has none and stays valid.

/** Each answer in words, as the confirm step offers it and as the log and the files say it. */
export const RESOLUTION_LABEL: Record<ResolutionOutcome, string> = {
  'breathing-normally': 'Breathing normally again',
  'responding-again': 'Awake and responding again',
  'ambulance-came': 'The ambulance came',
  'provider-advised': 'The provider said it is over',
  'false-alarm': 'False alarm',
  other: 'Something else happened',
};

/** The most characters the sitter's own words may have (a sentence or two). */
export const RESOLUTION_WORDS_MAX = 300;

/** The confirm step's wording: calm, plain, one instruction at a time. */
export const RESOLVE_WORDING = {
  heading: 'Is the emergency over?',
  intro: 'If you are not sure, choose “Not yet” and stay with them.',
  question: 'What happened?',
  words: 'In your own words (optional)',
  wordsHint: 'For example: sat up and spoke to me.',
  confirm: 'Yes, mark it resolved',
  back: 'Not yet',
  noChoice: 'Choose what happened first. If none fits, choose “Something else happened”.',
} as const;

/** Whether a value read from a log or a file is one of the answers. */
export function isResolutionOutcome(value: unknown): value is ResolutionOutcome {
  return (RESOLUTION_OUTCOMES as readonly unknown[]).includes(value);
}

/**
 * The sitter's words as they are kept: without bidirectional controls (which could make them
 * display as other text), on one line, trimmed, and at most RESOLUTION_WORDS_MAX characters.
 */
export function resolutionWords(typed: string): string {
  const line = stripBidiControls(typed).replace(/\s+/g, ' ').trim();
  // Cut by code points, so a cut never splits an emoji or another character in two.
  return [...line].slice(0, RESOLUTION_WORDS_MAX).join('').trim();
}

/** The data of the 'resolved' action: the answer, the sitter's words when any, the rules. */
export function resolvedAction(
  outcome: ResolutionOutcome,
  typed: string,
  ruleIds: readonly string[],
): EntryData['escalation-action'] {
  const text = resolutionWords(typed);
  return { action: 'resolved', outcome, ruleIds: [...ruleIds], ...(text && { text }) };
}

/** How a resolved emergency ended, in words, when the entry says (undefined for older logs). */
export function resolutionLabel(outcome: unknown): string | undefined {
  return isResolutionOutcome(outcome) ? RESOLUTION_LABEL[outcome] : undefined;
}
