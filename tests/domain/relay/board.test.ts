import { describe, expect, it } from 'vitest';
import {
  assembledRecord,
  EMPTY_BOARD,
  withFeedEvent,
  withPayload,
  withSessionList,
  withUnreadable,
  type Board,
} from '../../../src/domain/relay/board';
import { boardRow, boardRows } from '../../../src/domain/relay/board-rows';
import { readLivePayload } from '../../../src/domain/relay/live-payload';
import { DEFAULT_PROTOCOL } from '../../../src/domain/protocol/protocol';
import { chainLog, MIN, richInputs, START } from '../../fixtures/session-record';

const A = '7b0c7a52-3b8e-4d59-9a43-0f7f1d3c2a10';
const B = '00000000-0000-4000-8000-000000000002';
const listed = (id: string, nextDueAt: number | null, extra = {}) => ({
  id,
  state: 'live',
  lastSeq: 0,
  nextDueAt,
  deadlineAt: nextDueAt === null ? null : nextDueAt + 5 * MIN,
  updatedAt: START,
  openAlerts: 0,
  ...extra,
});

async function boardWithEntries(): Promise<Board> {
  const entries = await chainLog('s', richInputs().slice(0, 6));
  let board = withSessionList(EMPTY_BOARD, [listed(A, START + 18 * MIN)]);
  entries.forEach((entry, i) => {
    const read = readLivePayload({ v: 1, type: 'entry', entry }, entry.seq);
    if (!read.ok) throw new Error(read.reason);
    board = withPayload(board, A, entry.seq, read.payload);
    board = withFeedEvent(board, {
      type: 'event',
      data: {
        sessionId: A,
        at: entry.at,
        seq: entry.seq,
        class: i === 0 ? 'started' : 'record',
        nextDueAt: START + 18 * MIN,
        deadlineAt: START + 23 * MIN,
        enc: '',
        ciphertext: '',
      },
    });
  });
  return board;
}

