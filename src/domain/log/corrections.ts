import { isKind, type CorrectionChange, type Entry } from './entry';
import {
  BREATHING,
  BREATHING_LABEL,
  COMFORT,
  COMFORT_LABEL,
  NAUSEA,
  NAUSEA_LABEL,
  POSITION,
  POSITION_LABEL,
  RESPONSIVENESS,
  RESPONSIVENESS_LABEL,
  SKIN,
  SKIN_LABEL,
} from './observation';

// Structured corrections. The original entry stays in the log as written; a `correction` entry
// names the field and its new value, and every figure, summary and export reads the corrected
// value, marked as corrected. Only observations, readings and notes can be corrected.

/** A field a correction may replace, with how to ask for its new value. */
export type CorrectableField =
  | {
      field: string;
      label: string;
      kind: 'choice';
      options: readonly string[];
      labels: Record<string, string>;
    }
  | { field: string; label: string; kind: 'number'; min: number; max: number; unit: string }
  | { field: string; label: string; kind: 'text' };

const choice = (
  field: string,
  label: string,
  options: readonly string[],
  labels: Record<string, string>,
): CorrectableField => ({ field, label, kind: 'choice', options, labels });
const number = (field: string, label: string, min: number, max: number, unit: string) =>
  ({ field, label, kind: 'number', min, max, unit }) as const;

// Ranges as on the check-in form (check-in/vitals-validation), repeated here because log comes
// before check-in: a test keeps the two in step.
const VITAL_FIELDS: readonly CorrectableField[] = [
  number('vitals.systolic', 'Blood pressure, top number', 60, 260, 'mmHg'),
  number('vitals.diastolic', 'Blood pressure, bottom number', 30, 160, 'mmHg'),
  number('vitals.heartRate', 'Heart rate', 25, 250, 'beats a minute'),
  number('vitals.spo2', 'Oxygen saturation', 50, 100, '%'),
  number('vitals.respRate', 'Breathing rate', 0, 60, 'breaths a minute'),
];

const OBSERVATION_FIELDS: readonly CorrectableField[] = [
  choice('observation.responsiveness', 'How they respond', RESPONSIVENESS, RESPONSIVENESS_LABEL),
  choice('observation.breathing', 'Breathing', BREATHING, BREATHING_LABEL),
  choice('observation.skin', 'Lips and skin', SKIN, SKIN_LABEL),
  choice('observation.comfort', 'How settled', COMFORT, COMFORT_LABEL),
  choice('observation.position', 'Position', POSITION, POSITION_LABEL),
  choice('observation.nausea', 'Nausea', NAUSEA, NAUSEA_LABEL),
];

const TEXT: CorrectableField = { field: 'text', label: 'The words', kind: 'text' };

/** The fields of an entry that may be corrected; empty for entries that may not (alarms, …). */
export function correctableFields(e: Entry): readonly CorrectableField[] {
  if (isKind(e, 'check-in')) return [...OBSERVATION_FIELDS, ...VITAL_FIELDS];
  if (isKind(e, 'vitals')) return VITAL_FIELDS;
  if (isKind(e, 'note') || isKind(e, 'patient-words')) return [TEXT];
  return [];
}

/** Whether an entry can be corrected at all. */
export function isCorrectable(e: Entry): boolean {
  return correctableFields(e).length > 0;
}

/** Whether a change is one the target entry allows, with a value in range. */
export function isValidChange(e: Entry, change: CorrectionChange): boolean {
  const spec = correctableFields(e).find((f) => f.field === change.field);
  if (!spec) return false;
  if (spec.kind === 'choice')
    return typeof change.to === 'string' && spec.options.includes(change.to);
  if (spec.kind === 'number') {
    const n = change.to;
    return typeof n === 'number' && Number.isInteger(n) && n >= spec.min && n <= spec.max;
  }
  return typeof change.to === 'string' && change.to.trim() !== '';
}

/** The value a field holds in an entry's data (for "from" and for display). */
export function fieldValue(e: Entry, field: string): string | number | undefined {
  const data = e.data as Record<string, unknown>;
  const [head, tail] = field.split('.') as [string, string | undefined];
  const v =
    tail === undefined ? data[head] : (data[head] as Record<string, unknown> | undefined)?.[tail];
  return typeof v === 'string' || typeof v === 'number' ? v : undefined;
}

function withChange(e: Entry, change: CorrectionChange): Entry {
  const data = { ...(e.data as Record<string, unknown>) };
  const [head, tail] = change.field.split('.') as [string, string | undefined];
  if (tail === undefined) data[head] = change.to;
  else
    data[head] = {
      ...((data[head] as Record<string, unknown> | undefined) ?? {}),
      [tail]: change.to,
    };
  return { ...e, data } as Entry;
}

/** The log as corrected, and what was corrected, by the `seq` of the corrected entry. */
export interface CorrectedLog {
  /** Same order and length as the log; corrected entries carry their new values. */
  entries: Entry[];
  /** The valid changes applied to each corrected entry, in log order. */
  changes: Map<number, CorrectionChange[]>;
}

/**
 * Apply every structured correction (later ones win); invalid changes are ignored, never guessed.
 */
export function applyCorrections(log: readonly Entry[]): CorrectedLog {
  const bySeq = new Map<number, number>(log.map((e, i) => [e.seq, i]));
  const entries = [...log];
  const changes = new Map<number, CorrectionChange[]>();
  for (const e of log) {
    if (!isKind(e, 'correction') || !e.data.changes) continue;
    const i = bySeq.get(e.data.targetSeq);
    // A correction only reaches back: it cannot change itself or anything written after it.
    if (i === undefined || entries[i]!.seq >= e.seq) continue;
    for (const change of e.data.changes) {
      if (!isValidChange(entries[i]!, change)) continue;
      entries[i] = withChange(entries[i]!, change);
      changes.set(e.data.targetSeq, [...(changes.get(e.data.targetSeq) ?? []), change]);
    }
  }
  return { entries, changes };
}

/** A change in words, e.g. "Blood pressure, top number: 134 → 143". */
export function describeChange(target: Entry | undefined, change: CorrectionChange): string {
  // Field ids are the same for every kind that has the field, so the target is only a hint.
  const all = target ? correctableFields(target) : [...OBSERVATION_FIELDS, ...VITAL_FIELDS, TEXT];
  const spec = all.find((f) => f.field === change.field);
  const word = (v: string | number | undefined): string =>
    v === undefined
      ? '—'
      : spec?.kind === 'choice'
        ? (spec.labels[String(v)] ?? String(v))
        : String(v);
  const label = spec?.label ?? change.field;
  return `${label}: ${word(change.from)} → ${word(change.to)}`;
}
