import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { verifyRecord } from '../../src/domain/report/verify-record';
import { exportFile } from '../../src/platform/export-file';
import { readRecordFile } from '../../src/platform/record-file';
import { DEPS, signedRecord } from '../fixtures/session-record';

// One signed record, four files: each named for what it is, with the right type and content.

describe('exportFile', () => {
  it('makes the JSON record, which verifies', async () => {
    const { doc } = await signedRecord();
    const file = await exportFile(doc, 'json');
    expect([file.name, file.type]).toEqual(['sitwell-2026-03-08-sam.json', 'application/json']);
    expect((await verifyRecord(file.data as string, DEPS)).ok).toBe(true);
  });

  it('makes the CSV and the FHIR bundle', async () => {
    const { doc } = await signedRecord();
    const csv = await exportFile(doc, 'csv');
    expect([csv.name, csv.type]).toEqual(['sitwell-2026-03-08-sam.csv', 'text/csv']);
    expect(Papa.parse(csv.data as string, { skipEmptyLines: true }).data).toHaveLength(20);
    const fhir = await exportFile(doc, 'fhir');
    expect(fhir.name).toBe('sitwell-2026-03-08-sam.fhir.json');
    expect(JSON.parse(fhir.data as string)).toMatchObject({ resourceType: 'Bundle' });
  });

  it('makes a Letter PDF with the record attached', async () => {
    const { doc } = await signedRecord();
    const file = await exportFile(doc, 'pdf', { paper: 'letter' });
    expect([file.name, file.type]).toEqual(['sitwell-2026-03-08-sam.pdf', 'application/pdf']);
    const read = await readRecordFile(new Blob([file.data]));
    expect(read.ok && (await verifyRecord(read.text, DEPS)).ok).toBe(true);
  });
});
