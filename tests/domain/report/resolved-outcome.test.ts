import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { sessionCsv } from '../../../src/domain/report/csv';
import { entryProblems } from '../../../src/domain/report/record-schema';
import { verifyRecord } from '../../../src/domain/report/verify-record';
import { criticalInputs } from '../../fixtures/critical-session';
import { DEPS, signedRecord } from '../../fixtures/session-record';

// A resolved emergency's outcome in a received record: an older entry without it is valid, a
// value outside the closed set is refused at its field; and the CSV says it in words.

const HASH = 'a'.repeat(64);

/** A stored 'resolved' action with `data`, as a file holds it. */
const resolvedEntry = (data: Record<string, unknown>) => ({
  id: 'e4',
  sessionId: 's1',
  seq: 4,
  at: 1_770_000_000_000,
  tzOffset: -300,
  kind: 'escalation-action',
  data,
  prevHash: HASH,
  hash: HASH,
});

describe('the outcome of a resolved emergency in a record', () => {
  it('is optional: an entry written before it existed is still valid', () => {
    expect(
      entryProblems(resolvedEntry({ action: 'resolved', ruleIds: ['no-response'] }), 4),
    ).toEqual([]);
  });

  it('accepts each answer, with or without the sitter’s words', () => {
    expect(entryProblems(resolvedEntry({ action: 'resolved', outcome: 'false-alarm' }), 4)).toEqual(
      [],
    );
    const words = { action: 'resolved', outcome: 'other', text: 'Sat up, asked for water' };
    expect(entryProblems(resolvedEntry(words), 4)).toEqual([]);
  });

  it.each([
    ['an answer Sitwell does not offer', 'help-arrived', '"help-arrived"'],
    ['a number', 3, '3'],
  ])('refuses %s, naming the field', (_what, outcome, got) => {
    const [problem, ...rest] = entryProblems(resolvedEntry({ action: 'resolved', outcome }), 4);
    expect(rest).toEqual([]);
    expect(problem?.path).toBe('entries[4].data.outcome');
    expect(problem?.message).toMatch(
      new RegExp(
        `^At entries\\[4\\]\\.data\\.outcome: expected \\("breathing-normally" \\| .*got ${got}\\.$`,
      ),
    );
  });

  it('is in the JSON entry, opens signed, and the CSV note says how it ended', async () => {
    const { doc, text } = await signedRecord(undefined, criticalInputs());
    expect((await verifyRecord(text, DEPS)).ok).toBe(true);
    const json = JSON.parse(text) as { entries: { data: { outcome?: string } }[] };
    expect(json.entries.map((e) => e.data.outcome).filter(Boolean)).toEqual(['ambulance-came']);
    const [header, ...body] = Papa.parse<string[]>(sessionCsv(doc.entries), {
      skipEmptyLines: true,
    }).data;
    const note = header!.indexOf('note');
    const resolved = body.find((r) => r[1] === 'escalation-action' && /resolved/.test(r[note]!));
    expect(resolved?.[note]).toBe(
      'Marked as resolved (the ambulance came): Woke as paramedics came',
    );
  });
});
