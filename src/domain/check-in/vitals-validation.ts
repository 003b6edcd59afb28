import type { Vitals } from '../log/observation';

// Checks what the sitter typed into the vitals fields. The ranges only catch typing slips
// (a missing or extra digit); whether a plausible value is dangerous is for the escalation rules.

/** A vital sign's name, unit and plausible range for the form and its messages. */
export interface VitalRange {
  label: string;
  unit: string;
  min: number;
  max: number;
}

/** Plausible ranges, whole numbers only. */
export const VITAL_RANGES: Record<keyof Vitals, VitalRange> = {
  systolic: { label: 'Systolic (top number)', unit: 'mmHg', min: 60, max: 260 },
  diastolic: { label: 'Diastolic (bottom number)', unit: 'mmHg', min: 30, max: 160 },
  heartRate: { label: 'Heart rate', unit: 'beats per minute', min: 25, max: 250 },
  spo2: { label: 'Oxygen saturation', unit: '%', min: 50, max: 100 },
  // 0 is allowed: a count of no breaths must be saved and answered as "not breathing"
  // [SITWELL-DEFAULT].
  respRate: { label: 'Breathing rate', unit: 'breaths per minute', min: 0, max: 60 },
};

/** The vitals form as the inputs hold it. */
export type RawVitals = Partial<Record<keyof Vitals, string>>;

/** Field errors, one plain sentence each. */
export type VitalsErrors = Partial<Record<keyof Vitals, string>>;

/** The result of `validateVitals`. */
export type VitalsResult = { ok: true; vitals: Vitals } | { ok: false; errors: VitalsErrors };

/** Message when only one of the blood-pressure pair is filled in. */
export const BP_PAIR_MESSAGE = 'Enter both blood-pressure numbers, or neither.';
/** Message when the top number is not above the bottom one. */
export const BP_ORDER_MESSAGE =
  'Systolic (top number) must be higher than diastolic (bottom number).';

const FIELDS = Object.keys(VITAL_RANGES) as (keyof Vitals)[];

/**
 * The out-of-range message for a field, e.g. "Heart rate must be between 25 and 250 beats per
 * minute."
 */
export function rangeMessage(field: keyof Vitals): string {
  const r = VITAL_RANGES[field];
  return `${r.label} must be between ${r.min} and ${r.max} ${r.unit}.`;
}

type Parsed = { value: number | undefined } | { error: string };

/** Parse one field: empty means not measured. */
function parseField(field: keyof Vitals, raw: string | undefined): Parsed {
  const text = (raw ?? '').trim();
  if (text === '') return { value: undefined };
  const r = VITAL_RANGES[field];
  // Digits only: "98.5", "-4" or "120/80" in one box are typing slips, not values to guess at.
  if (!/^[0-9]+$/.test(text)) {
    return { error: `${r.label} must be a whole number between ${r.min} and ${r.max} ${r.unit}.` };
  }
  const value = Number(text);
  if (value < r.min || value > r.max) return { error: rangeMessage(field) };
  return { value };
}

/** Add the blood-pressure pair rules to what the single fields found. */
function checkBpPair(raw: RawVitals, vitals: Vitals, errors: VitalsErrors): void {
  const hasSys = (raw.systolic ?? '').trim() !== '';
  const hasDia = (raw.diastolic ?? '').trim() !== '';
  if (hasSys !== hasDia) {
    errors[hasSys ? 'diastolic' : 'systolic'] = BP_PAIR_MESSAGE;
    return;
  }
  const { systolic, diastolic } = vitals;
  if (systolic !== undefined && diastolic !== undefined && systolic <= diastolic) {
    errors.systolic = BP_ORDER_MESSAGE;
  }
}

/** Validate the vitals form; empty fields are "not measured", so an all-empty form is valid. */
export function validateVitals(raw: RawVitals): VitalsResult {
  const vitals: Vitals = {};
  const errors: VitalsErrors = {};
  for (const field of FIELDS) {
    const parsed = parseField(field, raw[field]);
    if ('error' in parsed) errors[field] = parsed.error;
    else if (parsed.value !== undefined) vitals[field] = parsed.value;
  }
  checkBpPair(raw, vitals, errors);
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, vitals };
}

/** Breaths per minute from breaths counted over 30 seconds: doubled [SFW, RR-count]. */
export function breathsPerMinute(tapsIn30s: number): number {
  if (!Number.isFinite(tapsIn30s) || tapsIn30s < 0) return 0;
  return Math.round(tapsIn30s) * 2;
}
