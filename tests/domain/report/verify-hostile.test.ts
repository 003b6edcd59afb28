import { describe, expect, it } from 'vitest';
import { MAX_RECORD_BYTES } from '../../../src/domain/report/record-format';
import {
  recordSizeProblem,
  verifyRecord,
  type RecordProblem,
} from '../../../src/domain/report/verify-record';
import { DEPS, signedRecord } from '../../fixtures/session-record';

// Hostile files: each is refused with a precise message, and verifyRecord never throws.

async function problem(text: string): Promise<RecordProblem> {
  const verdict = await verifyRecord(text, DEPS);
  if (verdict.ok) throw new Error('expected the file to be refused');
  return verdict.problem;
}

/** A valid record's JSON with one change made to the parsed value. */
async function edited(edit: (doc: Record<string, any>) => void): Promise<string> {
  const { text } = await signedRecord();
  const doc = JSON.parse(text);
  edit(doc);
  return JSON.stringify(doc);
}

describe('verifyRecord on hostile files', () => {
  it('refuses a truncated file as not JSON', async () => {
    const { text } = await signedRecord();
    const p = await problem(text.slice(0, Math.floor(text.length / 2)));
    expect(p.kind).toBe('not-json');
    expect(p.message).toMatch(/^This is not a Sitwell session record: not valid JSON \(/);
  });

  it('refuses an empty file', async () => {
    expect(await problem('')).toMatchObject({ kind: 'not-json' });
  });

  it('refuses a file over 10 MB before parsing, and offers the check for a File size', async () => {
    const huge = ' '.repeat(11 * 1024 * 1024);
    expect(await problem(huge)).toEqual({
      kind: 'too-large',
      message: 'The file is 11.0 MB; a session record is at most 10.0 MB.',
    });
    expect(recordSizeProblem(MAX_RECORD_BYTES)).toBeUndefined();
    expect(recordSizeProblem(MAX_RECORD_BYTES + 1)?.kind).toBe('too-large');
  });

  it('refuses 10,000 levels of nesting without deep recursion', async () => {
    const deep = '['.repeat(10_000) + ']'.repeat(10_000);
    const p = await problem(`{"format":"sitwell-session","version":1,"x":${deep}}`);
    expect(p.kind).toBe('malformed');
    expect(p.message).toMatch(/^At x(\[0\])+: nested too deeply/);
  });

  it('refuses __proto__ and constructor keys', async () => {
    const text = await edited(() => undefined);
    const p = await problem(
      text.replace('"session":{', '"session":{"__proto__":{"polluted":true},'),
    );
    expect(p).toMatchObject({ kind: 'malformed' });
    expect(p.message).toBe('Field "__proto__" is not allowed in an imported file.');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  // Found by the fuzz tests: these parts are not covered as a whole by a hash or the signature,
  // so an added field opened with the record, unsigned.
  it.each([
    ['the file', (d: any) => (d.note = 'Dose doubled at 3 pm'), 'At note'],
    ['an entry', (d: any) => (d.entries[4].note = 'edited'), 'At entries[4].note'],
    ['the signature', (d: any) => (d.signature.signedBy = 'Dr R'), 'At signature.signedBy'],
    ['the head', (d: any) => (d.head.extra = 1), 'At head.extra'],
    ['the app', (d: any) => (d.app.build = 'x'), 'At app.build'],
  ])('refuses a field added to %s, naming it', async (_what, edit, where) => {
    const p = await problem(await edited(edit));
    expect(p.kind).toBe('malformed');
    expect(p.message).toBe(`${where}: not a field of a session record.`);
  });

  it('shows a bidirectional control it quotes as a code', async () => {
    const p = await problem(await edited((d) => (d.entries[1].kind = 'note\u202E')));
    expect(p.message).toBe(
      'At entries[1].kind: got "note<U+202E>", must be one of the 27 entry kinds Sitwell knows.',
    );
  });

  it('says a JSON file of another kind is not a Sitwell file', async () => {
    expect(await problem('{"hello":"world"}')).toEqual({
      kind: 'not-sitwell',
      message: 'This is not a Sitwell session record (it has no "format": "sitwell-session").',
    });
    expect((await problem('[1,2,3]')).kind).toBe('not-sitwell');
    expect((await problem('null')).kind).toBe('not-sitwell');
    expect((await problem('"sitwell-session"')).kind).toBe('not-sitwell');
    const protocol = await problem('{"format":"sitwell-protocol","version":1,"protocol":{}}');
    expect(protocol.message).toMatch(/^This is a Sitwell protocol file, not a session record/);
  });

  it('names a newer format version', async () => {
    const text = await edited((d) => (d.version = 2));
    expect(await problem(text)).toEqual({
      kind: 'newer-format',
      message:
        'This record has format version 2, made by a newer Sitwell; this one reads version 1. ' +
        'Update Sitwell to open it.',
    });
  });

  it.each([
    [
      'a seq as text',
      (d: any) => (d.entries[3].seq = '3'),
      'At entries[3].seq: expected number, got "3".',
    ],
    ['a missing hash', (d: any) => delete d.entries[2].hash, 'At entries[2].hash: missing.'],
    [
      'a fractional seq',
      (d: any) => (d.entries[1].seq = 1.5),
      'At entries[1].seq: expected integer, got 1.5.',
    ],
    [
      'an unknown kind',
      (d: any) => (d.entries[1].kind = 'coffee'),
      'At entries[1].kind: got "coffee", must be one of the 27 entry kinds Sitwell knows.',
    ],
    [
      'a bad observation',
      (d: any) => (d.entries[7].data.observation.responsiveness = 'asleep'),
      'At entries[7].data.observation.responsiveness: expected ("normal" | "drowsy" | ' +
        '"loud-voice" | "shake" | "none"), got "asleep".',
    ],
    [
      'data that is a list',
      (d: any) => (d.entries[13].data = ['x']),
      'At entries[13].data: got Array, must be an object.',
    ],
    ['a missing head', (d: any) => delete d.head, 'At head: missing.'],
    [
      'entries that are not a list',
      (d: any) => (d.entries = {}),
      'At entries: expected Array, got Object.',
    ],
    [
      'a bad hash',
      (d: any) => (d.entries[0].hash = 'XYZ'),
      'At entries[0].hash: got "XYZ", must be 64 lowercase hex digits.',
    ],
    [
      'a wrong algorithm',
      (d: any) => (d.signature.alg = 'RS256'),
      'At signature.alg: expected "ES256", got "RS256".',
    ],
  ])('refuses %s with a precise path', async (_what, edit, message) => {
    const p = await problem(await edited(edit));
    expect(p.kind).toBe('malformed');
    expect(p.message).toBe(message);
    expect(p.problems?.[0]?.message).toBe(message);
  });

  it('never throws, whatever the bytes', async () => {
    const { text } = await signedRecord();
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let i = 0; i < 60; i++) {
      const at = Math.floor(random() * text.length);
      const junk = String.fromCharCode(Math.floor(random() * 128));
      const mutated = text.slice(0, at) + junk + text.slice(at + 1);
      const verdict = await verifyRecord(mutated, DEPS);
      // A one-character change may land in whitespace; otherwise it must be refused.
      if (verdict.ok) expect(JSON.parse(mutated)).toEqual(JSON.parse(text));
      else expect(verdict.problem.message.length).toBeGreaterThan(10);
    }
  });
});
