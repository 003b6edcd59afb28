import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { parsePrepDraft } from '../../src/domain/before/prep-draft';
import { fromBase64, fromBase64Url, toBase64, toBase64Url } from '../../src/domain/parse/base64';
import { parseUntrustedJson, structureProblems } from '../../src/domain/parse/untrusted-json';
import { entryAsFileReads } from '../../src/domain/report/problem-entry';
import { parsePatientLock } from '../../src/domain/review/patient-lock';
import { parseSelfCheckRow } from '../../src/domain/review/self-check';
import { decodePathPart, parseSessionPath } from '../../src/platform/router';
import { signedRecord } from '../fixtures/session-record';
import { applyMutation, bidiText, holdsBidi, hostileValue, mutationOf, pathsOf } from './mutate';

// The smaller readers of text from outside: the path typed in the address bar, a damaged record's
// entry as it is described, base64 from records and storage, and rows read back from storage
// (which another version of the app may have written). None may throw.

const anyValue = fc.oneof(fc.jsonValue({ maxDepth: 4 }), hostileValue);

describe('other readers of outside input, fuzzed', { timeout: 30_000 }, () => {
  it('reads any typed path without throwing, malformed escapes included', () => {
    const segment = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 20 }),
      fc.constantFrom('%', '%E0', '%E0%A4%A', '%FF', '%%', '%u202E'),
    );
    fc.assert(
      fc.property(segment, fc.constantFrom('', '/look-back', '/share', '/x'), (id, tail) => {
        const parsed = parseSessionPath(`/sessions/${id}${tail}`);
        if (parsed) expect(typeof parsed.id).toBe('string');
        expect(typeof decodePathPart(id)).toBe('string');
        // A well-formed escape still decodes to exactly what was encoded.
        expect(decodePathPart(encodeURIComponent(id))).toBe(id);
      }),
      { numRuns: 1000 },
    );
  });

  it('round-trips base64 and refuses text that is not base64 without throwing', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), fc.string({ maxLength: 40 }), (b, s) => {
        expect(fromBase64(toBase64(b))).toEqual(b);
        expect(fromBase64Url(toBase64Url(b))).toEqual(b);
        const decoded = [fromBase64(s), fromBase64Url(s)];
        for (const d of decoded) if (d) expect(d).toBeInstanceOf(Uint8Array);
      }),
      { numRuns: 1000 },
    );
  });

  it('checks the shape of any parsed JSON without throwing, naming each problem', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), anyValue, (text, value) => {
        const parsed = parseUntrustedJson(text, 100);
        if (!parsed.ok) expect(parsed.problems[0]!.message).toMatch(/^File( size)?: /);
        const limits = { maxDepth: 3, maxValues: 50 };
        for (const p of structureProblems(value, limits))
          expect(p.message).toMatch(/^(At|File|Field)/);
      }),
      { numRuns: 1000 },
    );
  });

  it('reads back any stored row as a valid value or nothing, never throwing', () => {
    fc.assert(
      fc.property(anyValue, (v) => {
        const draft = parsePrepDraft(v);
        if (draft) expect(typeof draft.sitter).toBe('string');
        const lock = parsePatientLock(v);
        if (lock) expect(lock.v).toBe(1);
        const row = parseSelfCheckRow(v);
        if (row) expect(Array.isArray(row.answers)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  describe('the entry a refusal names, as the damaged file reads', () => {
    let doc: Record<string, unknown>;
    beforeAll(async () => {
      doc = JSON.parse((await signedRecord()).text) as Record<string, unknown>;
    });
    const ctx = { formatTime: (at: number) => String(at) };

    it('is described without throwing, and shows no raw bidi control', () => {
      const entryPaths = pathsOf(doc).filter((p) => p[0] === 'entries');
      const change = fc.oneof(
        mutationOf(entryPaths).map((m) => ({ m, seq: m.path[1] as number })),
        // Entry 13 is a note; its text is what the line quotes.
        bidiText.map((text) => ({
          m: { path: ['entries', 13, 'data', 'text'], kind: 'replace' as const, value: text },
          seq: 13,
        })),
      );
      fc.assert(
        fc.property(change, ({ m, seq }) => {
          let json: string;
          try {
            json = JSON.stringify(applyMutation(doc, m));
          } catch {
            return;
          }
          const line = entryAsFileReads(json, seq, ctx);
          if (line !== undefined) expect(holdsBidi(line)).toBe(false);
        }),
        { numRuns: 300 },
      );
    });
  });
});
