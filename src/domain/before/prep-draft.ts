import { isMoodScore } from '../log/patient-entries';
import { SUBSTANCE_IDS, type SubstanceId } from '../log/substances';

// The preparation checklist as the sitter fills it in. Saved on every change so an interrupted
// preparation resumes where it stopped; read back defensively, because storage may hold an older
// shape.

/** The checklist's steps, in order. */
export const PREP_STEPS = [
  'people',
  'contacts',
  'agreement',
  'setting',
  'dose',
  'bp',
  'patient',
  'alarm',
] as const;
/** One step of the checklist. */
export type PrepStepId = (typeof PREP_STEPS)[number];

/** Set-and-setting items [Innerwell, Reddit-KT, MB-help, SPR-hcp]; ids are stored, never rename. */
export const SETTING_ITEMS = [
  { id: 'place', label: 'A safe place to lie down or recline' },
  { id: 'bucket', label: 'A bucket and water within reach' },
  { id: 'phone', label: 'This phone charged and plugged in' },
  { id: 'sound', label: 'This phone’s sound on and the volume up' },
  { id: 'care', label: 'Children and pets looked after by someone else' },
  { id: 'no-driving', label: 'Nobody plans for the patient to drive today' },
  { id: 'sober', label: 'I am sober and will stay the whole time' },
] as const;
/** A set-and-setting item. */
export type SettingItemId = (typeof SETTING_ITEMS)[number]['id'];

/** Choices of the pre-session agreement, with their words [Innerwell, Santomarco, TripSit-wiki]. */
export const AGREEMENT_CHOICES = {
  touch: { agreed: 'Touch is welcome (for example a hand on the shoulder)', declined: 'No touch' },
  talking: {
    welcome: 'Talk if they want to',
    'if-asked': 'Only if they ask',
    quiet: 'Keep quiet unless needed',
  },
  music: { yes: 'Music playing', no: 'No music' },
  notes: { yes: 'Write down what they say', no: 'Don’t write down what they say' },
  getUp: {
    'guide-back': 'Gently guide them back to lying down',
    'walk-with': 'Walk beside them, for example to the bathroom',
  },
} as const;

/** One agreement question's key. */
export type AgreementKey = keyof typeof AGREEMENT_CHOICES;
/** The answers agreed with the patient; unanswered questions are absent. */
export type PrepAgreement = { [K in AgreementKey]?: keyof (typeof AGREEMENT_CHOICES)[K] } & {
  other?: string;
};

/** The whole draft. Text fields hold what was typed. */
export interface PrepDraft {
  step: PrepStepId;
  sitter: string;
  patient: string;
  agreement: PrepAgreement;
  setting: Partial<Record<SettingItemId, boolean>>;
  dose: { medication: string; route: string; amount: string; time: string };
  bp: { systolic: string; diastolic: string };
  /** Why no pre-dose reading could be taken (required when there is none). */
  bpNotTakenReason: string;
  /** The provider's go-ahead when the pre-dose reading is above the limit. */
  approval: { approved: boolean; note: string };
  /**
   * What else was taken today (ids of SUBSTANCES); empty and `substancesNone` false = not answered.
   */
  substances: SubstanceId[];
  substancesNone: boolean;
  substancesNote: string;
  /** The patient's own intention for the session (optional; theirs, shared only by choice). */
  intention: string;
  /** The patient's mood before the session, 0–10 (optional). */
  moodBefore?: number;
  alarmHeard?: 'yes' | 'no';
  /** The sitter finished the checklist; the start form then records it. */
  completed: boolean;
}

/** A draft with nothing filled in. */
export const EMPTY_PREP_DRAFT: PrepDraft = {
  step: 'people',
  sitter: '',
  patient: '',
  agreement: {},
  setting: {},
  dose: { medication: '', route: '', amount: '', time: '' },
  bp: { systolic: '', diastolic: '' },
  bpNotTakenReason: '',
  approval: { approved: false, note: '' },
  substances: [],
  substancesNone: false,
  substancesNote: '',
  intention: '',
  completed: false,
};

const MAX_TEXT = 1000;
type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Obj) : {};
const text = (v: unknown): string => (typeof v === 'string' ? v.slice(0, MAX_TEXT) : '');
const oneOf = <T extends string>(v: unknown, allowed: readonly T[]): T | undefined =>
  allowed.includes(v as T) ? (v as T) : undefined;

function parseAgreement(v: Obj): PrepAgreement {
  const out: Record<string, string> = {};
  for (const key of Object.keys(AGREEMENT_CHOICES) as AgreementKey[]) {
    const choice = oneOf(v[key], Object.keys(AGREEMENT_CHOICES[key]));
    if (choice) out[key] = choice;
  }
  if (text(v.other)) out.other = text(v.other);
  return out as PrepAgreement;
}

function parseSetting(v: Obj): PrepDraft['setting'] {
  const out: PrepDraft['setting'] = {};
  for (const { id } of SETTING_ITEMS) if (typeof v[id] === 'boolean') out[id] = v[id];
  return out;
}

/** A stored draft, repaired field by field; undefined when it is not a draft at all. */
export function parsePrepDraft(value: unknown): PrepDraft | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const v = value as Obj;
  const dose = obj(v.dose);
  const bp = obj(v.bp);
  const approval = obj(v.approval);
  const alarmHeard = oneOf(v.alarmHeard, ['yes', 'no'] as const);
  return {
    step: oneOf(v.step, PREP_STEPS) ?? 'people',
    sitter: text(v.sitter),
    patient: text(v.patient),
    agreement: parseAgreement(obj(v.agreement)),
    setting: parseSetting(obj(v.setting)),
    dose: {
      medication: text(dose.medication),
      route: text(dose.route),
      amount: text(dose.amount),
      time: text(dose.time),
    },
    bp: { systolic: text(bp.systolic), diastolic: text(bp.diastolic) },
    bpNotTakenReason: text(v.bpNotTakenReason),
    approval: { approved: approval.approved === true, note: text(approval.note) },
    substances: Array.isArray(v.substances)
      ? [
          ...new Set(
            v.substances.filter((s): s is SubstanceId => SUBSTANCE_IDS.includes(s as SubstanceId)),
          ),
        ]
      : [],
    substancesNone: v.substancesNone === true,
    substancesNote: text(v.substancesNote),
    intention: text(v.intention),
    ...(isMoodScore(v.moodBefore) && { moodBefore: v.moodBefore }),
    ...(alarmHeard && { alarmHeard }),
    completed: v.completed === true,
  };
}

/** Whether the sitter has filled in anything yet (a draft worth resuming). */
export function isStartedDraft(d: PrepDraft): boolean {
  const typed = [
    d.sitter,
    d.patient,
    ...Object.values(d.dose),
    d.bp.systolic,
    d.bp.diastolic,
    d.approval.note,
    d.bpNotTakenReason,
    d.substancesNote,
    d.intention,
  ];
  return (
    d.step !== 'people' ||
    d.completed ||
    typed.some((s) => s.trim() !== '') ||
    Object.keys(d.agreement).length > 0 ||
    Object.keys(d.setting).length > 0 ||
    d.substances.length > 0 ||
    d.substancesNone ||
    d.alarmHeard !== undefined
  );
}
