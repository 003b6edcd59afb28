// What a sitter can observe at a check-in. Values are stable identifiers stored in the log:
// never rename or repurpose one; add new ones instead.

/**
 * Lay responsiveness ladder after MOAA/S 5–2 plus "none" [MOAAS, AVPU]; best first. No pain
 * stimulus.
 */
export const RESPONSIVENESS = ['normal', 'drowsy', 'loud-voice', 'shake', 'none'] as const;
export type Responsiveness = (typeof RESPONSIVENESS)[number];

/** Breathing as a layperson sees it [BTI, USC, RCEM]. */
export const BREATHING = [
  'normal',
  'slow-shallow',
  'noisy',
  'pauses',
  'none',
  'cant-tell',
] as const;
export type Breathing = (typeof BREATHING)[number];

/** Lips and skin colour [BTI, USC]. */
export const SKIN = ['normal', 'pale-clammy', 'blue-grey'] as const;
export type Skin = (typeof SKIN)[number];

/** How settled the patient is. */
export const COMFORT = ['calm', 'restless', 'anxious', 'distressed', 'agitated'] as const;
export type Comfort = (typeof COMFORT)[number];

/** Body position. */
export const POSITION = ['side', 'back', 'sitting', 'moving'] as const;
export type Position = (typeof POSITION)[number];

/** Nausea and vomiting [RCEM]. */
export const NAUSEA = ['none', 'nauseous', 'vomited'] as const;
export type Nausea = (typeof NAUSEA)[number];

/** One check-in's observations; any question may be left unanswered. */
export interface Observation {
  responsiveness?: Responsiveness;
  breathing?: Breathing;
  comfort?: Comfort;
  position?: Position;
  nausea?: Nausea;
  skin?: Skin;
  /** A seizure (fit) seen at this check-in. */
  seizure?: boolean;
  /** Set by the two-tap "Resting, breathing normally" answer. */
  resting?: boolean;
}

/** Optional measured values. Units: mmHg, beats/min, %, breaths/min. */
export interface Vitals {
  systolic?: number;
  diastolic?: number;
  heartRate?: number;
  spo2?: number;
  respRate?: number;
}

/** Plain-language labels, shared by the form, the log and exports. */
export const RESPONSIVENESS_LABEL: Record<Responsiveness, string> = {
  normal: 'Responds normally',
  drowsy: 'Drowsy, responds to name',
  'loud-voice': 'Only to a loud voice',
  shake: 'Only to a shake',
  none: 'No response to shaking',
};

/** Labels for breathing answers. */
export const BREATHING_LABEL: Record<Breathing, string> = {
  normal: 'Normal',
  'slow-shallow': 'Slow or shallow',
  noisy: 'Noisy or gurgling',
  pauses: 'Pauses of more than 10 seconds',
  // Gasping is not breathing: agonal gasps are common early in cardiac arrest [Bobrow-2008].
  none: 'Not breathing, or only gasping',
  'cant-tell': "Can't tell",
};

/** Labels for lips and skin answers. */
export const SKIN_LABEL: Record<Skin, string> = {
  normal: 'Usual colour',
  'pale-clammy': 'Pale and clammy',
  'blue-grey': 'Blue or grey lips or skin',
};

/** Labels for comfort answers. */
export const COMFORT_LABEL: Record<Comfort, string> = {
  calm: 'Calm',
  restless: 'Restless',
  anxious: 'Anxious',
  distressed: 'Distressed',
  agitated: 'Agitated',
};

/** Labels for position answers. */
export const POSITION_LABEL: Record<Position, string> = {
  side: 'On side',
  back: 'On back',
  sitting: 'Sitting',
  moving: 'Up and moving',
};

/** Labels for nausea answers. */
export const NAUSEA_LABEL: Record<Nausea, string> = {
  none: 'None',
  nauseous: 'Nauseous',
  vomited: 'Vomited',
};
