import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ImportProblem } from '../../src/domain/parse/untrusted-json';
import { PROTOCOL_FIELD_LABEL } from '../../src/domain/protocol/fields';
import type { Protocol } from '../../src/domain/protocol/protocol';
import {
  validateProtocolText,
  validateProtocolValue,
  type ProtocolImportResult,
} from '../../src/domain/protocol/validation';
import {
  applyMutation,
  asShown,
  at,
  bidiText,
  holdsBidi,
  mutationOf,
  pathsOf,
  pathText,
  placeOf,
  related,
  VAGUE,
  withoutBidi,
  type Mutation,
} from './mutate';

// The protocol file parser against thousands of generated files: it never throws, applies all or
// nothing, and every refusal names the field at fault in words.

/** A valid file setting every field. */
const VALID = {
  format: 'sitwell-protocol',
  version: 1,
  issuedBy: 'Dr Rivera, Elm Clinic',
  issuedAt: '2025-03-01T09:30:00Z',
  protocol: {
    intervalMin: 10,
    minMonitoringMin: 150,
    preDoseBp: { systolic: 140, diastolic: 90 },
    closingBp: { systolic: 150, diastolic: 95 },
    sessionBp: { systolic: 160, diastolic: 100 },
    heartRate: { min: 50, max: 120 },
    spo2Min: 92,
    bpRecheckMin: [40, 90],
    bpBeforeEnd: true,
    instructions: 'Call if the patient vomits twice.',
    providerName: 'Dr Rivera',
    providerPhone: '+1 (555) 010-0100',
  },
};
const PATHS = pathsOf(VALID);

const whole = (x: unknown, min: number, max: number) =>
  typeof x === 'number' && Number.isInteger(x) && x >= min && x <= max;
const bp = (x: unknown) => {
  const b = x as { systolic?: unknown; diastolic?: unknown } | undefined;
  return (
    whole(b?.systolic, 90, 200) &&
    whole(b?.diastolic, 50, 130) &&
    (b!.systolic as number) > (b!.diastolic as number)
  );
};

/** Each field of accepted values checked again, written apart from the schema under test. */
const FIELD_OK: Record<keyof Protocol, (x: unknown) => boolean> = {
  // The clinical limits: every 15 minutes or more often [seed interview, MB-help]; at least 2 h
  // of monitoring [SPR-hcp, FDA-REMS].
  intervalMin: (x) => whole(x, 5, 15),
  minMonitoringMin: (x) => whole(x, 120, 480),
  preDoseBp: bp,
  closingBp: bp,
  sessionBp: bp,
  heartRate: (x) => {
    const h = x as { min?: unknown; max?: unknown };
    return whole(h.min, 30, 100) && whole(h.max, 80, 200) && (h.min as number) < (h.max as number);
  },
  spo2Min: (x) => whole(x, 80, 98),
  bpRecheckMin: (x) =>
    Array.isArray(x) &&
    x.length <= 8 &&
    x.every((m, i) => whole(m, 5, 480) && (i === 0 || m > x[i - 1])),
  bpBeforeEnd: (x) => typeof x === 'boolean',
  instructions: (x) => typeof x === 'string' && x.length <= 2000,
  providerName: (x) => typeof x === 'string' && x.length <= 100,
  providerPhone: (x) => typeof x === 'string' && x.length <= 30,
};

