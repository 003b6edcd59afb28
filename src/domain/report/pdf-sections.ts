import { AFTERCARE } from '../after/aftercare';
import { formatDuration } from '../format/duration';
import { isWithinBpLimit } from '../log/log-queries';
import type { Entry, ExportedEntry } from '../log/entry';
import { isKind, isWithheld } from '../log/entry';
import { bpChart } from './bp-chart';
import { checkInTimeline, observationCells, timingText } from './check-in-timeline';
import { describeEntry } from './describe-entry';
import type { PdfSection } from './pdf-model';
import type { SessionRecordFile } from './record-format';
import { clockAt, dateTimeAt, describeAt, offsetLabel } from './record-time';
import type { SessionSummary } from './summary';
import { withheldLine } from './withhold';

// The sections of the PDF, after the Spravato REMS Patient Monitoring Form [PMF]: who, the dose,
// what was known before it, blood pressure at its times, the check-ins, every alarm, warning and
// action, closing and aftercare, then the whole log.

/** What every section builder reads. */
export interface SectionInput {
  doc: SessionRecordFile;
  /** The entries that were shared (withheld ones left out). */
  entries: Entry[];
  summary: SessionSummary;
  /** The session's offset (minutes east of UTC): every time is shown as the sitter saw it. */
  tz: number;
}

const field = (label: string, value: string) => ({ label, value: value || '—' });
const dash = (s: string | undefined) => (s?.trim() ? s.trim() : '—');

/** Patient, sitter, provider, when, and for how long. */
export function peopleSection({ doc, summary, tz }: SectionInput): PdfSection {
  const { people, contacts } = doc.session;
  const provider = [contacts.providerName, contacts.providerPhone].filter(Boolean).join(', ');
  const start = summary.startedAt;
  const end = summary.endedAt;
  const rows = [
    field('Patient', dash(people.patientName)),
    field('Sitter', people.sitterName),
    field('Provider', provider),
    field('Started', start !== undefined ? `${dateTimeAt(start, tz)} (${offsetLabel(tz)})` : ''),
    field('Ended', end !== undefined ? dateTimeAt(end, tz) : 'Not ended when exported'),
    field('Total monitoring time', formatDuration(summary.monitoringMs)),
  ];
  return { title: 'Session', blocks: [{ kind: 'fields', rows }] };
}

/** What was taken, how, how much and when. */
export function doseSection({ entries }: SectionInput): PdfSection {
  const doses = entries.filter((e): e is Entry<'dose-recorded'> => e.kind === 'dose-recorded');
  if (doses.length === 0)
    return { title: 'Dose', blocks: [{ kind: 'text', text: 'No dose was recorded.' }] };
  const rows = doses.map((e) => [
    clockAt(e.data.doseAt, e.tzOffset),
    dash(e.data.medication),
    dash(e.data.route),
    dash(e.data.amount),
  ]);
  return {
    title: 'Dose',
    blocks: [table(['Time', 'What', 'How', 'Amount'], [1, 2, 2, 1.5], rows)],
  };
}

/** Other medicines (sedatives included), allergies, and the pre-dose reading against the gate. */
export function beforeSection({ doc, entries }: SectionInput): PdfSection {
  const { contacts, protocol } = doc.session;
  const limit = protocol.preDoseBp;
  const pre = entries.find(
    (e): e is Entry<'vitals'> => isKind(e, 'vitals') && e.data.context === 'pre-dose',
  );
  const approval = entries.find(
    (e): e is Entry<'escalation-action'> =>
      isKind(e, 'escalation-action') && e.data.action === 'provider-approved',
  );
  const rows = [
    field('Other medicines, including sedatives', dash(contacts.medications)),
    field('Allergies', dash(contacts.allergies)),
    field('Pre-dose blood pressure', preDoseText(pre, limit, approval)),
  ];
  return { title: 'Before the dose', blocks: [{ kind: 'fields', rows }] };
}

function preDoseText(
  pre: Entry<'vitals'> | undefined,
  limit: { systolic: number; diastolic: number },
  approval: Entry<'escalation-action'> | undefined,
): string {
  const { systolic, diastolic } = pre?.data.vitals ?? {};
  if (!pre || systolic === undefined || diastolic === undefined) return 'Not taken before the dose';
  const reading = `${systolic}/${diastolic} at ${clockAt(pre.at, pre.tzOffset)}`;
  const gate = `${limit.systolic}/${limit.diastolic}`;
  if (isWithinBpLimit({ systolic, diastolic }, limit))
    return `${reading}: within the limit of ${gate}`;
  const approved = approval
    ? `; the provider approved going ahead at ${clockAt(approval.at, approval.tzOffset)}`
    : '; no provider approval was recorded';
  return `${reading}: above the limit of ${gate}${approved}`;
}

const CONTEXT: Record<string, string> = {
  'pre-dose': 'Before dose',
  recheck: 'Re-check',
  closing: 'Closing',
  'check-in': 'Check-in',
  other: 'Reading',
};

