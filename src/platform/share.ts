import { downloadBlob } from './download';

// Handing an export to the user: the system share sheet (Web Share API with files) where the
// browser can share that kind of file, otherwise a download. Browsers share PDF and CSV files but
// not JSON, so JSON and FHIR JSON always download.

/** A file to hand over. */
export interface ExportFile {
  name: string;
  /** MIME type, e.g. application/pdf, text/csv. */
  type: string;
  data: BlobPart;
}

/** What happened: shared through the share sheet, downloaded, or the user closed the sheet. */
export type ShareOutcome = 'shared' | 'downloaded' | 'cancelled';

/** MIME types offered to the share sheet; everything else is downloaded. */
export const SHAREABLE_TYPES: ReadonlySet<string> = new Set(['application/pdf', 'text/csv']);

/** The browser parts this needs, passed in for tests; defaults to the real ones. */
export interface ShareDeps {
  navigator?: Pick<Navigator, 'share' | 'canShare'> | undefined;
  download?: (name: string, blob: Blob) => void;
}

/**
 * Share `file` with navigator.share({ files }) when it is a PDF or CSV and navigator.canShare says
 * the browser can share it; otherwise download it. A closed share sheet (AbortError) is
 * 'cancelled'; any other share failure (e.g. no user activation) falls back to a download.
 */
export async function shareOrDownload(
  file: ExportFile,
  deps: ShareDeps = {},
): Promise<ShareOutcome> {
  const nav = 'navigator' in deps ? deps.navigator : globalThis.navigator;
  const download = deps.download ?? downloadBlob;
  const blob = new Blob([file.data], { type: file.type });
  if (SHAREABLE_TYPES.has(file.type) && typeof nav?.share === 'function') {
    const shared = new File([blob], file.name, { type: file.type });
    if (nav.canShare?.({ files: [shared] })) {
      try {
        await nav.share({ files: [shared], title: file.name });
        return 'shared';
      } catch (err) {
        if (err instanceof DOMException && err.name === 'AbortError') return 'cancelled';
      }
    }
  }
  download(file.name, blob);
  return 'downloaded';
}
