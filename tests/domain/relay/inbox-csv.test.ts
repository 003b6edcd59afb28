import { describe, expect, it } from 'vitest';
import { INBOX_CSV_COLUMNS, inboxCsv, inboxCsvRow } from '../../../src/domain/relay/inbox-csv';
import { MIN, richInputs, signedRecord, START } from '../../fixtures/session-record';

describe('the inbox CSV', () => {
  it('has one row per session with its figures, in the sitter’s local time', async () => {
    const { doc } = await signedRecord();
    const cells = inboxCsvRow(doc).split(',');
    expect(cells.slice(0, 4)).toEqual(['2026-03-08', 'Sam', 'Alex', '14:03']);
    const col = (name: (typeof INBOX_CSV_COLUMNS)[number]) =>
      cells[INBOX_CSV_COLUMNS.indexOf(name)];
    expect(Number(col('monitoring_min'))).toBeGreaterThan(0);
    expect(col('highest_bp')).toMatch(/^\d+\/\d+$/);
    expect(Number(col('check_ins_done'))).toBeGreaterThan(0);
  });

  it('counts the emergencies and takes the highest reading, top number first', async () => {
    const at = (m: number) => START + m * MIN;
    const inputs = [
      ...richInputs().slice(0, 1),
      { kind: 'vitals' as const, data: { vitals: { systolic: 150, diastolic: 80 } }, at: at(5) },
      { kind: 'vitals' as const, data: { vitals: { systolic: 150, diastolic: 95 } }, at: at(6) },
      { kind: 'vitals' as const, data: { vitals: { systolic: 140, diastolic: 99 } }, at: at(7) },
      {
        kind: 'escalation-shown' as const,
        data: { ruleIds: ['x'], tier: 'emergency' as const },
        at: at(8),
      },
    ];
    const { doc } = await signedRecord(undefined, inputs);
    const cells = inboxCsvRow(doc).split(',');
    expect(cells[INBOX_CSV_COLUMNS.indexOf('highest_bp')]).toBe('150/95');
    expect(cells[INBOX_CSV_COLUMNS.indexOf('emergencies')]).toBe('1');
    expect(cells[INBOX_CSV_COLUMNS.indexOf('dose_time')]).toBe('');
  });

  it('starts with a BOM and the header, and ends every line with CRLF', async () => {
    const { doc } = await signedRecord();
    const text = inboxCsv([doc, doc]);
    expect(text.startsWith(`\uFEFF${INBOX_CSV_COLUMNS.join(',')}\r\n`)).toBe(true);
    expect(text.split('\r\n')).toHaveLength(4);
  });
});
