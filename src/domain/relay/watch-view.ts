import { formatDuration } from '../format/duration';

// What the backup contact's screen says about the one session it watches, from the relay's
// answer alone (times, state and alerts: the relay knows nothing else, and neither do they).

/** The relay's answer about a session, as far as the watch screen reads it. */
export interface WatchedSession {
  state: 'live' | 'ended';
  nextDueAt: number | null;
  deadlineAt: number | null;
  lastSeq: number | null;
  alerts: {
    id: string;
    kind: 'overdue' | 'emergency';
    openedAt: number;
    acknowledgedAt: number | null;
    acknowledgedBy: string | null;
    closedAt: number | null;
  }[];
}

const num = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);
const numOrNull = (x: unknown) => x === null || num(x);

/** The answer checked field by field; undefined when it is not one. */
export function readWatchedSession(body: unknown): WatchedSession | undefined {
  const b = (body ?? {}) as Record<string, unknown>;
  if (b.state !== 'live' && b.state !== 'ended') return undefined;
  if (!numOrNull(b.nextDueAt) || !numOrNull(b.deadlineAt) || !numOrNull(b.lastSeq)) return;
  if (!Array.isArray(b.alerts)) return undefined;
  const alerts = b.alerts.filter((a: unknown) => {
    const x = (a ?? {}) as Record<string, unknown>;
    return (
      typeof x.id === 'string' &&
      (x.kind === 'overdue' || x.kind === 'emergency') &&
      num(x.openedAt) &&
      numOrNull(x.acknowledgedAt) &&
      numOrNull(x.closedAt) &&
      (x.acknowledgedBy === null || typeof x.acknowledgedBy === 'string')
    );
  }) as WatchedSession['alerts'];
  return { ...(b as unknown as WatchedSession), alerts };
}

/** The sentence at the top of the watch screen, its tone, and whether to offer "I'm calling". */
export interface WatchLine {
  text: string;
  tone: 'ok' | 'warn' | 'error';
  /** An alert nobody has acknowledged yet: the contact may say they are calling. */
  canAcknowledge: boolean;
}

/** What the watched session's state means now, in words (`time` formats a clock time). */
export function watchLine(s: WatchedSession, now: number, time: (at: number) => string): WatchLine {
  if (s.state === 'ended')
    return { text: 'The session has ended.', tone: 'ok', canAcknowledge: false };
  const open = s.alerts.filter((a) => a.closedAt === null);
  const waiting = open.filter((a) => a.acknowledgedAt === null);
  if (waiting.some((a) => a.kind === 'emergency'))
    return {
      text: 'An emergency was recorded. Call the sitter now.',
      tone: 'error',
      canAcknowledge: true,
    };
  if (waiting.length > 0) {
    const since = Math.max(0, now - (s.nextDueAt ?? waiting[0]!.openedAt));
    return {
      text:
        `A check-in is overdue by ${formatDuration(since)} and nobody has answered yet. ` +
        'Call the sitter.',
      tone: 'error',
      canAcknowledge: true,
    };
  }
  const acked = open.find((a) => a.acknowledgedAt !== null);
  if (acked) {
    const who = acked.acknowledgedBy?.startsWith('watcher:') ? 'A backup contact' : 'The clinic';
    return {
      text: `${who} is calling the sitter (since ${time(acked.acknowledgedAt!)}).`,
      tone: 'warn',
      canAcknowledge: false,
    };
  }
  if (s.nextDueAt === null)
    return { text: 'The session has not started sending yet.', tone: 'ok', canAcknowledge: false };
  if (now <= s.nextDueAt)
    return {
      text: `On time: the next check-in is due by ${time(s.nextDueAt)}.`,
      tone: 'ok',
      canAcknowledge: false,
    };
  return {
    text: `A check-in has been due since ${time(s.nextDueAt)}. The sitter may be doing it now.`,
    tone: 'warn',
    canAcknowledge: false,
  };
}
