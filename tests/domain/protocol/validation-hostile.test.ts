import { describe, expect, it } from 'vitest';
import {
  MAX_PROTOCOL_FILE_BYTES,
  validateProtocolText,
  validateProtocolValue,
} from '../../../src/domain/protocol/validation';
import { file, onlyProblem, problemsOf } from '../../fixtures/protocol-file';

// Files a provider did not write, or that were damaged or crafted: each gives a precise problem
// and no values.

const check = (protocol: Record<string, unknown>) => validateProtocolValue(file(protocol));

describe('hostile input', () => {
  it('refuses text that is not JSON', () => {
    const p = onlyProblem(validateProtocolText('interval = 15'));
    expect(p.path).toBe('');
    expect(p.message).toMatch(
      /^File: not valid JSON \(.+\), must be JSON text starting with "\{"\.$/,
    );
    expect(onlyProblem(validateProtocolText('  ')).message).toBe(
      'File: got an empty file, must be JSON text starting with "{".',
    );
  });

  it.each([
    ['[1, 2]', 'a list of 2 items'],
    ['"sitwell-protocol"', '"sitwell-protocol"'],
    ['42', '42'],
    ['null', 'null'],
  ])('refuses JSON %s that is not an object', (text, got) => {
    expect(onlyProblem(validateProtocolText(text)).message).toBe(
      `File: got ${got}, must be an object like {"format": "sitwell-protocol", "version": 1, "protocol": {…}}.`,
    );
  });

  it('refuses text over 64 KB before parsing, naming its size', () => {
    const padding = ' '.repeat(MAX_PROTOCOL_FILE_BYTES);
    const text = `{"format": "sitwell-protocol", "version": 1, "protocol": {}}${padding}`;
    expect(onlyProblem(validateProtocolText(text)).message).toBe(
      `File size: got ${text.length.toLocaleString('en-US')} bytes, must be at most 65,536 bytes (64 KB).`,
    );
    // Counted in UTF-8 bytes: 22,000 three-byte characters are 66,000 bytes in 22,000 characters.
    const wide = onlyProblem(validateProtocolText(`"${'€'.repeat(22_000)}"`)).message;
    expect(wide).toBe('File size: got 66,002 bytes, must be at most 65,536 bytes (64 KB).');
  });

  it('accepts a file of exactly 64 KB', () => {
    const base = JSON.stringify(file({ intervalMin: 10 }));
    const text = base + ' '.repeat(MAX_PROTOCOL_FILE_BYTES - base.length);
    expect(validateProtocolText(text).ok).toBe(true);
  });

  it('refuses deep nesting, wherever it is, without a stack overflow', () => {
    const deep = `${'['.repeat(30_000)}${']'.repeat(30_000)}`;
    expect(onlyProblem(validateProtocolText(deep))).toEqual({
      path: '[0][0][0]',
      message:
        'At [0][0][0]: nested too deeply, the file must have at most 3 levels of objects and lists.',
    });
    const inField = file({ preDoseBp: { systolic: { value: 140 }, diastolic: 90 } });
    expect(onlyProblem(validateProtocolValue(inField))).toEqual({
      path: 'protocol.preDoseBp.systolic',
      message:
        'At protocol.preDoseBp.systolic: nested too deeply, the file must have at most 3 levels of objects and lists.',
    });
  });

  it('refuses __proto__ and constructor keys and leaves Object.prototype alone', () => {
    const text =
      '{"format":"sitwell-protocol","version":1,"protocol":{"__proto__":{"polluted":true}},"constructor":{"prototype":{}}}';
    const problems = problemsOf(validateProtocolText(text));
    expect(problems).toEqual([
      { path: 'constructor', message: 'Field "constructor" is not allowed in an imported file.' },
      {
        path: 'protocol.__proto__',
        message: 'Field "__proto__" is not allowed in an imported file.',
      },
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses values that are not plain JSON data', () => {
    const problems = problemsOf(
      validateProtocolValue(file({ intervalMin: undefined, instructions: new Date(0) })),
    );
    expect(problems.map((p) => p.message)).toEqual([
      'At protocol.intervalMin: got undefined, must be plain JSON data.',
      'At protocol.instructions: got an object of a special kind, must be plain JSON data.',
    ]);
  });

  it('refuses a file with too many values before looking at them', () => {
    const many = Object.fromEntries(Array.from({ length: 300 }, (_, i) => [`k${i}`, i]));
    expect(onlyProblem(validateProtocolValue(file(many))).message).toBe(
      'File: holds more than 200 values, must be a short settings file.',
    );
  });

  it('lists at most 20 problems and says how many more there are', () => {
    const extra = Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`k${i}`, i]));
    const problems = problemsOf(check(extra));
    expect(problems).toHaveLength(21);
    expect(problems[20]).toEqual({ path: '', message: '… and 10 more problems.' });
  });

  it('quotes only short texts back, so a huge value does not flood the message', () => {
    const message = onlyProblem(check({ intervalMin: 'x'.repeat(5000) })).message;
    expect(message).toBe(
      'Check-in interval: got a text of 5,000 characters, must be a whole number of minutes from 5 to 15.',
    );
  });

  it('strips bidirectional controls from the names and texts it applies', () => {
    const result = validateProtocolValue(
      file(
        { providerName: 'Dr \u202ERivera', instructions: 'Call at \u2066 8\u2069 pm' },
        { issuedBy: '\u200FElm Clinic' },
      ),
    );
    expect(result).toEqual({
      ok: true,
      values: { providerName: 'Dr Rivera', instructions: 'Call at  8 pm' },
      issuedBy: 'Elm Clinic',
    });
  });

  it('shows a bidirectional control it quotes in a refusal as a code', () => {
    const p = onlyProblem(check({ intervalMin: '1\u202E5' }));
    expect(p.message).toBe(
      'Check-in interval: got "1<U+202E>5", must be a whole number of minutes from 5 to 15.',
    );
  });
});
