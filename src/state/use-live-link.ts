import { useEffect } from 'preact/hooks';
import type { LiveState } from '../domain/relay/live-status';
import { useObservable } from '../lib/use-observable';
import { sha256Hex } from '../platform/crypto';
import { now } from '../platform/clock';
import { relayClient } from '../platform/relay-client';
import type { Db } from '../storage/db';
import { LiveSender } from './live-sender';
import { useServices } from './services';
import type { SessionStore } from './session-store';

// One live sender per tab, following the running session: it sends whenever the log grows, the
// network comes back or the app is on screen again. Nothing here runs for a session that is not
// shared, and nothing is sent anywhere but this app's own origin.

let sender: LiveSender | undefined;

/** How often the running session asks the relay for word back from the clinic. */
const POLL_MS = 15_000;

function senderFor(db: Db, store?: SessionStore): LiveSender {
  sender ??= new LiveSender({
    db,
    client: relayClient(location.origin),
    sha256: sha256Hex,
    clock: now,
    later: (ms, run) => {
      const id = setTimeout(run, ms);
      return () => clearTimeout(id);
    },
    // Logged once per alert, whatever the polls: the alert's id is the entry's action.
    onAcknowledged: (ack) =>
      store
        ? store.append({
            kind: 'clinic-acknowledged',
            data: { alertId: ack.alertId, by: ack.by, ackAt: ack.at },
            actionId: `clinic-ack-${ack.alertId}`,
          })
        : Promise.resolve(false),
  });
  return sender;
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
    const s = senderFor(db, store);
    follow(s, store);
    const poll = setInterval(() => void s.poll(), POLL_MS);
    const stop = store.subscribe(() => follow(s, store));
    const kick = (): void => {
      if (document.visibilityState === 'visible') void s.kick();
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
  return useObservable(senderFor(db));
}