/** Words a refusal may use for a place in the file: its label, or its key as written. */
function namesPlace(problem: ImportProblem, place: string): boolean {
  const field = /^protocol\.(\w+)/.exec(place)?.[1] as keyof Protocol | undefined;
  const label = field && PROTOCOL_FIELD_LABEL[field];
  const TOP: Record<string, string> = {
    format: 'File type',
    version: 'File version',
    protocol: 'Protocol settings',
    issuedBy: 'Issued by',
    issuedAt: 'Issue date',
  };
  const words = [label ?? TOP[place.split(/[.[]/)[0]!], place.split(/[.[]/).at(-1)];
  return words.some((w) => w !== undefined && w !== '' && problem.message.includes(w));
}

/** All or nothing: complete valid values equal to the file's, or problems and no values. */
function checkAllOrNothing(input: unknown, result: ProtocolImportResult): void {
  if (!result.ok) {
    expect(result).not.toHaveProperty('values');
    expect(result.problems.length).toBeGreaterThan(0);
    for (const p of result.problems) expect(p.message).not.toMatch(VAGUE);
    return;
  }
  const file = input as { protocol: Record<string, unknown> };
  expect(result.values).toEqual(withoutBidi(file.protocol));
  expect(holdsBidi(JSON.stringify(result))).toBe(false);
  for (const [key, value] of Object.entries(result.values))
    expect(FIELD_OK[key as keyof Protocol](value), `${key}: ${JSON.stringify(value)}`).toBe(true);
}

/** A refusal of a file changed at `m.path` names that place (or the part it sits in). */
function checkNamesField(m: Mutation, result: ProtocolImportResult): void {
  if (result.ok) return;
  const place = asShown(pathText(placeOf(m)));
  const named = result.problems.some(
    (p) =>
      // The whole file is at fault only for its size or shape, and then it says "File".
      (p.path === '' ? /^File/.test(p.message) : related(p.path, place)) && namesPlace(p, p.path),
  );
  expect(named, `${place}: ${JSON.stringify(result.problems)}`).toBe(true);
}

/** JSON text, or undefined when the value is too deeply nested for JSON.stringify. */
function stringified(value: unknown): string | undefined {
  try {
    return JSON.stringify(value);
  } catch {
    return undefined;
  }
}

describe('protocol file parser, fuzzed', { timeout: 30_000 }, () => {
  it('never throws on arbitrary text, and refuses junk with a message', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        const result = validateProtocolText(text);
        if (!result.ok) for (const p of result.problems) expect(p.message).not.toMatch(VAGUE);
      }),
      { numRuns: 1000 },
    );
  });

  it('never throws on arbitrary JSON values, and applies all or nothing', () => {
    const anyFile = fc.record({
      format: fc.oneof(fc.constant('sitwell-protocol'), fc.jsonValue({ maxDepth: 1 })),
      version: fc.oneof(fc.constant(1), fc.jsonValue({ maxDepth: 1 })),
      protocol: fc.dictionary(
        fc.constantFrom(...Object.keys(VALID.protocol), 'other'),
        fc.jsonValue({ maxDepth: 2 }),
      ),
    });
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue({ maxDepth: 3 }), anyFile), (value) => {
        checkAllOrNothing(value, validateProtocolValue(value));
        const text = validateProtocolText(JSON.stringify(value) ?? '');
        checkAllOrNothing(value, text);
      }),
      { numRuns: 700 },
    );
  });

  it('refuses a mutated file as a whole, naming the field, or applies every value', () => {
    fc.assert(
      fc.property(mutationOf(PATHS), (m) => {
        const mutated = applyMutation(VALID, m);
        const result = validateProtocolValue(mutated);
        checkAllOrNothing(mutated, result);
        checkNamesField(m, result);
        // The same file as text gets the same verdict, where JSON can hold it: not NaN or
        // Infinity (written as null), nor nesting too deep for JSON.stringify itself.
        const text = stringified(mutated);
        if (text !== undefined && text.length < 60_000 && !stringified(m)!.includes('null'))
          expect(validateProtocolText(text).ok).toBe(result.ok);
      }),
      { numRuns: 1500 },
    );
  });

  it('takes the last of duplicated keys in the text, and still checks it', () => {
    const keys = Object.keys(VALID.protocol) as (keyof typeof VALID.protocol)[];
    fc.assert(
      fc.property(fc.constantFrom(...keys), fc.jsonValue({ maxDepth: 2 }), (key, value) => {
        const text = JSON.stringify(VALID).replace(
          '"protocol":{',
          () => `"protocol":{${JSON.stringify(key)}:${JSON.stringify(value)},`,
        );
        const result = validateProtocolText(text);
        // The valid value written later wins; the earlier one never leaks through.
        expect(result.ok).toBe(true);
        expect(result.ok && result.values[key]).toEqual(VALID.protocol[key]);
      }),
      { numRuns: 200 },
    );
  });

  it('never lets a bidirectional control through into the values it applies', () => {
    const texts = ['instructions', 'providerName'] as const;
    fc.assert(
      fc.property(fc.constantFrom(...texts), bidiText, bidiText, (key, name, issuer) => {
        const file = { ...VALID, issuedBy: issuer, protocol: { ...VALID.protocol, [key]: name } };
        const result = validateProtocolValue(file);
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        for (const text of [result.values[key]!, result.issuedBy!])
          expect(holdsBidi(text)).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('shows bidirectional controls in a refusal as codes, never raw', () => {
    fc.assert(
      fc.property(mutationOf(PATHS), bidiText, (m, bad) => {
        const withKey = { ...m, kind: 'add-key' as const, key: bad, value: bad };
        const result = validateProtocolText(JSON.stringify(applyMutation(VALID, withKey)));
        expect(result.ok).toBe(false);
        if (!result.ok)
          for (const p of result.problems) expect(holdsBidi(p.message + p.path)).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps the valid file intact (the mutations start from an accepted file)', () => {
    const result = validateProtocolValue(VALID);
    expect(result).toEqual({
      ok: true,
      values: VALID.protocol,
      issuedBy: VALID.issuedBy,
      issuedAt: VALID.issuedAt,
    });
    expect(at(VALID, ['protocol', 'heartRate', 'min'])).toBe(50);
  });
});
