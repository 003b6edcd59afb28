import { useEffect, useRef, useState } from 'preact/hooks';
import { stripBidiControlsDeep } from '../domain/parse/bidi';
import { assembledRecord, type Board } from '../domain/relay/board';
import { inboxCsv } from '../domain/relay/inbox-csv';
import type { ReceivedSummary } from '../domain/report/received-summary';
import { verifyRecord, type VerifiedRecord } from '../domain/report/verify-record';
import { now } from '../platform/clock';
import { newId } from '../platform/crypto';
import { RECORD_VERIFY_DEPS } from '../platform/signing';
import {
  CLINIC_REFUSED,
  CLINIC_TRIAGE,
  type RefusedRecord,
  type Triage,
} from '../storage/clinic-settings';
import type { Db } from '../storage/db';
import { findReceivedByText, listReceived, storeVerified } from '../storage/received';
import { loadReceived } from './use-received';
import { useServices } from './services';
import { readSetting, writeSetting } from '../storage/settings';
import { toStorageError } from '../storage/storage-error';

// The clinic's inbox: each final record that arrived over the board, once all its parts are in,
// passes the same verifier as an opened file and is kept with the received records; one that
// fails is listed apart with the reason (its session and why; the record itself is not kept).
// Triage and a CSV of many sessions.

/** Verifies an arrived record and keeps it unless it is kept already; never throws. */
export async function takeInRecord(
  db: Db,
  sessionId: string,
  text: string,
): Promise<{ ok: true; id: string } | { ok: false; reason: string }> {
  const verdict = await verifyRecord(text, RECORD_VERIFY_DEPS);
  if (!verdict.ok) return { ok: false, reason: verdict.problem.message };
  try {
    const existing = await findReceivedByText(db, verdict.text);
    if (existing) return { ok: true, id: existing };
    const name = `sitwell-live-${sessionId.slice(0, 8)}.json`;
    const row = await storeVerified(db, verdict, name, now(), newId);
    return { ok: true, id: row.id };
  } catch {
    return {
      ok: false,
      reason: 'The record is intact, but this browser’s storage did not keep it.',
    };
  }
}

/** The inbox: records kept, those refused, triage, and the CSV of every intact one. */
export function useClinicInbox(board: Board) {
  const { db } = useServices();
  const taken = useRef(new Set<string>());
  const [list, setList] = useState<ReceivedSummary[]>();
  const [refused, setRefused] = useState<RefusedRecord[]>([]);
  const [triage, setTriage] = useState<Record<string, Triage>>({});
  const reload = (): void =>
    void listReceived(db).then(
      (l) => setList(l.map(stripBidiControlsDeep)),
      () => setList([]),
    );

  useEffect(() => {
    reload();
    void readSetting(db, CLINIC_TRIAGE).then(setTriage, () => undefined);
    void readSetting(db, CLINIC_REFUSED).then(setRefused, () => undefined);
  }, [db]);

  useEffect(() => {
    for (const s of board.sessions.values()) {
      const text = assembledRecord(s);
      if (text === undefined || taken.current.has(s.id)) continue;
      taken.current.add(s.id);
      void takeInRecord(db, s.id, text).then((r) => {
        if (r.ok) reload();
        else
          void keepRefused(db, { sessionId: s.id, reason: r.reason, arrivedAt: now() }).then(
            setRefused,
          );
      });
    }
  }, [board, db]);

  return {
    list,
    refused,
    triage,
    setTriage: async (id: string, t: Triage): Promise<string | undefined> => {
      const next = { ...triage, [id]: t };
      try {
        await writeSetting(db, CLINIC_TRIAGE, next, now());
        setTriage(next);
        return undefined;
      } catch (err) {
        return toStorageError(err).message;
      }
    },
    /** Every intact kept record as one CSV, one row per session. */
    csv: async (ids: readonly string[]): Promise<string> => {
      const views = await Promise.all(ids.map((id) => loadReceived(db, id)));
      const docs = views.flatMap((v) => (v.kind === 'intact' ? [intactDoc(v.verified)] : []));
      return inboxCsv(docs);
    },
  };
}

const intactDoc = (v: VerifiedRecord) => v.document;

/** Adds a refusal to the kept list (once per session); resolves with the list as kept. */
async function keepRefused(db: Db, r: RefusedRecord): Promise<RefusedRecord[]> {
  const list = await readSetting(db, CLINIC_REFUSED).catch(() => []);
  if (list.some((x) => x.sessionId === r.sessionId)) return list;
  const next = [...list, r].slice(-200);
  await writeSetting(db, CLINIC_REFUSED, next, r.arrivedAt).catch(() => undefined);
  return next;
}
