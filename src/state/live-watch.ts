import { acknowledgmentsIn, type Acknowledgment } from '../domain/relay/acknowledged';
import type { Db } from '../storage/db';
import { readLink, saveLink } from '../storage/outbox';
import type { LiveJob, SenderDeps } from './live-job';

// What a shared session asks of the relay besides sending its events: word back from the clinic
// (acknowledged alerts, logged once each) and watch links for a backup contact.

/** The app path of a watch link: the relay session, and the token in the fragment (never sent). */
export function watchPath(relaySessionId: string, watchToken: string): string {
  return `/watch/${relaySessionId}#t=${watchToken}`;
}

/**
 * Ask the relay whether anyone acknowledged an alert of this session, and log each new one
 * once ("The clinic knows: they'll call you"). Quiet when the relay cannot be reached.
 */
export async function pollAcknowledgments(
  deps: Pick<SenderDeps, 'db' | 'client'>,
  job: LiveJob | undefined,
  onAcknowledged: (ack: Acknowledgment) => Promise<boolean>,
): Promise<void> {
  const { db, client } = deps;
  if (!job) return;
  const link = await readLink(db, job.sessionId);
  if (!link?.relaySessionId || !link.writeToken) return;
  const reply = await client.call('GET', `/sessions/${link.relaySessionId}`, {
    token: link.writeToken,
  });
  if (reply.status !== 200) return;
  const fresh = acknowledgmentsIn(reply.body).filter((a) => !link.acknowledged.includes(a.alertId));
  if (fresh.length === 0) return;
  const logged: string[] = [];
  for (const ack of fresh.sort((a, b) => a.at - b.at))
    if (await onAcknowledged(ack)) logged.push(ack.alertId);
  const now = (await readLink(db, job.sessionId)) ?? link;
  await saveLink(db, { ...now, acknowledged: [...now.acknowledged, ...logged] });
}

/**
 * A watch link for a backup contact: their Sitwell shows this one session's state and gets the
 * ladder's last step, nothing else. Kept with the session's link so it can be shown again.
 */
export async function addWatcher(
  deps: Pick<SenderDeps, 'db' | 'client' | 'clock'>,
  job: LiveJob | undefined,
  label: string | undefined,
): Promise<{ ok: true; path: string } | { ok: false; message: string }> {
  const { db, client, clock } = deps;
  const link = job && (await readLink(db, job.sessionId));
  if (!link?.relaySessionId || !link.writeToken)
    return {
      ok: false,
      message: 'The clinic’s server has not been reached yet. Try again soon.',
    };
  const reply = await client.call('POST', `/sessions/${link.relaySessionId}/watchers`, {
    token: link.writeToken,
    body: label ? { label } : {},
  });
  const { watcherId, watchToken } = reply.body as { watcherId?: unknown; watchToken?: unknown };
  if (reply.status !== 201 || typeof watcherId !== 'string' || typeof watchToken !== 'string') {
    return {
      ok: false,
      message:
        reply.status === 0
          ? 'No connection: the watch link can be made once this phone is back online.'
          : 'The clinic’s server did not make the watch link. Try again in a moment.',
    };
  }
  const watcher = { watcherId, watchToken, at: clock(), ...(label && { label }) };
  const now = (await readLink(db, link.sessionId)) ?? link;
  await saveLink(db, { ...now, watchers: [...now.watchers, watcher] });
  return { ok: true, path: watchPath(link.relaySessionId, watchToken) };
}

/** The watch links already made for the running session. */
export async function listWatchers(
  db: Db,
  job: LiveJob | undefined,
): Promise<{ label?: string; path: string }[]> {
  const link = job && (await readLink(db, job.sessionId));
  if (!link?.relaySessionId) return [];
  const id = link.relaySessionId;
  return link.watchers.map((w) => ({
    ...(w.label && { label: w.label }),
    path: watchPath(id, w.watchToken),
  }));
}
