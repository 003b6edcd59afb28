import { beforeAll, describe, expect, it } from 'vitest';
import { isWithheld } from '../../../src/domain/log/entry';
import { sessionCsv } from '../../../src/domain/report/csv';
import { sessionFhirBundle } from '../../../src/domain/report/fhir';
import { pdfReport } from '../../../src/domain/report/pdf-model';
import { verifyRecord } from '../../../src/domain/report/verify-record';
import { verdictText } from '../../../src/domain/report/verdict-text';
import type { NewEntry } from '../../../src/storage/entries';
import { DEPS, MIN, richInputs, signedRecord, START } from '../../fixtures/session-record';
import { bundleErrors, loadFhirR4 } from './fhir-validators';

// A note of what the patient said, and a correction of it, with the share tick off: in none of
// the four files (the JSON keeps their places as hashes); with the tick on, in all of them.

beforeAll(loadFhirR4, 30_000);

/** richInputs, with the patient’s words (seq 8) corrected, and the sitter’s note (13) too. */
function inputs(): NewEntry[] {
  const base = richInputs();
  const words = 'I am "a cloud", floating\nover the sea';
  return [
    ...base.slice(0, -1),
    {
      kind: 'correction',
      data: {
        targetSeq: 8,
        text: 'Misheard the end',
        changes: [{ field: 'text', from: words, to: 'I am a cloud over a glass sea' }],
      },
      at: START + 130.2 * MIN,
    },
    {
      kind: 'correction',
      data: {
        targetSeq: 13,
        text: 'Typo',
        changes: [{ field: 'text', to: 'Zoë asked for water twice' }],
      },
      at: START + 130.4 * MIN,
    },
    base.at(-1)!,
  ];
}

// Words that only the patient's note and its correction hold.
const PRIVATE = ['cloud', 'glass sea', 'Misheard'];

async function files(includePatientWords: boolean) {
  const record = await signedRecord(
    { includePatientWords, includePatientEntries: false },
    inputs(),
  );
  const { doc, text } = record;
  return {
    record,
    json: text,
    csv: sessionCsv(doc.entries),
    fhir: JSON.stringify(sessionFhirBundle(doc)),
    pdf: JSON.stringify(pdfReport(doc)),
  };
}

describe('a note of what they said, with the share tick off', () => {
  it('is in none of the JSON, CSV, FHIR and PDF files, nor its correction', async () => {
    const f = await files(false);
    for (const format of ['json', 'csv', 'fhir', 'pdf'] as const)
      for (const word of PRIVATE) expect(f[format], `${format}: ${word}`).not.toContain(word);
    // The sitter's own note, and the correction of it, are shared.
    for (const format of ['json', 'csv', 'pdf'] as const)
      expect(f[format], format).toContain('Zoë asked for water twice');
  });

  it('keeps the place of both as withheld hashes in the JSON, which verifies', async () => {
    const { record, json } = await files(false);
    const withheld = record.doc.entries.filter(isWithheld);
    expect(withheld.map((e) => [e.seq, e.kind])).toEqual([
      [3, 'patient-intention'],
      [4, 'patient-mood'],
      [8, 'patient-words'],
      [17, 'patient-reflection'],
      [18, 'correction'],
    ]);
    expect(withheld.every((e) => /^[0-9a-f]{64}$/.test(e.dataHash))).toBe(true);
    const verdict = await verifyRecord(json, DEPS);
    expect(verdict.ok).toBe(true);
    expect(verdictText(verdict)).toContain(
      '1 note of what they said, 1 reflection, 1 correction of what they said',
    );
  });

  it('names each withheld entry in the CSV and the PDF’s log instead', async () => {
    const { csv, pdf } = await files(false);
    expect(csv).toContain('What the patient said: withheld by the patient');
    expect(csv).toContain('A correction of what the patient said: withheld by the patient');
    expect(pdf).toContain('What the patient said: withheld by the patient');
  });

  it('leaves the FHIR bundle valid', async () => {
    const { record } = await files(false);
    expect(bundleErrors(sessionFhirBundle(record.doc))).toEqual([]);
  }, 30_000);
});

describe('a note of what they said, with the share tick on', () => {
  it('is in every file, corrected where the format shows corrections', async () => {
    const f = await files(true);
    for (const format of ['json', 'csv', 'pdf'] as const) {
      expect(f[format], format).toContain('cloud');
      expect(f[format], format).toContain('glass sea');
    }
    expect(f.fhir).toContain('I am a cloud over a glass sea');
    expect(f.record.doc.entries.filter(isWithheld).map((e) => e.kind)).not.toContain('correction');
  });
});
