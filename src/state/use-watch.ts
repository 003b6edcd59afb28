import { useEffect, useState } from 'preact/hooks';
import { readWatchedSession, type WatchedSession } from '../domain/relay/watch-view';
import { now } from '../platform/clock';
import { subscribeBackupAlarm } from '../platform/push-subscribe';
import { relayClient } from '../platform/relay-client';
import { readWatchToken, saveWatchToken } from '../storage/watch-tokens';

// The backup contact's side: read one session's state from the relay every few seconds, say "I'm
// calling", and ask for the ladder's alert on this phone. Only the watch token is used: it opens
// this one session and nothing else.

/** How often the watch screen asks the relay. */
const POLL_MS = 10_000;

/** What the watch screen shows and can do. */
export interface WatchState {
  token: string | undefined;
  session: WatchedSession | undefined;
  /** When the relay last answered. */
  checkedAt: number | undefined;
  /** Why the last ask failed, in words; undefined when it answered. */
  problem: string | undefined;
  acknowledge: () => Promise<string>;
  alertMe: () => Promise<string>;
}

/** The token from the link's fragment (then removed), else the one kept from before. */
function takeToken(id: string): string | undefined {
  const m = /^#t=([\w.-]+)$/.exec(location.hash);
  if (!m) return readWatchToken(id);
  saveWatchToken(id, m[1]!);
  history.replaceState(history.state, '', location.pathname);
  return m[1];
}

/** Watch the relay session `id`. */
export function useWatch(id: string): WatchState {
  const [token] = useState(() => takeToken(id));
  const [session, setSession] = useState<WatchedSession>();
  const [checkedAt, setCheckedAt] = useState<number>();
  const [problem, setProblem] = useState<string>();
  const client = relayClient(location.origin);
  const ask = async (): Promise<void> => {
    if (!token) return;
    const reply = await client.call('GET', `/sessions/${id}`, { token });
    const read = reply.status === 200 ? readWatchedSession(reply.body) : undefined;
    if (read) {
      setSession(read);
      setCheckedAt(now());
      setProblem(undefined);
    } else
      setProblem(
        reply.status === 0
          ? 'No connection to the server.'
          : reply.status === 401 || reply.status === 403 || reply.status === 404
            ? 'This watch link no longer works. Ask the sitter for a new one.'
            : 'The server did not answer properly.',
      );
  };
  useEffect(() => {
    void ask();
    const timer = setInterval(() => void ask(), POLL_MS);
    const onVisible = (): void => {
      if (document.visibilityState === 'visible') void ask();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      clearInterval(timer);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [id, token]);
  const acknowledge = async (): Promise<string> => {
    const reply = await client.call('POST', `/sessions/${id}/ack`, { token, body: {} });
    void ask();
    if (reply.status !== 200) return 'That did not reach the server. Call the sitter anyway.';
    return (reply.body as { first?: unknown }).first === true
      ? 'Done: the sitter and the clinic know you are calling.'
      : 'Someone else already said they are calling. Call the sitter anyway if you can.';
  };
  const alertMe = async (): Promise<string> => {
    const sub = await subscribeBackupAlarm();
    if (!sub.ok) return sub.message;
    const reply = await client.call('PUT', '/watchers/me/push', {
      token,
      body: { subscription: sub.subscription },
    });
    return reply.status === 200
      ? 'This phone will be alerted if a check-in is missed and nobody answers.'
      : 'The server did not take the alert. Keep this page open instead.';
  };
  return { token, session, checkedAt, problem, acknowledge, alertMe };
}
