import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { serializeRecord } from '../../src/domain/report/record-format';
import { verifyRecord, type RecordVerdict } from '../../src/domain/report/verify-record';
import { buildSessionRecord } from '../../src/domain/report/build-record';
import { sha256Hex } from '../../src/platform/crypto';
import {
  chainLog,
  DEPS,
  freshSigner,
  MIN,
  NY,
  richInputs,
  sessionFixture,
  signedRecord,
  START,
} from '../fixtures/session-record';
import {
  applyMutation,
  asShown,
  BIDI_CHARS,
  bidiText,
  holdsBidi,
  mutationOf,
  pathsOf,
  pathText,
  placeOf,
  related,
  VAGUE,
  withoutBidi,
  type Path,
} from './mutate';

// "Open a session record" against thousands of damaged copies of a real signed record: it never
// throws, never opens a changed record, and every refusal says where or what is wrong.

let text: string;
let doc: Record<string, unknown>;
let paths: Path[];

beforeAll(async () => {
  ({ text } = await signedRecord());
  doc = JSON.parse(text) as Record<string, unknown>;
  paths = pathsOf(doc);
});

/** What each kind of refusal must mention besides its message being specific. */
const NAMES: Record<string, RegExp> = {
  'too-large': /MB/,
  'not-json': /not valid JSON|empty file/,
  'not-sitwell': /Sitwell/,
  'newer-format': /version/,
  malformed: /^(At \S+|File|Field "[^"]+")/,
  chain: /\bentr(y|ies) \d+/i,
  head: /entries|entry|last hash|session|export time/i,
  signature: /signature|fingerprint|key/,
};

/** A refusal is of a known kind, specific, free of raw bidi controls, and names what it is about. */
function checkRefusal(verdict: RecordVerdict): void {
  if (verdict.ok) return;
  const { problem } = verdict;
  expect(Object.keys(NAMES)).toContain(problem.kind);
  expect(problem.message).not.toMatch(VAGUE);
  expect(problem.message, problem.message).toMatch(NAMES[problem.kind]!);
  const shown = [problem.message, ...(problem.problems ?? []).flatMap((p) => [p.message, p.path])];
  for (const s of shown) expect(holdsBidi(s)).toBe(false);
}

const verifies = (t: string) => verifyRecord(t, DEPS);

describe('opening a session record, fuzzed', { timeout: 30_000 }, () => {
  it('never throws on arbitrary text or JSON', async () => {
    const junk = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 300 }),
      fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v) ?? ''),
      fc
        .dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 3 }))
        .map((d) => JSON.stringify({ format: 'sitwell-session', version: 1, ...d })),
    );
    await fc.assert(
      fc.asyncProperty(junk, async (t) => {
        const verdict = await verifies(t);
        expect(verdict.ok).toBe(false);
        checkRefusal(verdict);
      }),
      { numRuns: 600 },
    );
  });

  it('refuses every changed copy of a signed record, naming the place or the entry', async () => {
    await fc.assert(
      fc.asyncProperty(mutationOf(paths), async (m) => {
        const mutated = applyMutation(doc, m);
        let mutatedText: string;
        try {
          mutatedText = JSON.stringify(mutated);
        } catch {
          return; // nesting too deep for JSON itself: no file can hold it
        }
        const verdict = await verifies(mutatedText);
        if (verdict.ok) {
          // Only a change to nothing (a 0 written as -0) or to the app's version, which the
          // signature does not cover and no screen shows for a received record, may open.
          const same = (x: unknown) => ({ ...(x as object), app: 0 });
          expect(same(JSON.parse(mutatedText)), JSON.stringify(m)).toEqual(same(doc));
          expect(same(verdict.document)).toEqual(same(withoutBidi(doc)));
          return;
        }
        checkRefusal(verdict);
        const { problem } = verdict;
        if (problem.kind === 'malformed' && problem.problems?.[0]?.path) {
          // A removed field may be named by its sibling (data without "withheld" wants dataHash).
          const where = m.kind === 'remove' ? m.path.slice(0, -1) : placeOf(m);
          const place = asShown(pathText(where));
          const paths = problem.problems.map((p) => p.path);
          expect(paths.some((p) => related(p, place), `${place}: ${paths.join(', ')}`)).toBe(true);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('refuses a copy with one character changed, removed or inserted', async () => {
    const damage = fc.record({
      at: fc.nat({ max: 11_000 }),
      cut: fc.constantFrom(0, 1),
      put: fc.string({ unit: 'binary', maxLength: 2 }),
    });
    await fc.assert(
      fc.asyncProperty(damage, async ({ at, cut, put }) => {
        const i = at % text.length;
        const damaged = text.slice(0, i) + put + text.slice(i + cut);
        const verdict = await verifies(damaged);
        checkRefusal(verdict);
        // Only a change in whitespace, or in the unsigned app version, may open.
        if (verdict.ok) expect({ ...JSON.parse(damaged), app: 0 }).toEqual({ ...doc, app: 0 });
      }),
      { numRuns: 400 },
    );
  });

  it('opens a record whose names hold bidi controls, with the names stripped', async () => {
    const signer = await freshSigner();
    await fc.assert(
      fc.asyncProperty(bidiText, bidiText, async (sitter, note) => {
        const session = { ...sessionFixture(), people: { sitterName: sitter, patientName: 'S' } };
        const inputs = [
          ...richInputs(),
          { kind: 'note' as const, data: { text: note }, at: START + 140 * MIN },
        ];
        const entries = await chainLog(session.id, inputs);
        const input = {
          session,
          entries,
          appVersion: '0.1.0',
          now: START + 200 * MIN,
          tzOffset: NY,
        };
        const made = await buildSessionRecord(input, sha256Hex, signer);
        const verdict = await verifies(serializeRecord(made));
        expect(verdict.ok).toBe(true);
        if (!verdict.ok) return;
        expect(holdsBidi(JSON.stringify(verdict.document))).toBe(false);
        expect(verdict.document.session.people.sitterName).toBe(
          BIDI_CHARS.reduce((t, c) => t.split(c).join(''), sitter),
        );
        // The text kept is the file as received, so it verifies again later.
        expect(verdict.text).toBe(serializeRecord(made));
      }),
      { numRuns: 25 },
    );
  });
});
