import { describe, expect, it } from 'vitest';
import { entryAsFileReads } from '../../../src/domain/report/problem-entry';
import { clockAt } from '../../../src/domain/report/record-time';
import { NY, signedRecord } from '../../fixtures/session-record';

// The entry a failed check names, described as the (possibly edited) file now reads.

const ctx = { formatTime: (at: number) => clockAt(at, NY) };

describe('entryAsFileReads', () => {
  it('gives the time and the plain line of the named entry', async () => {
    const { text } = await signedRecord();
    const edited = text.replace('"systolic": 172', '"systolic": 140');
    expect(entryAsFileReads(edited, 10, ctx)).toMatch(/^14:43 — Check-in: .*140\/104/);
  });

  it('names a withheld entry by its kind', async () => {
    const { text } = await signedRecord();
    expect(entryAsFileReads(text, 3, ctx)).toBe(
      '14:02 — The patient’s intention: withheld by the patient',
    );
  });

  it('says nothing for an entry that is not there or not well formed, or text that is not JSON', async () => {
    const { text } = await signedRecord();
    expect(entryAsFileReads(text, 99, ctx)).toBeUndefined();
    const malformed = text.replace('"systolic": 172', '"systolic": "high"');
    expect(malformed).not.toBe(text);
    expect(entryAsFileReads(malformed, 10, ctx)).toBeUndefined();
    expect(entryAsFileReads('not json', 0, ctx)).toBeUndefined();
  });

  it('shows a bidirectional control in the quoted text as a code', async () => {
    const { text } = await signedRecord();
    const edited = text.replace('Zoë asked for water', 'Zoë \u202Easked for water');
    expect(edited).not.toBe(text);
    expect(entryAsFileReads(edited, 13, ctx)).toMatch(/Zoë <U\+202E>asked for water/);
  });
});
