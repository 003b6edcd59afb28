import { formatDuration } from '../format/duration';
import { isKind, isWithheld, type Entry, type ExportedEntry } from '../log/entry';
import { bpChart } from './bp-chart';
import { checkInTimeline, observationCells, timingText } from './check-in-timeline';
import { describeEntry } from './describe-entry';
import { tableBlock, type PdfSection } from './pdf-blocks';
import type { SectionInput } from './pdf-sections';
import { clockAt, describeAt } from './record-time';
import { withheldLine } from './withhold';

// The PDF sections that follow the session through time: blood pressure at its times (a chart and
// a table), the check-in timeline, every alarm, warning and action, and the whole log.

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
      tableBlock(cols, [1, 1.3, 1.3, 1.3, 1], rows),
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
  return { title: 'Check-ins', blocks: [tableBlock(cols, [0.8, 1.8, 1.4, 1, 2.4], rows)] };
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

const isChime = (e: Entry): boolean => isKind(e, 'alarm-raised') && e.data.level === 'pre';

/**
 * Every alarm, warning, escalation and action with its time. The one-minute chimes come before
 * nearly every check-in, so they are counted, not listed: as lines they would bury the rest.
 */
export function eventsSection({ entries }: SectionInput): PdfSection {
  const rows = entries
    .filter((e) => EVENT_KINDS.has(e.kind) && !isChime(e))
    .map((e) => [clockAt(e.at, e.tzOffset), describeEntry(e, describeAt(e.tzOffset))]);
  const chimes = entries.filter(isChime).length;
  const count = chimes > 0 ? [{ kind: 'text' as const, text: chimeText(chimes) }] : [];
  const title = 'Alarms, warnings and actions';
  if (rows.length === 0) return { title, blocks: [...count, { kind: 'text', text: 'None.' }] };
  return { title, blocks: [...count, tableBlock(['Time', 'What happened'], [0.8, 6.6], rows)] };
}

function chimeText(n: number): string {
  const what =
    n === 1 ? 'one-minute chime before a check-in' : 'one-minute chimes before check-ins';
  return `${n} ${what} (not listed here; each is in the full log).`;
}

/** Every entry in order, withheld ones named as such. */
export function logSection(all: readonly ExportedEntry[]): PdfSection {
  const rows = all.map((e) => [
    String(e.seq),
    clockAt(e.at, e.tzOffset),
    isWithheld(e) ? withheldLine(e.kind) : describeEntry(e, describeAt(e.tzOffset)),
  ]);
  return { title: 'Full log', blocks: [tableBlock(['#', 'Time', 'Entry'], [0.5, 0.8, 6.1], rows)] };
}
