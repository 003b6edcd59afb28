import { useEffect, useState } from 'preact/hooks';
import type { ClinicLink } from '../domain/protocol/clinic';
import type { LiveState } from '../domain/relay/live-status';
import { useObservable } from '../lib/use-observable';
import { now } from '../platform/clock';
import { sha256Hex } from '../platform/crypto';
import { backupAlarmSupport } from '../platform/push-subscribe';
import { relayClient } from '../platform/relay-client';
import type { Db } from '../storage/db';
import { linkStillSending, readLink } from '../storage/outbox';
import { getSession } from '../storage/sessions';
import { toStorageError } from '../storage/storage-error';
import { LiveSender, type SenderDeps } from './live-sender';
import { liveRecordText } from './live-record';
import { addWatcher, listWatchers, pollAcknowledgments } from './live-watch';
import { useServices } from './services';
import type { SessionStore } from './session-store';

// One live sender per tab, following the running session: it sends whenever the log grows, the
// network comes back or the app is on screen again. Nothing here runs for a session that is not
// shared, and nothing is sent anywhere but this app's own origin.

/** How often the running session asks the relay for word back from the clinic. */
const POLL_MS = 15_000;

let shared: { sender: LiveSender; deps: SenderDeps } | undefined;

function senderFor(db: Db): { sender: LiveSender; deps: SenderDeps } {
  if (!shared) {
    const deps: SenderDeps = {
      db,
      client: relayClient(location.origin),
      sha256: sha256Hex,
      clock: now,
      finalRecord: (sessionId, live) => liveRecordText(db, sessionId, live),
      later: (ms, run) => {
        const id = setTimeout(run, ms);
        return () => clearTimeout(id);
      },
    };
    shared = { sender: new LiveSender(deps), deps };
  }
  return shared;
}

function follow(s: LiveSender, store: SessionStore): void {
  const { session, entries } = store.snapshot;
  // After the end the session leaves the store; the sender keeps the job to send what is left.
  if (!session) return void s.kick();
  if (!session.live) return s.follow(undefined);
  s.follow({ sessionId: session.id, live: session.live, entries, protocol: session.protocol });
}

/** Keeps this tab's sender on the running session; for the session monitor. */
export function useLiveLink(): void {
  const { db, store } = useServices();
  useEffect(() => {
    const { sender, deps } = senderFor(db);
    follow(sender, store);
    const stop = store.subscribe(() => follow(sender, store));
    // Logged once per alert, whatever the polls: the alert's id is the entry's action.
    const poll = setInterval(() => {
      if (!store.snapshot.session?.live) return;
      void pollAcknowledgments(deps, sender.current, (ack) =>
        store.append({
          kind: 'clinic-acknowledged',
          data: { alertId: ack.alertId, by: ack.by, ackAt: ack.at },
          actionId: `clinic-ack-${ack.alertId}`,
        }),
      );
    }, POLL_MS);
    const kick = (): void => {
      if (document.visibilityState === 'visible') void sender.kick();
    };
    addEventListener('online', kick);
    document.addEventListener('visibilitychange', kick);
    return () => {
      clearInterval(poll);
      stop();
      removeEventListener('online', kick);
      document.removeEventListener('visibilitychange', kick);
    };
  }, [db, store]);
}

/** Where sending the running session stands; undefined when it is not shared. */
export function useLiveState(): LiveState | undefined {
  const { db } = useServices();
  return useObservable(senderFor(db).sender);
}

/** Make and list the running session's watch links for a backup contact. */
export function useWatchLinks() {
  const { db } = useServices();
  const { sender, deps } = senderFor(db);
  return {
    add: (label: string | undefined) => addWatcher(deps, sender.current, label),
    list: () => listWatchers(db, sender.current),
  };
}

/**
 * With no session running: a shared session that ended with updates (or its record) still to
 * send, after a reload or a closed app, sends them now.
 */
export async function resumeLiveSending(db: Db): Promise<void> {
  const link = await linkStillSending(db);
  const session = link && (await getSession(db, link.sessionId));
  if (!session?.live) return;
  const { sender } = senderFor(db);
  if (sender.current) return;
  sender.follow({ sessionId: session.id, live: session.live, protocol: session.protocol });
}

/**
 * Share the running session live from now on, after the sitter and the patient agreed on the
 * session screen: the answer is logged, then every entry so far and every later one is sent.
 */
export function useShareLive() {
  const { store } = useServices();
  return async (answer: LiveAnswerFor): Promise<string | undefined> => {
    const { clinic, includePatientWords, includePatientEntries } = answer;
    const logged = await store.append({
      kind: 'live-link',
      data: {
        decision: answer.decision,
        clinicId: clinic.id,
        clinicName: clinic.name,
        fingerprint: clinic.fingerprint,
        ...(answer.decision === 'agreed' && { includePatientWords, includePatientEntries }),
      },
    });
    if (!logged || answer.decision !== 'agreed') return undefined;
    try {
      const agreedAt = now();
      await store.shareLive({ clinic, includePatientWords, includePatientEntries, agreedAt });
      return undefined;
    } catch (err) {
      return toStorageError(err).message;
    }
  };
}

/** An answer on the session screen, with the clinic it is for. */
export interface LiveAnswerFor {
  clinic: ClinicLink;
  decision: 'agreed' | 'declined';
  includePatientWords: boolean;
  includePatientEntries: boolean;
}

/**
 * Whether the backup alarm is on for the running shared session: what the browser allows, and
 * why the subscription at Start did not happen, if it did not.
 */
export function useBackupAlarm(sessionId: string | undefined) {
  const { db } = useServices();
  const [problem, setProblem] = useState<string>();
  useEffect(() => {
    if (!sessionId) return;
    void readLink(db, sessionId).then((link) => setProblem(link?.subscriptionProblem));
  }, [db, sessionId]);
  return { support: backupAlarmSupport(), problem };
}
