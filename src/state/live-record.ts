import type { LiveEnvelope, LivePayload } from '../domain/relay/live-event';
import { recordParts } from '../domain/relay/live-event';
import type { LiveShare } from '../domain/log/session';
import { buildSessionRecord } from '../domain/report/build-record';
import { serializeRecord } from '../domain/report/record-format';
import { now } from '../platform/clock';
import { quickSha256Hex } from '../platform/quick-sha256';
import { generateSigningKeyPair, recordSigner } from '../platform/signing';
import type { Db, LinkRow, OutboxRow } from '../storage/db';
import { listEntries, tzOffsetAt } from '../storage/entries';
import { deviceSigningKey } from '../storage/keys';
import { getSession } from '../storage/sessions';
import { queueRecordParts } from '../storage/outbox';
import type { LiveJob, SenderDeps } from './live-job';

// The end of a shared session: the signed record goes to the clinic's inbox, sealed like every
// event, cut into parts that each fit one.

/**
 * Once the end has been sent, queue the final signed record for the clinic's inbox (with only
 * what the patient ticked, as for an export); the drain then sends its parts.
 */
export async function queueFinalRecord(
  deps: SenderDeps,
  job: LiveJob,
  link: LinkRow,
): Promise<boolean> {
  const { db, finalRecord, clock } = deps;
  if (!finalRecord || link.recordQueued) return false;
  const entries = await listEntries(db, job.sessionId);
  const last = entries.at(-1);
  if (last?.kind !== 'session-ended') return false;
  const at = clock();
  const parts = recordParts(await finalRecord(job.sessionId, job.live));
  await queueRecordParts(
    db,
    job.sessionId,
    last.seq,
    parts.flatMap((p) =>
      p.type === 'record' ? [{ at, part: p.part, parts: p.parts, text: p.text }] : [],
    ),
  );
  return true;
}

/** A record part's envelope (class `record`, no next due time) and payload. */
export function recordEvent(r: NonNullable<OutboxRow['record']>) {
  const envelope: LiveEnvelope = { class: 'record', at: r.at, nextDueAt: null };
  const payload: LivePayload = { v: 1, type: 'record', part: r.part, parts: r.parts, text: r.text };
  return { envelope, payload };
}

/** The session's signed record as text, with only what the patient agreed to share live. */
export async function liveRecordText(db: Db, sessionId: string, live: LiveShare): Promise<string> {
  const session = await getSession(db, sessionId);
  if (!session) throw new Error(`No session ${sessionId} to send.`);
  const at = now();
  const signer = await recordSigner(await deviceSigningKey(db, generateSigningKeyPair, at));
  const doc = await buildSessionRecord(
    {
      session,
      entries: await listEntries(db, sessionId),
      options: {
        includePatientWords: live.includePatientWords,
        includePatientEntries: live.includePatientEntries,
      },
      appVersion: __APP_VERSION__,
      now: at,
      tzOffset: tzOffsetAt(at),
    },
    quickSha256Hex,
    signer,
  );
  return serializeRecord(doc);
}
