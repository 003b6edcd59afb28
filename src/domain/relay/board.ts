import { applyCorrections } from '../log/corrections';
import { isWithheld, type Entry, type ExportedEntry } from '../log/entry';
import { foldSession, type SessionFold } from '../log/session-fold';
import type { Protocol } from '../protocol/protocol';
import type { FeedEvent, RelaySession } from './clinic-feed';
import type { LivePayload } from './live-event';
import type { EventClass } from './wire';

// The clinic board's state: what the relay says of each session (state, next due, deadline,
// alerts) and what the clinic decrypted (the entries, folded with the app's own code). Every
// update returns a new board that shares the sessions it did not touch, so a screen redraws
// only the row that changed.

/** An alert as the board knows it. */
export interface BoardAlert {
  id: string;
  kind: 'overdue' | 'emergency';
  openedAt: number;
  acknowledged?: { by: string; at: number };
  closedAt?: number;
}

/** One session on the board. */
export interface BoardSession {
  id: string;
  /** The relay's word: "live" or "ended". */
  relayState: string;
  lastSeq: number | null;
  nextDueAt: number | null;
  deadlineAt: number | null;
  /** `at` of the latest event the relay passed on (the sitter's clock). */
  lastEventAt?: number;
  lastClass?: EventClass;
  alerts: readonly BoardAlert[];
  /** Decrypted entries by seq order, each once. */
  entries: readonly ExportedEntry[];
  protocol?: Protocol;
  /** The log folded (corrections applied, withheld entries left out). */
  fold?: SessionFold;
  /** Parts of the final record received so far, by part number. */
  recordParts: readonly (string | undefined)[];
  /** Events that could not be opened or read, with why (the latest few). */
  unreadable: readonly string[];
  /** The highest seq opened (or found unreadable) so far; -1 before any. */
  openedSeq: number;
}

/** The board: sessions by id. */
export interface Board {
  sessions: ReadonlyMap<string, BoardSession>;
}

/** A board with nothing on it. */
export const EMPTY_BOARD: Board = { sessions: new Map() };

const blank = (id: string): BoardSession => ({
  id,
  relayState: 'live',
  lastSeq: null,
  nextDueAt: null,
  deadlineAt: null,
  alerts: [],
  entries: [],
  recordParts: [],
  unreadable: [],
  openedSeq: -1,
});

function put(board: Board, s: BoardSession): Board {
  const sessions = new Map(board.sessions);
  sessions.set(s.id, s);
  return { sessions };
}

const get = (board: Board, id: string): BoardSession => board.sessions.get(id) ?? blank(id);

/** The relay's session list: adds sessions, refreshes the relay's view of each, keeps entries. */
export function withSessionList(board: Board, list: readonly RelaySession[]): Board {
  const sessions = new Map(board.sessions);
  for (const r of list) {
    const s = get(board, r.id);
    sessions.set(r.id, {
      ...s,
      relayState: r.state,
      lastSeq: r.lastSeq,
      nextDueAt: r.nextDueAt,
      deadlineAt: r.deadlineAt,
    });
  }
  return { sessions };
}

/** What the relay said on the stream (alerts, acknowledgments, the times of an event). */
export function withFeedEvent(board: Board, ev: FeedEvent): Board {
  const s = get(board, ev.data.sessionId);
  switch (ev.type) {
    case 'session':
      return put(board, { ...s, relayState: ev.data.state });
    case 'event': {
      const d = ev.data;
      const latest = s.lastSeq === null || d.seq >= s.lastSeq;
      if (!latest) return board.sessions.has(s.id) ? board : put(board, s);
      return put(board, {
        ...s,
        lastSeq: d.seq,
        lastClass: d.class,
        lastEventAt: d.at,
        nextDueAt: d.nextDueAt,
        deadlineAt: d.deadlineAt ?? (d.nextDueAt === null ? null : s.deadlineAt),
        relayState: d.class === 'ended' ? 'ended' : s.relayState,
      });
    }
    case 'alert': {
      if (s.alerts.some((a) => a.id === ev.data.alertId)) return board;
      const alert: BoardAlert = { id: ev.data.alertId, kind: ev.data.kind, openedAt: ev.data.at };
      return put(board, { ...s, alerts: [...s.alerts, alert] });
    }
    case 'acknowledged':
      return put(board, {
        ...s,
        alerts: s.alerts.map((a) =>
          a.id === ev.data.alertId && !a.acknowledged
            ? { ...a, acknowledged: { by: ev.data.by, at: ev.data.at } }
            : a,
        ),
      });
    case 'alert-closed':
      return put(board, {
        ...s,
        alerts: s.alerts.map((a) =>
          a.id === ev.data.alertId ? { ...a, closedAt: ev.data.at } : a,
        ),
      });
  }
}

/** A decrypted payload placed in its session: an entry joins the log, a record part is kept. */
export function withPayload(
  board: Board,
  sessionId: string,
  seq: number,
  payload: LivePayload,
): Board {
  const s0 = get(board, sessionId);
  const s = { ...s0, openedSeq: Math.max(s0.openedSeq, seq) };
  if (payload.type === 'record') {
    const parts = [...s.recordParts];
    parts.length = Math.max(parts.length, payload.parts);
    parts[payload.part] = payload.text;
    return put(board, { ...s, recordParts: parts });
  }
  const e = payload.entry;
  if (s.entries.some((x) => x.seq === e.seq)) return put(board, s);
  const entries = [...s.entries, e].sort((a, b) => a.seq - b.seq);
  const protocol = payload.protocol ?? s.protocol;
  return put(board, { ...s, entries, protocol, fold: foldOf(sessionId, entries) });
}

/** An event that could not be used, and why (kept to say so on its row). */
export function withUnreadable(board: Board, sessionId: string, seq: number, why: string): Board {
  const s = get(board, sessionId);
  const unreadable = [...s.unreadable.slice(-4), `Event ${seq}: ${why}`];
  return put(board, { ...s, unreadable, openedSeq: Math.max(s.openedSeq, seq) });
}

function foldOf(sessionId: string, entries: readonly ExportedEntry[]): SessionFold {
  const full = entries.filter((e): e is Entry => !isWithheld(e));
  return foldSession(applyCorrections(full).entries, { sessionId });
}

/** The final record's text once every part is here, else undefined. */
export function assembledRecord(s: Pick<BoardSession, 'recordParts'>): string | undefined {
  const parts = s.recordParts;
  if (parts.length === 0) return undefined;
  for (let i = 0; i < parts.length; i++) if (parts[i] === undefined) return undefined;
  return parts.join('');
}
