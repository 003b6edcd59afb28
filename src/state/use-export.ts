import { useEffect, useRef } from 'preact/hooks';
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

/** The file of one export: the signed record built now with the device key, in its format. */
export async function makeExportFile(
  db: Db,
  session: StoredSession,
  request: ExportRequest,
  at: number,
): Promise<ExportFile> {
  const { record, entries } = session;
  if (!record) throw new Error('There is no session with this address to share.');
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
  return exportFile(doc, request.format, { paper: request.paper });
}

/** Hand over a file once it is made; the outcome, or why it could not be made. Never throws. */
export async function handOverFile(
  file: Promise<ExportFile>,
  handOver: ExportDeps['handOver'] = APP_DEPS.handOver,
): Promise<ExportResult> {
  try {
    const made = await file;
    return { ok: true, outcome: await handOver(made), fileName: made.name };
  } catch (err) {
    return { ok: false, message: failureText(err) };
  }
}

/** Build, sign and hand over one file of a stored session. Never throws. */
export function exportSession(
  db: Db,
  session: StoredSession,
  request: ExportRequest,
  deps: ExportDeps = APP_DEPS,
): Promise<ExportResult> {
  return handOverFile(makeExportFile(db, session, request, deps.now()), deps.handOver);
}

function failureText(err: unknown): string {
  if (err instanceof StorageError)
    return err.kind === 'quota'
      ? 'The device is out of storage space, so its signing key could not be saved. ' +
          'Free some space and try again.'
      : 'This device’s signing key could not be read from storage. Try again, or reload Sitwell.';
  const why = err instanceof Error ? err.message : String(err);
  if (why.startsWith('There is no session')) return why;
  // A chunk that cannot load (an update replaced it, or the app was never opened online).
  if (/dynamically imported module|Importing a module script failed/i.test(why))
    return 'The export code could not be loaded. Reload Sitwell and try again.';
  return `The file could not be made (${why.slice(0, 120)}).`;
}

/** What identifies one prepared file: the format and the choices that shape it. */
const keyOf = (r: ExportRequest): string =>
  [r.format, r.paper, r.options.includePatientWords, r.options.includePatientEntries].join('|');

/**
 * A stored session ready to share: its log, `prepare` to make a file ahead (so the share sheet
 * opens straight from the tap: browsers allow it only just after one), and `share` to hand over
 * the file for a request, made now if it was not prepared.
 */
export function useExport(sessionId: string) {
  const { db } = useServices();
  const { session, error } = useSessionRecord(sessionId);
  const prepared = useRef(new Map<string, Promise<ExportFile>>());
  useEffect(() => {
    // Have the PDF renderer ready by the time the patient has chosen; a failure shows on export.
    import('../platform/export-file').then((m) => m.warmPdfExport()).catch(() => undefined);
  }, []);
  const fileFor = (stored: StoredSession, request: ExportRequest): Promise<ExportFile> => {
    const key = keyOf(request);
    let file = prepared.current.get(key);
    if (!file) {
      file = makeExportFile(db, stored, request, now());
      prepared.current.set(key, file);
      // A failed file is made afresh next time (the key may have been saved meanwhile).
      file.catch(() => prepared.current.delete(key));
    }
    return file;
  };
  const prepare = (request: ExportRequest): void => {
    if (session?.record) fileFor(session, request).catch(() => undefined);
  };
  const share = (request: ExportRequest): Promise<ExportResult> =>
    session ? handOverFile(fileFor(session, request)) : Promise.resolve(notLoaded);
  return { session, error, prepare, share };
}

const notLoaded: ExportResult = { ok: false, message: 'The session is still loading.' };
