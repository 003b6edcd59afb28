import { AFTERCARE } from '../after/aftercare';
import { criterionName } from '../after/closing-criteria';
import { alsoTaken } from '../escalation/emergency-card';
import { formatDuration } from '../format/duration';
import { isKind, type Entry } from '../log/entry';
import { isWithinBpLimit } from '../log/log-queries';
import { tableBlock, type PdfSection } from './pdf-blocks';
import type { SessionRecordFile } from './record-format';
import { clockAt, dateTimeAt, offsetLabel } from './record-time';
import { checkInLine, type SessionSummary } from './summary';

// The sections of the PDF, after the Spravato REMS Patient Monitoring Form [PMF]: who, the dose,
// what was known before it, closing and aftercare. The sections that follow the session through
// time (blood pressure, check-ins, alarms and actions, the whole log) are in pdf-timeline.ts.

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

/** Patient, sitter, provider, when, for how long, and how many check-ins were done or missed. */
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
    field('Check-ins', checkInLine(summary)),
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
    blocks: [tableBlock(['Time', 'What', 'How', 'Amount'], [1, 2, 2, 1.5], rows)],
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
    // Alcohol, sedatives and opioids taken today add to the sedation [SPR-label; PMF asks].
    field('Also taken today', alsoTaken(entries) ?? 'Not asked'),
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

/** A closing criterion's name in words; an id a newer version wrote is at least made readable. */
function criterionText(id: string): string {
  const name = criterionName(id);
  if (name !== id) return name;
  const words = id.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

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
      field(criterionText(id), met ? 'Met' : 'Not met'),
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
      : `Shown to the sitter at the end: ${AFTERCARE.map(aftercareTitle).join('; ')}.`;
  return { title: 'Aftercare given', blocks: [{ kind: 'text', text }] };
}

// "Call emergency services straight away if" heads a list on screen; on its own it needs an end.
const aftercareTitle = (a: { title: string }) => a.title.replace(/ if$/, ' for the signs listed');
