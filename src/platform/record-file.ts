import { findPdfAttachment } from '../domain/report/pdf-attachment';
import { MAX_RECORD_BYTES } from '../domain/report/record-format';
import { recordSizeProblem, type RecordProblem } from '../domain/report/verify-record';

// Reading a file the user chose (or dropped) as a session record's text: a JSON file as it is,
// or a Sitwell PDF's attached record. Sizes are checked before anything is read or inflated.
// The text still has to pass verifyRecord.

/** The record's text, or why it could not be read. */
export type RecordText = { ok: true; text: string } | { ok: false; problem: RecordProblem };

const NO_ATTACHMENT: RecordProblem = {
  kind: 'not-sitwell',
  message:
    'This PDF has no Sitwell record attached. Open the JSON file exported with it, ' +
    'or a PDF made by Sitwell.',
};

/** Read a chosen or dropped file: JSON text, or the record attached to a Sitwell PDF. */
export async function readRecordFile(file: Blob): Promise<RecordText> {
  const tooLarge = recordSizeProblem(file.size);
  if (tooLarge) return { ok: false, problem: tooLarge };
  const bytes = new Uint8Array(await file.arrayBuffer());
  return isPdf(bytes) ? pdfRecord(bytes) : { ok: true, text: decode(bytes) };
}

function isPdf(bytes: Uint8Array): boolean {
  return bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46; // %PDF
}

/** UTF-8 text; invalid sequences become U+FFFD and then fail as JSON with a clear message. */
function decode(bytes: Uint8Array): string {
  return new TextDecoder('utf-8').decode(bytes);
}

async function pdfRecord(bytes: Uint8Array): Promise<RecordText> {
  const span = findPdfAttachment(bytes);
  if (!span) return { ok: false, problem: NO_ATTACHMENT };
  const raw = bytes.subarray(span.start, span.start + span.length);
  if (!span.deflated) return { ok: true, text: decode(raw) };
  try {
    const inflated = await inflate(raw, MAX_RECORD_BYTES + 1);
    const tooLarge = recordSizeProblem(inflated.length);
    return tooLarge ? { ok: false, problem: tooLarge } : { ok: true, text: decode(inflated) };
  } catch {
    const message = 'The record attached to this PDF is damaged and cannot be read.';
    return { ok: false, problem: { kind: 'not-json', message } };
  }
}

/** zlib-inflate at most `limit` bytes (a "zip bomb" stops there) with DecompressionStream. */
async function inflate(data: Uint8Array, limit: number): Promise<Uint8Array> {
  const stream = new Blob([data as Uint8Array<ArrayBuffer>])
    .stream()
    .pipeThrough(new DecompressionStream('deflate'));
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    size += value.length;
    if (size >= limit) {
      await reader.cancel();
      break;
    }
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) (out.set(c, at), (at += c.length));
  return out;
}
