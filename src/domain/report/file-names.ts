import { isoWithOffset } from '../format/time';
import type { SessionRecordFile } from './record-format';

// File names that say what they are: `sitwell-2026-03-08-alex.pdf`.

/** The export formats and their file endings. */
export const EXPORT_EXTENSIONS = {
  pdf: '.pdf',
  csv: '.csv',
  json: '.json',
  fhir: '.fhir.json',
} as const;

/** One of the export formats. */
export type ExportFormat = keyof typeof EXPORT_EXTENSIONS;

/** A lower-case ASCII slug of a name ("Zoë Ann" → "zoe-ann"); '' when nothing ASCII is left. */
export function nameSlug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
}

/** What a file name is made of: the session start, its offset, and who it is about. */
export interface FileNameParts {
  /** Session start, epoch ms, and the offset there (minutes east of UTC). */
  startedAt: number;
  tzOffset: number;
  patientName?: string;
  sitterName?: string;
}

/** `sitwell-<local date of the start>-<patient, else sitter, else "session">.<ext>`. */
export function exportFileName(parts: FileNameParts, format: ExportFormat): string {
  const day = isoWithOffset(parts.startedAt, parts.tzOffset).slice(0, 10);
  const who = nameSlug(parts.patientName ?? '') || nameSlug(parts.sitterName ?? '') || 'session';
  return `sitwell-${day}-${who}${EXPORT_EXTENSIONS[format]}`;
}

/** The file name for a record in a format, dated by its first entry (else its creation). */
export function recordFileName(doc: SessionRecordFile, format: ExportFormat): string {
  const first = doc.entries[0];
  const { patientName, sitterName } = doc.session.people;
  return exportFileName(
    {
      startedAt: first?.at ?? doc.session.createdAt,
      tzOffset: first?.tzOffset ?? 0,
      patientName,
      sitterName,
    },
    format,
  );
}
