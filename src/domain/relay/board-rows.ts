import { formatDuration } from '../format/duration';
import { clockTime } from '../format/time';
import type { BoardAlert, BoardSession } from './board';

// Each session as one row of the board, most urgent first, its state in words (the colour on
// screen only repeats them). Pure: the time is passed in.

/** The states a row can be in, most urgent first. */
export const ROW_KINDS = [
  'emergency',
  'overdue',
  'not-sending',
  'due',
  'on-time',
  'no-schedule',
  'ended',
] as const;

/** One of ROW_KINDS. */
export type RowKind = (typeof ROW_KINDS)[number];

/** After the due time, how long the board waits for the sitter's app to say anything. */
export const NOT_SENDING_AFTER_MS = 60_000;

/** One row of the board. */
export interface BoardRow {
  id: string;
  /** "Alex, with Sam sitting", or the session's short id while nothing is readable yet. */
  who: string;
  kind: RowKind;
  /** The state in words: "On time", "Due now", "Overdue 7 min", "Emergency", "Ended 15:40". */
  state: string;
  /** More about the state, when there is more to say ("Nothing received since 14:02"). */
  detail?: string;
  sinceDose?: string;
  lastCheckIn?: string;
  nextDue?: string;
  /** Open alerts nobody acknowledged yet. */
  unacknowledged: BoardAlert[];
  /** The first acknowledgment of an open alert: who and when. */
  acknowledged?: { by: string; at: number };
  /** How long past due (negative: due in that long), for ordering. */
  lateMs: number;
}

const shortId = (id: string) => id.slice(0, 8);

function whoOf(s: BoardSession): string {
  const f = s.fold;
  if (!f || f.startedAt === undefined) return `Session ${shortId(s.id)} (nothing readable yet)`;
  const sitter = f.sitterName.trim() || 'the sitter';
  return f.patientName?.trim() ? `${f.patientName.trim()}, with ${sitter} sitting` : sitter;
}

function stateOf(s: BoardSession, now: number): Pick<BoardRow, 'kind' | 'state' | 'detail'> {
  const open = s.alerts.filter((a) => a.closedAt === undefined);
  if (s.relayState === 'ended' || s.fold?.ended) {
    const at = s.fold?.endedAt;
    return { kind: 'ended', state: at === undefined ? 'Ended' : `Ended ${clockTime(at)}` };
  }
  const due = s.nextDueAt;
  const silent = due !== null && now - due >= NOT_SENDING_AFTER_MS && (s.lastEventAt ?? 0) < due;
  const heard =
    s.lastEventAt === undefined
      ? 'Nothing received yet'
      : `Nothing received since ${clockTime(s.lastEventAt)}`;
  if (open.some((a) => a.kind === 'emergency')) return { kind: 'emergency', state: 'Emergency' };
  const deadlinePassed = s.deadlineAt !== null && now >= s.deadlineAt;
  if (due !== null && (deadlinePassed || open.some((a) => a.kind === 'overdue'))) {
    const min = Math.max(1, Math.floor((now - due) / 60_000));
    return { kind: 'overdue', state: `Overdue ${min} min`, ...(silent && { detail: heard }) };
  }
  if (silent)
    return {
      kind: 'not-sending',
      state: 'Not sending',
      detail: `${heard}; check-in was due ${clockTime(due!)}`,
    };
  if (due === null) return { kind: 'no-schedule', state: 'No check-in scheduled' };
  if (now >= due) return { kind: 'due', state: 'Due now', detail: `Due at ${clockTime(due)}` };
  return { kind: 'on-time', state: 'On time' };
}

/** A session as a row, at `now`. */
export function boardRow(s: BoardSession, now: number): BoardRow {
  const f = s.fold;
  const open = s.alerts.filter((a) => a.closedAt === undefined);
  const acknowledged = open.find((a) => a.acknowledged)?.acknowledged;
  const last = f?.lastCheckIn;
  const row: BoardRow = {
    id: s.id,
    who: whoOf(s),
    ...stateOf(s, now),
    unacknowledged: open.filter((a) => !a.acknowledged),
    lateMs: s.nextDueAt === null ? 0 : now - s.nextDueAt,
    ...(acknowledged && { acknowledged }),
  };
  if (f?.doseAt !== undefined) row.sinceDose = formatDuration(now - f.doseAt);
  if (last) row.lastCheckIn = `${clockTime(last.at)} (${formatDuration(now - last.at)} ago)`;
  if (s.nextDueAt !== null && row.kind !== 'ended') row.nextDue = clockTime(s.nextDueAt);
  if (s.unreadable.length > 0)
    row.detail = [row.detail, `${s.unreadable.length} update(s) could not be read`]
      .filter(Boolean)
      .join('; ');
  return row;
}

const rank = (r: BoardRow) => ROW_KINDS.indexOf(r.kind);

/** Most urgent first: by state, then unacknowledged first, then the longest overdue. */
export function compareRows(a: BoardRow, b: BoardRow): number {
  return (
    rank(a) - rank(b) ||
    Number(b.unacknowledged.length > 0) - Number(a.unacknowledged.length > 0) ||
    b.lateMs - a.lateMs ||
    a.id.localeCompare(b.id)
  );
}

/** Every session as a row, most urgent first. */
export function boardRows(sessions: Iterable<BoardSession>, now: number): BoardRow[] {
  return [...sessions].map((s) => boardRow(s, now)).sort(compareRows);
}

/**
 * `boardRows` that remembers each session's row for one `now` (the board's second tick): an
 * update then works out only the row of the session it changed, since a board update replaces
 * that session's object and shares the others.
 */
export function rowMemo(): (sessions: Iterable<BoardSession>, now: number) => BoardRow[] {
  let at = Number.NaN;
  let rows = new WeakMap<BoardSession, BoardRow>();
  return (sessions, now) => {
    if (now !== at) {
      at = now;
      rows = new WeakMap();
    }
    const out: BoardRow[] = [];
    for (const s of sessions) {
      let row = rows.get(s);
      if (!row) rows.set(s, (row = boardRow(s, now)));
      out.push(row);
    }
    return out.sort(compareRows);
  };
}
