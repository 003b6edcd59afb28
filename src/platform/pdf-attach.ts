import type { jsPDF } from 'jspdf';

// Embeds a file in a jsPDF document as a PDF file attachment (an EmbeddedFile stream, its
// Filespec, and the catalog's /Names /EmbeddedFiles tree; ISO 32000-1 §7.11.4). jsPDF has no
// public API for this, so it uses the same two events its own plugins (addJS, autoPrint) use to
// add objects and catalog entries. Nothing else in this app writes /Names, so there is no clash.

/** The parts of jsPDF's `internal` object its plugins write with. */
interface PdfInternals {
  events: { subscribe: (name: string, fn: () => void) => unknown };
  newObject: () => number;
  out: (line: string) => void;
  putStream: (options: {
    data: string;
    objectId: number;
    additionalKeyValues?: { key: string; value: string | number }[];
  }) => void;
}

/** A file to attach: its name, MIME type, bytes and a short description. */
export interface PdfAttachment {
  name: string;
  mimeType: string;
  bytes: Uint8Array;
  description: string;
}

/** A PDF literal string: backslash, parentheses escaped; non-ASCII replaced (names are ASCII). */
function pdfString(text: string): string {
  return `(${text.replace(/[^\x20-\x7e]/g, '_').replace(/([\\()])/g, '\\$1')})`;
}

/** Bytes as jsPDF's binary string (one char per byte). */
function binary(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    out += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return out;
}

/** Attach `file` to `doc`; call before `output()`. */
export function attachFile(doc: jsPDF, file: PdfAttachment): void {
  const internal = doc.internal as unknown as PdfInternals;
  let specId = 0;
  internal.events.subscribe('postPutResources', () => {
    const streamId = internal.newObject();
    internal.putStream({
      data: binary(file.bytes),
      objectId: streamId,
      additionalKeyValues: [
        { key: 'Type', value: '/EmbeddedFile' },
        { key: 'Subtype', value: `/${file.mimeType.replace('/', '#2F')}` },
        { key: 'Params', value: `<< /Size ${file.bytes.length} >>` },
      ],
    });
    internal.out('endobj');
    specId = internal.newObject();
    const name = pdfString(file.name);
    internal.out(`<< /Type /Filespec /F ${name} /UF ${name} /Desc ${pdfString(file.description)}`);
    internal.out(`/AFRelationship /Data /EF << /F ${streamId} 0 R >> >>`);
    internal.out('endobj');
  });
  internal.events.subscribe('putCatalog', () => {
    internal.out(
      `/Names << /EmbeddedFiles << /Names [${pdfString(file.name)} ${specId} 0 R] >> >>`,
    );
    internal.out('/PageMode /UseAttachments');
  });
}