describe('the board', () => {
  it('shows who, time since the dose and the next due time from the decrypted log', async () => {
    const board = await boardWithEntries();
    const row = boardRow(board.sessions.get(A)!, START + 10 * MIN);
    expect(row).toMatchObject({ who: 'Sam, with Alex sitting', kind: 'on-time', state: 'On time' });
    expect(row.sinceDose).toBe('7 min');
    expect(row.nextDue).toBeDefined();
  });

  it('names a due session, then one the phone stopped talking to, then an overdue one', async () => {
    const s = (await boardWithEntries()).sessions.get(A)!;
    expect(boardRow(s, START + 18 * MIN + 10_000)).toMatchObject({ kind: 'due', state: 'Due now' });
    const silent = boardRow(s, START + 19 * MIN + 30_000);
    expect(silent).toMatchObject({ kind: 'not-sending', state: 'Not sending' });
    expect(silent.detail).toMatch(/^Nothing received since .*; check-in was due/);
    const late = boardRow(s, START + 25 * MIN);
    expect(late).toMatchObject({ kind: 'overdue', state: 'Overdue 7 min' });
    expect(late.detail).toMatch(/^Nothing received since/);
  });

  it('turns a session with an open emergency alert into the top row until it is closed', () => {
    let board = withSessionList(EMPTY_BOARD, [listed(A, START + 60 * MIN), listed(B, START)]);
    const alert = { sessionId: A, at: START + 2 * MIN, alertId: B, kind: 'emergency' as const };
    board = withFeedEvent(board, { type: 'alert', data: alert });
    const rows = boardRows(board.sessions.values(), START + 6 * MIN);
    expect(rows.map((r) => [r.id, r.kind])).toEqual([
      [A, 'emergency'],
      [B, 'overdue'],
    ]);
    expect(rows[0]!.unacknowledged).toHaveLength(1);
    const ackd = withFeedEvent(board, {
      type: 'acknowledged',
      data: { sessionId: A, at: START + 3 * MIN, alertId: B, by: 'device:d1' },
    });
    const row = boardRow(ackd.sessions.get(A)!, START + 6 * MIN);
    expect(row.acknowledged).toEqual({ by: 'device:d1', at: START + 3 * MIN });
    expect(row.unacknowledged).toEqual([]);
    const closed = withFeedEvent(ackd, {
      type: 'alert-closed',
      data: { sessionId: A, at: START + 4 * MIN, alertId: B, kind: 'emergency', by: 'resolved' },
    });
    expect(boardRow(closed.sessions.get(A)!, START + 6 * MIN).kind).toBe('on-time');
  });

  it('orders unacknowledged before acknowledged, and the longest overdue first', () => {
    const C = '00000000-0000-4000-8000-000000000003';
    let board = withSessionList(EMPTY_BOARD, [
      listed(A, START),
      listed(B, START - 5 * MIN),
      listed(C, START + 2 * MIN),
    ]);
    for (const [id, alertId] of [
      [A, '1'],
      [B, '2'],
    ] as const)
      board = withFeedEvent(board, {
        type: 'alert',
        data: { sessionId: id, at: START, alertId, kind: 'overdue' },
      });
    board = withFeedEvent(board, {
      type: 'acknowledged',
      data: { sessionId: B, at: START, alertId: '2', by: 'device:x' },
    });
    const rows = boardRows(board.sessions.values(), START + 10 * MIN);
    expect(rows.map((r) => r.id)).toEqual([A, B, C]);
  });

  it('keeps an older event from moving the deadline back, and each entry once', async () => {
    let board = await boardWithEntries();
    const before = board.sessions.get(A)!;
    board = withFeedEvent(board, {
      type: 'event',
      data: {
        ...{ sessionId: A, at: START, seq: 1, class: 'record' },
        nextDueAt: 1,
        enc: '',
        ciphertext: '',
      },
    });
    expect(board.sessions.get(A)!.nextDueAt).toBe(before.nextDueAt);
    const again = withPayload(board, A, 0, { v: 1, type: 'entry', entry: before.entries[0]! });
    expect(again.sessions.get(A)!.entries).toHaveLength(before.entries.length);
  });

  it('ends a session on its ended event, and counts what could not be read', () => {
    let board = withSessionList(EMPTY_BOARD, [listed(A, START)]);
    board = withUnreadable(board, A, 3, 'it did not open with this clinic key');
    expect(boardRow(board.sessions.get(A)!, START).detail).toMatch(/1 update\(s\) could not/);
    board = withFeedEvent(board, {
      type: 'event',
      data: {
        sessionId: A,
        at: START,
        seq: 4,
        class: 'ended',
        nextDueAt: null,
        enc: '',
        ciphertext: '',
      },
    });
    expect(boardRow(board.sessions.get(A)!, START + 99 * MIN).kind).toBe('ended');
  });

  it('assembles the final record only once every part is in', () => {
    let board = withSessionList(EMPTY_BOARD, [listed(A, START)]);
    board = withPayload(board, A, 9, { v: 1, type: 'record', part: 1, parts: 2, text: 'lo' });
    expect(assembledRecord(board.sessions.get(A)!)).toBeUndefined();
    board = withPayload(board, A, 8, { v: 1, type: 'record', part: 0, parts: 2, text: 'hel' });
    expect(assembledRecord(board.sessions.get(A)!)).toBe('hello');
    expect(board.sessions.get(A)!.openedSeq).toBe(9);
  });
});

describe('readLivePayload', () => {
  it('takes a well-formed entry with the protocol, defaults filled in', async () => {
    const [entry] = await chainLog('s', richInputs().slice(0, 1));
    const read = readLivePayload(
      { v: 1, type: 'entry', entry, protocol: { intervalMin: 10 } },
      entry!.seq,
    );
    expect(read.ok && read.payload.type === 'entry' && read.payload.protocol).toEqual({
      ...DEFAULT_PROTOCOL,
      intervalMin: 10,
    });
  });

  it('refuses an entry at another seq, a damaged entry, a bad protocol or a stray field', async () => {
    const [entry] = await chainLog('s', richInputs().slice(0, 1));
    const seq = entry!.seq;
    expect(readLivePayload({ v: 1, type: 'entry', entry }, seq + 1)).toMatchObject({ ok: false });
    const damaged = { ...entry!, hash: 'nope' };
    expect(readLivePayload({ v: 1, type: 'entry', entry: damaged }, seq)).toMatchObject({
      ok: false,
    });
    const slow = { v: 1, type: 'entry', entry, protocol: { intervalMin: 60 } };
    expect(readLivePayload(slow, seq)).toMatchObject({ ok: false, reason: /protocol/ });
    expect(readLivePayload({ v: 1, type: 'entry', entry, extra: 1 }, seq)).toMatchObject({
      ok: false,
    });
    expect(readLivePayload({ v: 2, type: 'entry', entry }, seq)).toMatchObject({ ok: false });
  });

  it('takes a record part inside its bounds only', () => {
    const part = { v: 1, type: 'record', part: 0, parts: 1, text: 'x' };
    expect(readLivePayload(part, 5).ok).toBe(true);
    expect(readLivePayload({ ...part, part: 1 }, 5).ok).toBe(false);
    expect(readLivePayload({ ...part, text: 'x'.repeat(3001) }, 5).ok).toBe(false);
  });
});
