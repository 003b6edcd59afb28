import { describe, expect, it } from 'vitest';
import { handOverText, privateCounts } from '../../../src/domain/report/share-choices';
import type { NewEntry } from '../../../src/storage/entries';
import { chainLog, richInputs, sessionFixture } from '../../fixtures/session-record';

// The share screen's words: how many private entries each choice covers, and what became of a file.

describe('privateCounts', () => {
  it('counts the patient’s words apart from their own entries and the sitter’s notes', async () => {
    const entries = await chainLog(sessionFixture().id, richInputs());
    // richInputs: one note of their words; an intention, a mood and a reflection of their own;
    // one note of the sitter's own.
    expect(privateCounts(entries)).toEqual({ patientWords: 1, patientEntries: 3, sitterNotes: 1 });
  });

  it('counts a note written as what they said as theirs, not as the sitter’s', async () => {
    const inputs = [
      ...richInputs().slice(0, 6),
      { kind: 'patient-words', data: { text: 'The walls are breathing' }, at: 0 },
      { kind: 'patient-words', data: { text: 'I love you all' }, at: 0 },
      { kind: 'note', data: { text: 'Turned onto her side' }, at: 0 },
    ] satisfies NewEntry[];
    const entries = await chainLog(sessionFixture().id, inputs);
    expect(privateCounts(entries)).toMatchObject({ patientWords: 2, sitterNotes: 1 });
  });

  it('counts nothing for a log without private entries, or with v1 entries only', async () => {
    const entries = await chainLog(sessionFixture().id, richInputs().slice(0, 3));
    expect(privateCounts(entries)).toEqual({ patientWords: 0, patientEntries: 0, sitterNotes: 0 });
    const v1 = (await chainLog(sessionFixture().id, richInputs())).map(({ v: _v, ...e }) => e);
    expect(privateCounts(v1)).toMatchObject({ patientWords: 0, patientEntries: 0 });
  });
});

describe('handOverText', () => {
  it('says what happened to the file, naming it', () => {
    const name = 'sitwell-2026-03-08-sam.pdf';
    expect(handOverText('shared', name)).toBe(`Shared ${name}.`);
    expect(handOverText('downloaded', name)).toBe(`Saved to your downloads as ${name}.`);
    expect(handOverText('cancelled', name)).toMatch(/^Not shared: the share sheet was closed/);
  });
});