/** Every blood-pressure reading: a small chart and a table. */
export function bpSection({ doc, summary, tz }: SectionInput): PdfSection {
  const readings = summary.bpReadings;
  if (readings.length === 0 || summary.startedAt === undefined)
    return { title: 'Blood pressure', blocks: [{ kind: 'text', text: 'No readings.' }] };
  const chart = bpChart(readings, summary.startedAt, summary.until ?? summary.startedAt, {
    doseAt: summary.doseAt,
    limit: doc.session.protocol.sessionBp,
  });
  const since = (at: number) =>
    summary.doseAt === undefined || at < summary.doseAt ? '' : formatDuration(at - summary.doseAt);
  const rows = readings.map((r) => [
    clockAt(r.at, tz),
    since(r.at),
    CONTEXT[r.context] ?? '',
    `${r.systolic}/${r.diastolic}`,
    r.heartRate !== undefined ? String(r.heartRate) : '',
  ]);
  const cols = ['Time', 'Since dose', 'When', 'BP (mmHg)', 'Heart rate'];
  return {
    title: 'Blood pressure',
    blocks: [
      ...(chart ? [{ kind: 'chart' as const, chart }] : []),
      table(cols, [1, 1.3, 1.3, 1.3, 1], rows),
    ],
  };
}

/** The check-in timeline: what was seen, and on time, late or missed. */
export function checkInSection({ entries }: SectionInput): PdfSection {
  const rows = checkInTimeline(entries).map((r) => {
    const clock = (at: number) => clockAt(at, r.tzOffset);
    return [clock(r.at), ...observationCells(r.observation), timingText(r, clock)];
  });
  const cols = ['Time', 'Responsiveness', 'Breathing', 'Comfort', 'Timing'];
  if (rows.length === 0) return { title: 'Check-ins', blocks: [{ kind: 'text', text: 'None.' }] };
  return { title: 'Check-ins', blocks: [table(cols, [0.8, 1.8, 1.4, 1, 2.4], rows)] };
}

const EVENT_KINDS = new Set<string>([
  'alarm-raised',
  'escalation-shown',
  'escalation-action',
  'situation-reported',
  'warning-signs-checked',
  'recheck-scheduled',
  'grounding-used',
]);

/** Every alarm, warning, escalation and action with its time. */
export function eventsSection({ entries }: SectionInput): PdfSection {
  const rows = entries
    .filter((e) => EVENT_KINDS.has(e.kind))
    .map((e) => [clockAt(e.at, e.tzOffset), describeEntry(e, describeAt(e.tzOffset))]);
  const title = 'Alarms, warnings and actions';
  if (rows.length === 0) return { title, blocks: [{ kind: 'text', text: 'None.' }] };
  return { title, blocks: [table(['Time', 'What happened'], [0.8, 6.6], rows)] };
}

const CRITERION: Record<string, string> = {
  'min-time': 'Minimum time since the dose',
  responsive: 'Fully alert: responds normally',
  steady: 'Can walk steadily with help',
  'no-nausea': 'No nausea',
  'closing-bp': 'Blood pressure checked before ending',
};

/** The closing criteria as recorded, when the patient first looked ready, and the end. */
export function closingSection({ summary, tz }: SectionInput): PdfSection {
  const ready =
    summary.readyAt !== undefined
      ? `${clockAt(summary.readyAt, tz)} ` +
        `(${formatDuration(summary.doseToReadyMs ?? 0)} after the dose)`
      : 'Not seen at a check-in';
  const rows = [
    field('First looked ready (at a check-in)', ready),
    ...Object.entries(summary.endCriteria ?? {}).map(([id, met]) =>
      field(CRITERION[id] ?? id, met ? 'Met' : 'Not met'),
    ),
    field('Reason for ending early', dash(summary.endReason)),
  ];
  return { title: 'Closing', blocks: [{ kind: 'fields', rows }] };
}

/** The aftercare points the sitter was shown at the end. */
export function aftercareSection({ summary }: SectionInput): PdfSection {
  const text =
    summary.endedAt === undefined
      ? 'The session had not ended when this record was made.'
      : `Shown to the sitter at the end: ${AFTERCARE.map((a) => a.title).join('; ')}.`;
  return { title: 'Aftercare given', blocks: [{ kind: 'text', text }] };
}

/** Every entry in order, withheld ones named as such. */
export function logSection(all: readonly ExportedEntry[]): PdfSection {
  const rows = all.map((e) => [
    String(e.seq),
    clockAt(e.at, e.tzOffset),
    isWithheld(e) ? withheldLine(e.kind) : describeEntry(e, describeAt(e.tzOffset)),
  ]);
  return { title: 'Full log', blocks: [table(['#', 'Time', 'Entry'], [0.5, 0.8, 6.1], rows)] };
}

function table(titles: string[], widths: number[], rows: string[][]) {
  return {
    kind: 'table' as const,
    columns: titles.map((title, i) => ({ title, width: widths[i]! })),
    rows,
  };
}
