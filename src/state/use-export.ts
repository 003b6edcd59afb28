import { useEffect } from 'preact/hooks';
import { buildSessionRecord } from '../domain/report/build-record';
import type { ExportFormat } from '../domain/report/file-names';
import type { PaperChoice } from '../domain/report/paper-size';
import type { HandOver } from '../domain/report/share-choices';
import type { ExportOptions } from '../domain/report/withhold';
import { now } from '../platform/clock';
import { quickSha256Hex } from '../platform/quick-sha256';
import { shareOrDownload, type ExportFile } from '../platform/share';
import { generateSigningKeyPair, recordSigner } from '../platform/signing';
import type { Db } from '../storage/db';
import { tzOffsetAt } from '../storage/entries';
import { deviceSigningKey } from '../storage/keys';
import { StorageError } from '../storage/storage-error';
import { useServices } from './services';
import { useSessionRecord, type StoredSession } from './use-session-record';

// Sharing a stored session with the provider: the signed record is built with this device's key
// (made at first use), turned into the chosen file by the export code, which loads only now, and
// handed to the share sheet or saved as a download.

/** One export as the patient chose it. */
export interface ExportRequest {
  format: ExportFormat;
  options: ExportOptions;
  paper: PaperChoice;
}

/** What happened: the file went out (or the sheet was closed), or why it could not be made. */
export type ExportResult =
  { ok: true; outcome: HandOver; fileName: string } | { ok: false; message: string };

/** The browser parts an export needs; tests pass their own. */
export interface ExportDeps {
  handOver: (file: ExportFile) => Promise<HandOver>;
  now: () => number;
}

const APP_DEPS: ExportDeps = { handOver: (file) => shareOrDownload(file), now };

/** Build, sign and hand over one file of a stored session. Never throws. */
export async function exportSession(
  db: Db,
  session: StoredSession,
  request: ExportRequest,
  deps: ExportDeps = APP_DEPS,
): Promise<ExportResult> {
  const { record, entries } = session;
  if (!record) return { ok: false, message: 'There is no session with this address to share.' };
  try {
    const at = deps.now();
    const signer = await recordSigner(await deviceSigningKey(db, generateSigningKeyPair, at));
    const input = {
      session: record,
      entries,
      options: request.options,
      appVersion: __APP_VERSION__,
      now: at,
      tzOffset: tzOffsetAt(at),
    };
    const doc = await buildSessionRecord(input, quickSha256Hex, signer);
    const { exportFile } = await import('../platform/export-file');
    const file = await exportFile(doc, request.format, { paper: request.paper });
    return { ok: true, outcome: await deps.handOver(file), fileName: file.name };
  } catch (err) {
    return { ok: false, message: failureText(err) };
  }
}

function failureText(err: unknown): string {
  if (err instanceof StorageError)
    return err.kind === 'quota'
      ? 'The device is out of storage space, so its signing key could not be saved. ' +
          'Free some space and try again.'
      : 'This device’s signing key could not be read from storage. Try again, or reload Sitwell.';
  const why = err instanceof Error ? err.message : String(err);
  // A chunk that cannot load (an update replaced it, or the app was never opened online).
  if (/dynamically imported module|Importing a module script failed/i.test(why))
    return 'The export code could not be loaded. Reload Sitwell and try again.';
  return `The file could not be made (${why.slice(0, 120)}).`;
}

/** A stored session ready to share: its log, and `share` to export a file of it. */
export function useExport(sessionId: string) {
  const { db } = useServices();
  const { session, error } = useSessionRecord(sessionId);
  useEffect(() => {
    // Have the PDF renderer ready by the time the patient has chosen; a failure shows on export.
    import('../platform/export-file').then((m) => m.warmPdfExport()).catch(() => undefined);
  }, []);
  const share = (request: ExportRequest): Promise<ExportResult> =>
    session ? exportSession(db, session, request) : Promise.resolve(notLoaded);
  return { session, error, share };
}

const notLoaded: ExportResult = { ok: false, message: 'The session is still loading.' };
