// The "Something's wrong" answers. A `situation-reported` entry stores the most specific id the
// sitter chose: a detail id when the situation has details, otherwise the situation id itself.
// Ids are stored in the log: never rename or repurpose one; add new ones instead. The list is
// ordered by urgency and how common it is; each answer carries the tier its rule gives it, for
// the list's marks;
// the rules in *-rules.ts decide (a test keeps the two in step).

/** How urgent an answer is, as the list marks it. */
export type SituationTier = 'emergency' | 'call-provider' | 'support';

/** One answer the sitter can tap. */
export interface SituationOption {
  id: string;
  label: string;
  /** A short line that helps the sitter choose; shown under the label. */
  hint?: string;
  tier: SituationTier;
}

/** A situation with its details. When `details` is empty the situation is answered as is. */
export interface Situation extends SituationOption {
  details: readonly SituationOption[];
  /** Offer a free-text box with this situation. */
  freeText?: boolean;
}

const E = 'emergency';
const P = 'call-provider';
const S = 'support';

// Look, listen and feel, not the patient's words: a dissociated patient may say "I can't
// breathe" while breathing well [ASKP, Reddit-IV]; gasping is not breathing [Bobrow-2008].
const LOOK = 'Watch the chest, listen for air, look at the lips.';

/**
 * The situations in the order the sitter sees them: the life-threatening and the common first
 * (not breathing, no response, choking, then distress, the most common, breathing, vomiting and
 * hard to wake), the rest after, so the whole list fits in two phone screens. Each answer's tier
 * mark says how urgent it is.
 */
export const SITUATIONS: readonly Situation[] = [
  {
    id: 'not-breathing',
    label: 'Not breathing, or only gasping',
    tier: E,
    details: [],
    hint: LOOK,
  },
  { id: 'no-response-to-shaking', label: 'Not responding, even to shaking', tier: E, details: [] },
  { id: 'choking', label: 'Choking: can’t cough, speak or breathe', tier: E, details: [] },
  { id: 'very-distressed', label: 'Very distressed or panicking', tier: S, details: [] },
  {
    id: 'breathing-problem',
    label: 'Breathing problem',
    hint: LOOK,
    tier: E,
    details: [
      { id: 'breathing-pauses', label: 'Stops breathing for more than 10 seconds', tier: E },
      {
        id: 'breathing-slow',
        label: 'Slow: 8 or fewer breaths a minute',
        hint: 'Count for 30 seconds and double it.',
        tier: E,
      },
      { id: 'blue-grey-lips', label: 'Blue or grey lips or skin', tier: E },
      // Reposition first: it often clears [RCEM]; still noisy at the 2-minute re-check → emergency.
      { id: 'breathing-noisy-not-alert', label: 'Noisy or gurgling, not fully awake', tier: P },
      { id: 'breathing-noisy-awake', label: 'Noisy, but awake and talking', tier: P },
    ],
  },
  {
    id: 'vomiting',
    label: 'Vomiting',
    tier: E,
    details: [
      { id: 'vomiting-not-alert', label: 'Drowsy or hard to wake', tier: E },
      { id: 'vomiting-awake', label: 'Awake and responding normally', tier: S },
    ],
  },
  {
    id: 'responds-to-shake-or-loud-voice',
    label: 'Hard to wake: responds only to a shake or a loud voice',
    tier: P,
    details: [],
  },
  { id: 'seizure', label: 'Seizure (fit)', tier: E, details: [] },
  {
    id: 'chest-or-head',
    label: 'Chest pain, bad headache or stroke signs',
    tier: E,
    details: [
      { id: 'chest-pain-or-breathless', label: 'Chest pain or short of breath', tier: E },
      { id: 'severe-headache', label: 'Sudden, severe headache', tier: E },
      { id: 'face-droop', label: 'Face drooping on one side', tier: E },
      { id: 'one-sided-weakness', label: 'Weakness or numbness on one side', tier: E },
      { id: 'slurred-speech', label: 'Slurred speech or trouble speaking', tier: E },
      // Expected dissociation in the first hour or so [SPR-label]; the rules weigh time and signs.
      {
        id: 'vision-changes',
        label: 'Changes in vision',
        hint: 'Expected early on; a doctor decides with the other signs.',
        tier: P,
      },
      {
        id: 'confusion',
        label: 'Confusion',
        // 90 minutes is Sitwell's conservative default [SITWELL-DEFAULT].
        hint: 'Some dreaminess is expected in the first 90 minutes (Sitwell’s default).',
        tier: P,
      },
    ],
  },
  { id: 'pale-clammy', label: 'Pale, clammy skin and hard to rouse', tier: E, details: [] },
  {
    id: 'self-harm',
    label: 'Talking about suicide or self-harm',
    tier: E,
    details: [
      {
        id: 'suicide-immediate-danger',
        label: 'Trying to harm themselves, or you can’t keep them safe',
        tier: E,
      },
      { id: 'suicide-talk', label: 'Talking about it', tier: P },
    ],
  },
  {
    id: 'leaving',
    label: 'Trying to leave, or has left',
    tier: E,
    details: [
      { id: 'has-left-or-driving', label: 'Has left the house, or is driving', tier: E },
      // Helping the patient to the bathroom is part of the job [MB-help]; leaving is not.
      { id: 'wants-to-leave', label: 'Trying to leave, drive or do something unsafe', tier: P },
    ],
  },
  {
    id: 'fall',
    label: 'A fall or a head injury',
    tier: E,
    details: [
      { id: 'fall-head-injury', label: 'They hit their head', tier: E },
      { id: 'fall-no-head-injury', label: 'They fell but did not hit their head', tier: P },
    ],
  },
  {
    id: 'allergic-reaction',
    label: 'Allergic reaction',
    tier: E,
    details: [
      {
        id: 'allergy-swelling',
        label: 'Swollen lips, face or tongue, or hives with trouble breathing',
        tier: E,
      },
      { id: 'allergy-rash', label: 'Hives or a rash only, breathing normally', tier: P },
    ],
  },
  { id: 'aggressive', label: 'Aggressive or violent', tier: P, details: [] },
  {
    id: 'refusing-check-ins',
    label: 'Won’t let me check on them',
    hint: 'You can still look from where you are.',
    tier: P,
    details: [],
  },
  { id: 'extra-dose', label: 'They took an extra dose', tier: P, details: [] },
  {
    id: 'sedatives-taken',
    label: 'They took alcohol, a sedative, an opioid or another drug',
    tier: P,
    details: [],
  },
  { id: 'overheating', label: 'Very hot, flushed or sweating heavily', tier: P, details: [] },
  { id: 'sitter-unable', label: 'I can’t carry on as the sitter', tier: P, details: [] },
  { id: 'something-else', label: 'Something else', tier: P, details: [], freeText: true },
];

