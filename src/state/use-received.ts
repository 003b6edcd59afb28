import { useEffect, useState } from 'preact/hooks';
import { stripBidiControls, stripBidiControlsDeep } from '../domain/parse/bidi';
import { ENTRY_LABELS } from '../domain/report/entry-labels';
import { entryAsFileReads } from '../domain/report/problem-entry';
import type { ReceivedSummary } from '../domain/report/received-summary';
import {
  recordSizeProblem,
  verifyRecord,
  type RecordProblem,
  type VerifiedRecord,
} from '../domain/report/verify-record';
import { now } from '../platform/clock';
import { newId } from '../platform/crypto';
import { readRecordFile } from '../platform/record-file';
import { RECORD_VERIFY_DEPS } from '../platform/signing';
import type { Db } from '../storage/db';
import {
  deleteReceived,
  findReceivedByText,
  getReceived,
  listReceived,
  storeVerified,
} from '../storage/received';
import { StorageError } from '../storage/storage-error';
import { useServices } from './services';

// Records received from others: opened from a file, verified, kept only when intact, listed,
// verified again whenever one is opened, and deleted on request. Never mixed into this device's
// own sessions (they live in their own store).

/** Opening a file: kept (or found already kept) and verified, or what is wrong; nothing stored. */
export type OpenOutcome =
  | { ok: true; id: string; already: boolean }
  | { ok: false; message: string; problem?: RecordProblem; entry?: string };

/** Read, verify and keep a chosen or dropped file. Never throws; stores only an intact record. */
export async function openRecordFile(
  db: Db,
  file: File,
  ids: { now: () => number; newId: () => string } = { now, newId },
): Promise<OpenOutcome> {
  const tooLarge = recordSizeProblem(file.size);
  if (tooLarge) return { ok: false, message: tooLarge.message, problem: tooLarge };
  try {
    const read = await readRecordFile(file);
    if (!read.ok) return { ok: false, message: read.problem.message, problem: read.problem };
    const verdict = await verifyRecord(read.text, RECORD_VERIFY_DEPS);
    if (!verdict.ok) return refused(read.text, verdict.problem);
    const existing = await findReceivedByText(db, verdict.text);
    if (existing) return { ok: true, id: existing, already: true };
    const name = stripBidiControls(file.name);
    const row = await storeVerified(db, verdict, name, ids.now(), ids.newId);
    return { ok: true, id: row.id, already: false };
  } catch (err) {
    return { ok: false, message: keepFailure(err) };
  }
}

/** A refusal, with the entry it names described as the file now reads (when there is one). */
function refused(text: string, problem: RecordProblem): OpenOutcome {
  const seq = problem.entrySeq;
  const entry = seq === undefined ? undefined : entryAsFileReads(text, seq, ENTRY_LABELS);
  return { ok: false, message: problem.message, problem, ...(entry && { entry }) };
}

function keepFailure(err: unknown): string {
  if (err instanceof StorageError && err.kind === 'quota')
    return 'The record is intact, but the device is out of storage space, so it was not kept.';
  if (err instanceof StorageError)
    return 'The record is intact, but this browser’s storage did not keep it. Try again.';
  const why = err instanceof Error ? err.message.slice(0, 120) : String(err);
  return `The file could not be read (${why}). Nothing was kept.`;
}

/** The verb for the open screen: open a file the user chose or dropped. */
export function useOpenRecord(): (file: File) => Promise<OpenOutcome> {
  const { db } = useServices();
  return (file) => openRecordFile(db, file);
}

/** Every received record, newest first; `error` says why the list could not be read. */
export function useReceivedList() {
  const { db } = useServices();
  const [list, setList] = useState<ReceivedSummary[]>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    let live = true;
    // Names and file names as the record says them, without bidirectional controls.
    listReceived(db).then(
      (l) => live && setList(l.map(stripBidiControlsDeep)),
      () => live && setError('The received records could not be read from storage.'),
    );
    return () => {
      live = false;
    };
  }, [db]);
  return { list, error };
}

/** A received record as opened again: verified afresh, or what is now wrong with it. */
export type ReceivedView =
  | { kind: 'missing' }
  | { kind: 'problem'; message: string; fileName: string; receivedAt: number }
  | { kind: 'intact'; verified: VerifiedRecord; fileName: string; receivedAt: number };

/** Load one received record by id and verify it again: nothing is trusted for being stored. */
export async function loadReceived(db: Db, id: string): Promise<ReceivedView> {
  const row = await getReceived(db, id);
  if (!row) return { kind: 'missing' };
  const { receivedAt } = row;
  const fileName = stripBidiControls(row.fileName);
  const verdict = await verifyRecord(row.text, RECORD_VERIFY_DEPS);
  if (!verdict.ok)
    return { kind: 'problem', message: verdict.problem.message, fileName, receivedAt };
  return { kind: 'intact', verified: verdict, fileName, receivedAt };
}

/** One received record, verified again, and `remove` to delete it (its outcome in words). */
export function useReceivedRecord(id: string) {
  const { db } = useServices();
  const [view, setView] = useState<ReceivedView>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    let live = true;
    loadReceived(db, id).then(
      (v) => live && setView(v),
      () => live && setError('This record could not be read from storage.'),
    );
    return () => {
      live = false;
    };
  }, [db, id]);
  const remove = async (): Promise<{ ok: true } | { ok: false; message: string }> => {
    try {
      await deleteReceived(db, id);
      return { ok: true };
    } catch {
      return { ok: false, message: 'The record could not be deleted. Try again.' };
    }
  };
  return { view, error, remove };
}
