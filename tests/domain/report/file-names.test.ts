import { describe, expect, it } from 'vitest';
import { exportFileName, nameSlug, recordFileName } from '../../../src/domain/report/file-names';
import { signedRecord } from '../../fixtures/session-record';

const START = Date.UTC(2026, 2, 9, 3, 30); // 8 March, 22:30 in New York

describe('export file names', () => {
  it('use the local date of the session start and the patient’s name', () => {
    const parts = { startedAt: START, tzOffset: -300, patientName: 'Alex', sitterName: 'Sam' };
    expect(exportFileName(parts, 'pdf')).toBe('sitwell-2026-03-08-alex.pdf');
    expect(exportFileName(parts, 'csv')).toBe('sitwell-2026-03-08-alex.csv');
    expect(exportFileName(parts, 'json')).toBe('sitwell-2026-03-08-alex.json');
    expect(exportFileName(parts, 'fhir')).toBe('sitwell-2026-03-08-alex.fhir.json');
    expect(exportFileName({ ...parts, tzOffset: 60 }, 'pdf')).toBe('sitwell-2026-03-09-alex.pdf');
  });

  it('fall back to the sitter’s name, then to "session"', () => {
    const base = { startedAt: START, tzOffset: -300 };
    expect(exportFileName({ ...base, sitterName: 'Sam Lee' }, 'pdf')).toBe(
      'sitwell-2026-03-08-sam-lee.pdf',
    );
    expect(exportFileName({ ...base, patientName: '体', sitterName: 'Ωμέγα' }, 'csv')).toBe(
      'sitwell-2026-03-08-session.csv',
    );
  });

  it('make safe ASCII slugs', () => {
    expect(nameSlug('Zoë  O’Brien-Núñez')).toBe('zoe-o-brien-nunez');
    expect(nameSlug('../../etc/passwd')).toBe('etc-passwd');
    expect(nameSlug('a'.repeat(60))).toHaveLength(40);
  });

  it('name a record by its first entry’s local date', async () => {
    const { doc } = await signedRecord();
    expect(recordFileName(doc, 'pdf')).toBe('sitwell-2026-03-08-sam.pdf');
  });
});
