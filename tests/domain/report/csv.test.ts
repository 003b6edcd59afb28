import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CSV_BOM, CSV_COLUMNS, csvCell, sessionCsv } from '../../../src/domain/report/csv';
import { signedRecord } from '../../fixtures/session-record';

// The CSV export against RFC 4180's edge cases, read back by a real CSV parser (papaparse).

function parse(csv: string): string[][] {
  const result = Papa.parse<string[]>(csv, { skipEmptyLines: true });
  expect(result.errors).toEqual([]);
  return result.data;
}

async function rows(options = { includePatientWords: true, includePatientEntries: false }) {
  const { doc } = await signedRecord(options);
  const csv = sessionCsv(doc.entries);
  const [header, ...body] = parse(csv);
  const byColumn = body.map((r) => Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, r[i]])));
  return { csv, header, body, byColumn, doc };
}

describe('csvCell', () => {
  it.each([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\r\nlf', '"cr\r\nlf"'],
    ['Zoë · 体', 'Zoë · 体'],
    ['=1+1', "'=1+1"],
    ['+1 555', "'+1 555"],
    ['-2', "'-2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    ['\rcmd', `"'\rcmd"`],
    ['=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
    ['a=b', 'a=b'],
  ])('writes %j as %j', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it('writes numbers as they are and leaves missing values empty', () => {
    expect(csvCell(128)).toBe('128');
    expect(csvCell(undefined)).toBe('');
  });
});

describe('sessionCsv', () => {
  it('is RFC 4180: CRLF after every record, a BOM for Excel, a header of the columns', async () => {
    const { csv, header, body, doc } = await rows();
    expect(csv.startsWith(CSV_BOM)).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    // Every line break outside quotes is CRLF (the note with a newline is inside quotes).
    expect(
      csv
        .replace(/"(?:[^"]|"")*"/g, '')
        .split('\n')
        .every((l, i, all) => i === all.length - 1 || l.endsWith('\r')),
    ).toBe(true);
    expect(header).toEqual([...CSV_COLUMNS]);
    expect(body).toHaveLength(doc.entries.length);
    expect(body.every((r) => r.length === CSV_COLUMNS.length)).toBe(true);
  });

  it('writes one row per entry in order, with ISO 8601 times in the entry’s offset', async () => {
    const { byColumn, doc } = await rows();
    expect(byColumn.map((r) => Number(r.seq))).toEqual(doc.entries.map((e) => e.seq));
    expect(byColumn.map((r) => r.hash)).toEqual(doc.entries.map((e) => e.hash));
    expect(byColumn[0]!.time).toBe('2026-03-08T14:00:00-05:00');
    expect(
      byColumn.every((r) => /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/.test(r.time!)),
    ).toBe(true);
  });

  it('fills the observation and measurement columns', async () => {
    const { byColumn } = await rows();
    const reading = byColumn.find((r) => r.systolic === '172')!;
    expect(reading).toMatchObject({
      kind: 'check-in',
      who: 'sitter',
      responsiveness: 'Only to a shake',
      breathing: 'Slow or shallow',
      diastolic: '104',
      'heart rate': '96',
      SpO2: '95',
      'breaths/min': '10',
      note: `'=HYPERLINK("x")`,
    });
    expect(byColumn.find((r) => r.kind === 'escalation-shown')).toMatchObject({
      who: 'app',
      'escalation tier': 'call-provider',
    });
    expect(byColumn.find((r) => r.kind === 'alarm-raised')!.who).toBe('app');
  });

  it('reads back notes with commas, quotes, line breaks and unicode exactly', async () => {
    const { byColumn } = await rows();
    const words = byColumn.find((r) => r.kind === 'patient-words')!;
    expect(words.who).toBe('patient');
    expect(words.note).toBe('What they said: I am "a cloud", floating over the sea');
    const note = byColumn.find((r) => r.kind === 'note')!;
    expect(note.note).toBe('Sitter’s note: Zoë asked for water, then @home, +1, -2');
  });

  it('keeps a withheld entry as a row that says so', async () => {
    const { byColumn } = await rows({ includePatientWords: false, includePatientEntries: false });
    const words = byColumn.find((r) => r.kind === 'patient-words')!;
    expect(words).toMatchObject({
      who: 'patient',
      note: 'What the patient said: withheld by the patient',
    });
    expect(words.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('neutralises formula prefixes in every kind of cell', async () => {
    const { byColumn } = await rows();
    for (const row of byColumn)
      for (const cell of Object.values(row)) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });
});
