import { isoWithOffset } from '../format/time';
import { CSV_BOM, csvRow } from '../report/csv';
import { sharedEntries, type SessionRecordFile } from '../report/record-format';
import { sessionSummary } from '../report/summary';

// The clinic inbox as one CSV, one row per session, from records that passed the verifier:
// the figures come from the same summary the record's own views use.

/** The columns, in order. */
export const INBOX_CSV_COLUMNS = [
  'date',
  'patient',
  'sitter',
  'dose_time',
  'monitoring_min',
  'check_ins_done',
  'check_ins_missed',
  'highest_bp',
  'emergencies',
  'dose_to_ready_min',
] as const;

const minutes = (ms: number | undefined) =>
  ms === undefined ? undefined : Math.round(ms / 60_000);

/** One session's row. Times are the sitter's local time, as the record gives its offset. */
export function inboxCsvRow(doc: SessionRecordFile): string {
  const entries = sharedEntries(doc);
  const s = sessionSummary(entries, doc.session.protocol);
  const tz = entries[0]?.tzOffset ?? 0;
  const top = s.bpReadings.reduce<(typeof s.bpReadings)[number] | undefined>(
    (best, r) =>
      !best ||
      r.systolic > best.systolic ||
      (r.systolic === best.systolic && r.diastolic > best.diastolic)
        ? r
        : best,
    undefined,
  );
  const emergencies = s.escalations.filter((e) => e.tier === 'emergency').length;
  return csvRow([
    s.startedAt === undefined ? undefined : isoWithOffset(s.startedAt, tz).slice(0, 10),
    doc.session.people.patientName,
    doc.session.people.sitterName,
    s.doseAt === undefined || !s.doseRecorded
      ? undefined
      : isoWithOffset(s.doseAt, tz).slice(11, 16),
    minutes(s.monitoringMs),
    s.checkInCount,
    s.missedCount,
    top ? `${top.systolic}/${top.diastolic}` : undefined,
    emergencies,
    minutes(s.doseToReadyMs),
  ]);
}

/** The whole file: BOM, header, a row per record, CRLF line ends. */
export function inboxCsv(docs: readonly SessionRecordFile[]): string {
  const lines = [csvRow(INBOX_CSV_COLUMNS), ...docs.map(inboxCsvRow)];
  return `${CSV_BOM}${lines.join('\r\n')}\r\n`;
}
