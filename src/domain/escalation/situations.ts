// The "Something's wrong" answers. A `situation-reported` entry stores the most specific id the
// sitter chose: a detail id when the situation has details, otherwise the situation id itself.
// Ids are stored in the log: never rename or repurpose one; add new ones instead.

/** Top-level "Something's wrong" situations, in the order the sitter sees them. */
export const SITUATION_IDS = [
  'not-responding',
  'breathing-problem',
  'vomiting',
  'chest-or-head',
  'seizure',
  'very-distressed',
  'trying-to-leave',
  'something-else',
] as const;
/** A top-level situation id. */
export type SituationGroupId = (typeof SITUATION_IDS)[number];

/** Details that refine a situation into something the rules can act on. */
export const SITUATION_DETAIL_IDS = [
  'no-response-to-shaking',
  'responds-to-shake-or-loud-voice',
  'breathing-pauses',
  'breathing-slow',
  'not-breathing',
  'blue-grey-lips',
  'breathing-noisy',
  'vomiting-awake',
  'vomiting-not-alert',
  'chest-pain-or-breathless',
  'severe-headache',
  'vision-changes',
  'confusion',
  'one-sided-weakness',
] as const;
/** A detail id. */
export type SituationDetailId = (typeof SITUATION_DETAIL_IDS)[number];

/** Any id a `situation-reported` entry may store. */
export type SituationId = SituationGroupId | SituationDetailId;

/** One answer the sitter can tap. */
export interface SituationOption<Id extends string> {
  id: Id;
  label: string;
  /** A short line that helps the sitter choose; shown under the label. */
  hint?: string;
}

/** A situation with its details. When `details` is empty the situation is answered as is. */
export interface Situation extends SituationOption<SituationGroupId> {
  details: readonly SituationOption<SituationDetailId>[];
  /** Offer a free-text box with this situation. */
  freeText?: boolean;
}

/** The situations and their details, with plain labels [BTI, USC, SPR-label, MOAAS, ASKP]. */
export const SITUATIONS: readonly Situation[] = [
  {
    id: 'not-responding',
    label: 'Not responding',
    details: [
      { id: 'no-response-to-shaking', label: 'No response, even to shaking' },
      { id: 'responds-to-shake-or-loud-voice', label: 'Responds only to a shake or a loud voice' },
    ],
  },
  {
    id: 'breathing-problem',
    label: 'Breathing problem',
    // Dissociation can make someone say "I can't breathe" while breathing well [ASKP, Reddit-IV].
    hint: 'Watch their chest, not their words.',
    details: [
      { id: 'breathing-pauses', label: 'Stops breathing for more than 10 seconds' },
      {
        id: 'breathing-slow',
        label: 'Slow: 8 or fewer breaths a minute',
        hint: 'Count for 30 seconds and double it.',
      },
      { id: 'not-breathing', label: 'Not breathing' },
      { id: 'blue-grey-lips', label: 'Blue or grey lips or skin' },
      { id: 'breathing-noisy', label: 'Noisy or gurgling breathing' },
    ],
  },
  {
    id: 'vomiting',
    label: 'Vomiting',
    details: [
      { id: 'vomiting-awake', label: 'Awake and responding normally' },
      { id: 'vomiting-not-alert', label: 'Drowsy or hard to wake' },
    ],
  },
  {
    id: 'chest-or-head',
    label: 'Chest pain or bad headache',
    details: [
      { id: 'chest-pain-or-breathless', label: 'Chest pain or short of breath' },
      { id: 'severe-headache', label: 'Sudden, severe headache' },
      { id: 'vision-changes', label: 'Changes in vision' },
      // Dreaminess is expected with ketamine [ASKP]; if unsure, the sitter should still choose it.
      {
        id: 'confusion',
        label: 'Confusion',
        hint: 'New or worse than the usual dreaminess. If unsure, choose it.',
      },
      { id: 'one-sided-weakness', label: 'Weakness on one side of the face or body' },
    ],
  },
  { id: 'seizure', label: 'Seizure (fit)', details: [] },
  { id: 'very-distressed', label: 'Very distressed or panicking', details: [] },
  {
    id: 'trying-to-leave',
    label: 'Trying to get up or leave',
    // Helping the patient to the bathroom is part of the sitter's job [MB-help]; leaving is not.
    hint: 'Trying to leave, drive or do something unsafe.',
    details: [],
  },
  { id: 'something-else', label: 'Something else', details: [], freeText: true },
];

/** Whether a stored string is a known situation or detail id. */
export function isSituationId(id: string): id is SituationId {
  return (
    (SITUATION_IDS as readonly string[]).includes(id) ||
    (SITUATION_DETAIL_IDS as readonly string[]).includes(id)
  );
}

/** The situation an id belongs to (itself for a situation id); undefined for an unknown id. */
export function situationOf(id: string): SituationGroupId | undefined {
  const found = SITUATIONS.find((s) => s.id === id || s.details.some((d) => d.id === id));
  return found?.id;
}

/** Whether the id is a situation that has details but was stored without choosing one. */
export function isUnrefined(id: string): boolean {
  return SITUATIONS.some((s) => s.id === id && s.details.length > 0);
}

/** The plain label for a stored id, e.g. for the log; undefined for an unknown id. */
export function situationLabel(id: string): string | undefined {
  for (const s of SITUATIONS) {
    if (s.id === id) return s.label;
    const detail = s.details.find((d) => d.id === id);
    if (detail) return `${s.label}: ${detail.label}`;
  }
  return undefined;
}
