import { sessionCsv } from '../domain/report/csv';
import { sessionFhirBundle } from '../domain/report/fhir';
import { recordFileName, type ExportFormat } from '../domain/report/file-names';
import { serializeRecord, type SessionRecordFile } from '../domain/report/record-format';
import type { PaperSize } from './pdf';
import type { ExportFile } from './share';

// A signed record as the file of one format, ready for shareOrDownload. Import this module with
// import() where the export starts, so export code loads only when used; the PDF renderer (and
// jsPDF) is loaded by a further import() only for a PDF.

/** MIME type of each format (FHIR's own JSON type for the bundle). */
export const EXPORT_TYPES: Record<ExportFormat, string> = {
  pdf: 'application/pdf',
  csv: 'text/csv',
  json: 'application/json',
  fhir: 'application/fhir+json',
};

/** The record as a file in `format`; a PDF carries the JSON record as an attachment. */
export async function exportFile(
  record: SessionRecordFile,
  format: ExportFormat,
  options: { paper?: PaperSize } = {},
): Promise<ExportFile> {
  const name = recordFileName(record, format);
  const type = EXPORT_TYPES[format];
  if (format === 'json') return { name, type, data: serializeRecord(record) };
  if (format === 'csv') return { name, type, data: sessionCsv(record.entries) };
  if (format === 'fhir')
    return { name, type, data: `${JSON.stringify(sessionFhirBundle(record), null, 1)}\n` };
  const [{ renderPdf }, { pdfReport }] = await Promise.all([
    import('./pdf'),
    import('../domain/report/pdf-model'),
  ]);
  const attachment = {
    name: recordFileName(record, 'json'),
    mimeType: 'application/json',
    bytes: new TextEncoder().encode(serializeRecord(record)),
    description: 'Sitwell session record (signed JSON): open it in Sitwell to verify',
  };
  const pdf = await renderPdf(pdfReport(record), { paper: options.paper ?? 'a4', attachment });
  return { name, type, data: pdf as Uint8Array<ArrayBuffer> };
}

/** Load the PDF renderer, its layout model and jsPDF ahead of time (the share screen opens). */
export async function warmPdfExport(): Promise<void> {
  const [{ loadJsPdf }] = await Promise.all([
    import('./pdf'),
    import('../domain/report/pdf-model'),
  ]);
  await loadJsPdf();
}
