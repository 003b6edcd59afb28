import fc from 'fast-check';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { findPdfAttachment } from '../../src/domain/report/pdf-attachment';
import { pdfReport } from '../../src/domain/report/pdf-model';
import { serializeRecord } from '../../src/domain/report/record-format';
import { verifyRecord } from '../../src/domain/report/verify-record';
import { renderPdf } from '../../src/platform/pdf';
import { readRecordFile } from '../../src/platform/record-file';
import { openRecordFile } from '../../src/state/use-received';
import { openSitwellDb, type Db } from '../../src/storage/db';
import { DEPS, signedRecord, START } from '../fixtures/session-record';
import { applyMutation, holdsBidi, mutationOf, pathsOf, VAGUE } from './mutate';

// Reading a chosen file as a record (JSON, or a Sitwell PDF with the record attached), and keeping
// it: damaged PDFs never throw, a damaged attachment never opens, and a refused file keeps nothing.

let json: string;
let pdf: Uint8Array;

beforeAll(async () => {
  const record = await signedRecord();
  json = serializeRecord(record.doc);
  const attachment = {
    name: 'sitwell-2026-03-08-sam.json',
    mimeType: 'application/json',
    bytes: new TextEncoder().encode(json),
    description: 'Sitwell session record (signed JSON)',
  };
  pdf = await renderPdf(pdfReport(record.doc), { paper: 'a4', attachment });
});

const latin1 = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1');
const fromLatin1 = (text: string) => new Uint8Array(Buffer.from(text, 'latin1'));

/** Damage to a PDF: bytes changed, inserted or cut, or the attachment's length rewritten. */
const pdfDamage = fc.oneof(
  fc.record({
    at: fc.nat(),
    cut: fc.nat({ max: 64 }),
    put: fc.uint8Array({ maxLength: 8 }),
  }),
  fc.record({ length: fc.oneof(fc.nat(), fc.constantFrom(0, 999_999_999)) }),
  fc.record({ truncateAt: fc.nat() }),
);

function damaged(d: typeof pdfDamage extends fc.Arbitrary<infer T> ? T : never): Uint8Array {
  if ('length' in d) {
    const text = latin1(pdf);
    const marker = text.indexOf('/Type /EmbeddedFile');
    const dict = text.slice(marker, text.indexOf('stream', marker));
    const changed = dict.replace(/\/Length \d+/, `/Length ${d.length}`);
    return fromLatin1(text.replace(dict, () => changed));
  }
  if ('truncateAt' in d) return pdf.subarray(0, d.truncateAt % pdf.length);
  // Mostly inside the attachment, where damage matters most.
  const span = findPdfAttachment(pdf)!;
  const at = span.start + (d.at % (span.length + 200)) - 100;
  const out = new Uint8Array(pdf.length - Math.min(d.cut, pdf.length - at) + d.put.length);
  out.set(pdf.subarray(0, at));
  out.set(d.put, at);
  out.set(pdf.subarray(at + d.cut), at + d.put.length);
  return out;
}

describe('reading a record file, fuzzed', { timeout: 30_000 }, () => {
  it('finds an attachment only inside the bytes, whatever they are', () => {
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 400 }),
      fc
        .tuple(fc.uint8Array({ maxLength: 40 }), fc.nat({ max: 2_000_000_000 }))
        .map(([tail, n]) =>
          fromLatin1(
            `%PDF-1.3\n1 0 obj << /Type /EmbeddedFile /Subtype /application#2Fjson /Length ${n} >>\n` +
              `stream\r\n${latin1(tail)}`,
          ),
        ),
    );
    fc.assert(
      fc.property(bytes, (b) => {
        const span = findPdfAttachment(b);
        if (!span) return;
        expect(span.start).toBeGreaterThanOrEqual(0);
        expect(span.length).toBeGreaterThanOrEqual(0);
        expect(span.start + span.length).toBeLessThanOrEqual(b.length);
      }),
      { numRuns: 1000 },
    );
  });

  it('never throws on a damaged PDF, and a damaged attachment never opens', async () => {
    expect((await readRecordFile(new Blob([pdf as Uint8Array<ArrayBuffer>]))).ok).toBe(true);
    await fc.assert(
      fc.asyncProperty(pdfDamage, async (d) => {
        const bytes = damaged(d) as Uint8Array<ArrayBuffer>;
        const read = await readRecordFile(new Blob([bytes]));
        if (!read.ok) {
          expect(read.problem.message).not.toMatch(VAGUE);
          return;
        }
        const verdict = await verifyRecord(read.text, DEPS);
        // What opens is the very record that was attached, never a changed or partial one.
        if (verdict.ok) expect(read.text).toBe(json);
        else expect(verdict.problem.message).not.toMatch(VAGUE);
      }),
      { numRuns: 300 },
    );
  });
});

describe('keeping an opened record, fuzzed', { timeout: 30_000 }, () => {
  let db: Db;
  beforeEach(async () => {
    db = await openSitwellDb(`fuzz-${crypto.randomUUID()}`);
  });
  afterEach(() => db.close());
  const ids = { now: () => START, newId: () => crypto.randomUUID() };

  it('keeps nothing when it refuses a changed record or a damaged PDF', async () => {
    const doc = JSON.parse(json) as Record<string, unknown>;
    const file = fc.oneof(
      mutationOf(pathsOf(doc)).map((m) => {
        let text: string;
        try {
          text = JSON.stringify(applyMutation(doc, m));
        } catch {
          text = '{';
        }
        return new File([text], 'changed.json');
      }),
      pdfDamage.map((d) => new File([damaged(d) as Uint8Array<ArrayBuffer>], 'damaged.pdf')),
    );
    await fc.assert(
      fc.asyncProperty(file, async (f) => {
        const before = await db.count('received');
        const outcome = await openRecordFile(db, f, ids);
        const after = await db.count('received');
        if (!outcome.ok) {
          expect(after).toBe(before);
          expect(outcome.message).not.toMatch(VAGUE);
          expect(holdsBidi(outcome.message)).toBe(false);
        } else expect(after).toBe(outcome.already ? before : before + 1);
      }),
      { numRuns: 150 },
    );
  });
});