/**
 * Ids earlier versions stored that the list no longer offers; they stay readable in old logs.
 * `unrefined`: a situation that had details and was stored without one.
 */
const RETIRED: readonly { id: string; label: string; unrefined?: boolean }[] = [
  { id: 'not-responding', label: 'Not responding', unrefined: true },
  { id: 'trying-to-leave', label: 'Trying to get up or leave' },
  { id: 'breathing-noisy', label: 'Breathing problem: Noisy or gurgling breathing' },
];

/**
 * Warning signs asked about after every reading of 180/120 or more: the AHA's organ-damage signs
 * [AHA-HTN] and the label's hypertensive-encephalopathy signs (sudden severe headache, seizure,
 * diminished consciousness) [SPR-label]; ids as situations.
 */
export const BP_WARNING_SIGNS: readonly { id: string; label: string }[] = [
  { id: 'chest-pain-or-breathless', label: 'Chest pain or shortness of breath' },
  { id: 'severe-headache', label: 'A sudden, severe headache' },
  { id: 'back-pain', label: 'Back pain' },
  { id: 'numbness-or-weakness', label: 'Numbness or weakness' },
  { id: 'vision-changes', label: 'A change in vision' },
  { id: 'slurred-speech', label: 'Difficulty speaking' },
  { id: 'hard-to-wake', label: 'Much drowsier or harder to wake than before' },
  { id: 'seizure', label: 'A seizure (fit)' },
];

/** Ids that only the app records as a situation (not offered in the list). */
const INTERNAL: readonly { id: string; label: string }[] = [
  { id: 'provider-not-reached', label: 'Could not reach the provider' },
  { id: 'breathing-normally', label: 'Checked: breathing normally' },
  { id: 'back-pain', label: 'Back pain' },
  { id: 'numbness-or-weakness', label: 'Numbness or weakness' },
  { id: 'hard-to-wake', label: 'Much drowsier or harder to wake (with a very high reading)' },
];

const LABELS = new Map<string, string>();
const GROUP_OF = new Map<string, string>();
for (const s of SITUATIONS) {
  LABELS.set(s.id, s.label);
  GROUP_OF.set(s.id, s.id);
  for (const d of s.details) {
    LABELS.set(d.id, `${s.label}: ${d.label}`);
    GROUP_OF.set(d.id, s.id);
  }
}
for (const r of [...RETIRED, ...INTERNAL]) {
  if (!LABELS.has(r.id)) LABELS.set(r.id, r.label);
  if (!GROUP_OF.has(r.id)) GROUP_OF.set(r.id, r.id);
}

/** Whether a stored string is a known situation, detail, retired or internal id. */
export function isSituationId(id: string): boolean {
  return LABELS.has(id);
}

/** The situation an id belongs to (itself for a situation id); undefined for an unknown id. */
export function situationOf(id: string): string | undefined {
  return GROUP_OF.get(id);
}

/** Whether the id is a situation that has details but was stored without choosing one. */
export function isUnrefined(id: string): boolean {
  return (
    SITUATIONS.some((s) => s.id === id && s.details.length > 0) ||
    RETIRED.some((r) => r.id === id && r.unrefined === true)
  );
}

/** The plain label for a stored id, e.g. for the log; undefined for an unknown id. */
export function situationLabel(id: string): string | undefined {
  return LABELS.get(id);
}
