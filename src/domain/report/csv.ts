import { isoWithOffset } from '../format/time';
import { isWithheld, type Entry, type EntryKind, type ExportedEntry } from '../log/entry';
import {
  BREATHING_LABEL,
  COMFORT_LABEL,
  RESPONSIVENESS_LABEL,
  type Observation,
  type Vitals,
} from '../log/observation';
import { describeEntry, type DescribeContext } from './describe-entry';
import { ENTRY_LABELS } from './entry-labels';
import { withheldLine } from './withhold';

// The CSV export: one row per entry in log order, RFC 4180 (CRLF line ends, fields with a comma,
// quote or line break quoted, quotes doubled), times in ISO 8601 with the entry's own offset.
// Cells starting with = + - @ tab or CR get a leading ' so a spreadsheet never runs them.

/** The columns, in order. */
export const CSV_COLUMNS = [
  'time',
  'kind',
  'who',
  'responsiveness',
  'breathing',
  'comfort',
  'systolic',
  'diastolic',
  'heart rate',
  'SpO2',
  'breaths/min',
  'note',
  'escalation tier',
  'seq',
  'hash',
] as const;

/**
 * Byte order mark at the start of the file. RFC 4180 neither needs nor forbids it; Excel needs
 * it to read the file as UTF-8 rather than the system code page (which garbles "Zoë" and "·"),
 * and Numbers, Google Sheets and real CSV parsers (papaparse) skip it.
 */
export const CSV_BOM = '\uFEFF';

type Cell = string | number | undefined;

/** One cell: neutralised against formula injection, then quoted when RFC 4180 requires it. */
export function csvCell(value: Cell): string {
  if (value === undefined) return '';
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One record line, without its line break. */
export function csvRow(cells: readonly Cell[]): string {
  return cells.map(csvCell).join(',');
}

/** The whole CSV file (with BOM, header and a CRLF after every record) for exported entries. */
export function sessionCsv(entries: readonly ExportedEntry[]): string {
  const lines = [csvRow(CSV_COLUMNS), ...entries.map((e) => csvRow(rowOf(e)))];
  return `${CSV_BOM}${lines.join('\r\n')}\r\n`;
}

const APP_KINDS = new Set<EntryKind>([
  'alarm-raised',
  'check-in-missed',
  'app-hidden',
  'app-visible',
  'clock-changed',
  'escalation-shown',
  'recheck-scheduled',
]);

/** Who an entry comes from: the app, the patient (their own words and entries), or the sitter. */
export function whoOf(kind: EntryKind): 'app' | 'patient' | 'sitter' {
  if (APP_KINDS.has(kind)) return 'app';
  return kind.startsWith('patient-') ? 'patient' : 'sitter';
}

function rowOf(e: ExportedEntry): Cell[] {
  const time = isoWithOffset(e.at, e.tzOffset);
  const head = [time, e.kind, whoOf(e.kind)];
  const tail = [e.seq, e.hash];
  if (isWithheld(e)) return [...head, ...blank(8), withheldLine(e.kind), undefined, ...tail];
  const { observation, vitals } = measured(e);
  const tier =
    e.kind === 'escalation-shown' ? (e as Entry<'escalation-shown'>).data.tier : undefined;
  return [
    ...head,
    observation?.responsiveness && RESPONSIVENESS_LABEL[observation.responsiveness],
    observation?.breathing && BREATHING_LABEL[observation.breathing],
    observation?.comfort && COMFORT_LABEL[observation.comfort],
    vitals?.systolic,
    vitals?.diastolic,
    vitals?.heartRate,
    vitals?.spo2,
    vitals?.respRate,
    noteOf(e),
    tier,
    ...tail,
  ];
}

function blank(n: number): undefined[] {
  return Array.from({ length: n }, () => undefined);
}

function measured(e: Entry): { observation?: Observation; vitals?: Vitals } {
  if (e.kind === 'check-in') return (e as Entry<'check-in'>).data;
  if (e.kind === 'vitals') return { vitals: (e as Entry<'vitals'>).data.vitals };
  return {};
}

/** A check-in's own note; for any other entry its plain-language line (times in its offset). */
function noteOf(e: Entry): string | undefined {
  if (e.kind === 'check-in') return (e as Entry<'check-in'>).data.note;
  const ctx: DescribeContext = {
    ...ENTRY_LABELS,
    formatTime: (at) => isoWithOffset(at, e.tzOffset).slice(11, 16),
  };
  return describeEntry(e, ctx);
}
