// Finds the session record a Sitwell PDF carries as a file attachment (platform/pdf-attach.ts
// writes it): an EmbeddedFile stream of type application/json. Only looks for that one object;
// any other PDF simply has none. Pure byte scanning; inflating is the caller's (platform) job.

/** Where the attached record's bytes are, and whether they are deflated (/FlateDecode). */
export interface PdfAttachmentSpan {
  start: number;
  length: number;
  deflated: boolean;
}

const MARKER = '/Type /EmbeddedFile';
// The stream dictionary is a few hundred bytes at most; a bound keeps hostile files cheap.
const MAX_DICT = 1024;

function indexOf(bytes: Uint8Array, text: string, from: number, to = bytes.length): number {
  const first = text.charCodeAt(0);
  const end = Math.min(to, bytes.length) - text.length;
  outer: for (let i = Math.max(0, from); i <= end; i++) {
    if (bytes[i] !== first) continue;
    for (let j = 1; j < text.length; j++) if (bytes[i + j] !== text.charCodeAt(j)) continue outer;
    return i;
  }
  return -1;
}

function ascii(bytes: Uint8Array, from: number, to: number): string {
  let out = '';
  for (let i = from; i < to; i++) out += String.fromCharCode(bytes[i]!);
  return out;
}

/** The first JSON attachment in a PDF's bytes, or undefined when it has none (or no PDF). */
export function findPdfAttachment(bytes: Uint8Array): PdfAttachmentSpan | undefined {
  if (indexOf(bytes, '%PDF-', 0, 1024) < 0) return undefined;
  for (let at = indexOf(bytes, MARKER, 0); at >= 0; at = indexOf(bytes, MARKER, at + 1)) {
    const streamAt = indexOf(bytes, 'stream', at, at + MAX_DICT);
    if (streamAt < 0) continue;
    const dict = ascii(bytes, at, streamAt);
    const length = /\/Length (\d{1,9})\b/.exec(dict);
    if (!dict.includes('/Subtype /application#2Fjson') || !length) continue;
    let start = streamAt + 'stream'.length;
    if (bytes[start] === 0x0d) start++;
    if (bytes[start] === 0x0a) start++;
    const n = Number(length[1]);
    if (start + n > bytes.length) return undefined;
    return { start, length: n, deflated: dict.includes('/FlateDecode') };
  }
  return undefined;
}
