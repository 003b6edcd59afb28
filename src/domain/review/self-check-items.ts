import type { SourceKey } from '../clinical/sources';

// The PHQ-9 [PHQ-9] and GAD-7 [GAD-7] exactly as published (Spitzer, Williams, Kroenke and
// colleagues; no permission required to reproduce, translate, display or distribute). Their
// validity depends on the exact wording: never reword, shorten or reorder these lines.

/** The instruments Sitwell offers; the ids are stored in self-check rows, never rename one. */
export const INSTRUMENT_IDS = ['phq-9', 'gad-7'] as const;
/** One instrument's id. */
export type InstrumentId = (typeof INSTRUMENT_IDS)[number];

/** An answer: 0 not at all, 1 several days, 2 more than half the days, 3 nearly every day. */
export type Answer = 0 | 1 | 2 | 3;

/** The standard answer options, shared by both instruments. */
export const ANSWER_OPTIONS: readonly { value: Answer; label: string }[] = [
  { value: 0, label: 'Not at all' },
  { value: 1, label: 'Several days' },
  { value: 2, label: 'More than half the days' },
  { value: 3, label: 'Nearly every day' },
];

/** A severity band: scores from `min` to `max` inclusive. */
export interface Band {
  id: 'minimal' | 'mild' | 'moderate' | 'moderately-severe' | 'severe';
  label: string;
  min: number;
  max: number;
}

/** One questionnaire: its question stem, items in order, and standard severity bands. */
export interface Instrument {
  id: InstrumentId;
  name: string;
  stem: string;
  items: readonly string[];
  bands: readonly Band[];
  maxScore: number;
  sourceKeys: readonly SourceKey[];
}

/** PHQ-9 (Kroenke, Spitzer, Williams 2001); item 9 is the one that asks about self-harm. */
export const PHQ9: Instrument = {
  id: 'phq-9',
  name: 'PHQ-9',
  stem: 'Over the last 2 weeks, how often have you been bothered by any of the following problems?',
  items: [
    'Little interest or pleasure in doing things',
    'Feeling down, depressed, or hopeless',
    'Trouble falling or staying asleep, or sleeping too much',
    'Feeling tired or having little energy',
    'Poor appetite or overeating',
    'Feeling bad about yourself — or that you are a failure or have let yourself or your ' +
      'family down',
    'Trouble concentrating on things, such as reading the newspaper or watching television',
    'Moving or speaking so slowly that other people could have noticed? Or the opposite — ' +
      'being so fidgety or restless that you have been moving around a lot more than usual',
    'Thoughts that you would be better off dead or of hurting yourself in some way',
  ],
  bands: [
    { id: 'minimal', label: 'Minimal', min: 0, max: 4 },
    { id: 'mild', label: 'Mild', min: 5, max: 9 },
    { id: 'moderate', label: 'Moderate', min: 10, max: 14 },
    { id: 'moderately-severe', label: 'Moderately severe', min: 15, max: 19 },
    { id: 'severe', label: 'Severe', min: 20, max: 27 },
  ],
  maxScore: 27,
  sourceKeys: ['PHQ-9'],
};

/** GAD-7 (Spitzer, Kroenke, Williams, Löwe 2006). */
export const GAD7: Instrument = {
  id: 'gad-7',
  name: 'GAD-7',
  stem: 'Over the last 2 weeks, how often have you been bothered by the following problems?',
  items: [
    'Feeling nervous, anxious, or on edge',
    'Not being able to stop or control worrying',
    'Worrying too much about different things',
    'Trouble relaxing',
    'Being so restless that it is hard to sit still',
    'Becoming easily annoyed or irritable',
    'Feeling afraid, as if something awful might happen',
  ],
  bands: [
    { id: 'minimal', label: 'Minimal', min: 0, max: 4 },
    { id: 'mild', label: 'Mild', min: 5, max: 9 },
    { id: 'moderate', label: 'Moderate', min: 10, max: 14 },
    { id: 'severe', label: 'Severe', min: 15, max: 21 },
  ],
  maxScore: 21,
  sourceKeys: ['GAD-7'],
};

/** Both instruments by id. */
export const INSTRUMENTS: Record<InstrumentId, Instrument> = { 'phq-9': PHQ9, 'gad-7': GAD7 };

/** The index of PHQ-9 item 9 (thoughts of being better off dead or of self-harm). */
export const PHQ9_ITEM9_INDEX = 8;
