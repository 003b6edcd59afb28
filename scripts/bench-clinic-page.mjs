// Runs inside headless Chromium for scripts/bench-clinic.mjs, bundled with Vite from the app's
// sources: opens sealed live events with the clinic key as the board does, and draws the board
// (the app's BoardList over the app's board model) with many live sessions.
import { h, render } from 'preact';
import { BoardList } from '../src/components/clinic/BoardList';
import {
  EMPTY_BOARD,
  withFeedEvent,
  withPayload,
  withSessionList,
} from '../src/domain/relay/board';
import { rowMemo } from '../src/domain/relay/board-rows';
import { readLivePayload } from '../src/domain/relay/live-payload';
import { toBase64Url } from '../src/domain/parse/base64';
import { generateKeyPair, serializePublicKey } from '../src/lib/hpke';
import { newId, sha256Hex } from '../src/platform/crypto';
import { openLive, sealLive } from '../src/platform/live-crypto';
import { chainEntry } from '../src/storage/entries';

const MIN = 60_000;
const OK = { responsiveness: 'normal', breathing: 'normal', comfort: 'calm', nausea: 'none' };
const LOG_CRYPTO = { sha256: sha256Hex, newId };

/** A chained log: started, dose, then check-ins every 15 minutes (some with readings). */
async function chained(sessionId, t0, n) {
  const out = [];
  const inputs = [
    {
      kind: 'session-started',
      data: { sitterName: 'Kim', patientName: 'Robin', intervalMin: 15, preAlert: true },
      at: t0,
    },
    { kind: 'dose-recorded', data: { doseAt: t0 + MIN }, at: t0 + MIN },
  ];
  for (let i = 0; inputs.length < n; i++) {
    const vitals = i % 3 === 0 ? { vitals: { systolic: 120 + (i % 20), diastolic: 80 } } : {};
    inputs.push({
      kind: 'check-in',
      data: { observation: OK, ...vitals },
      at: t0 + (2 + i * 15) * MIN,
    });
  }
  for (const input of inputs)
    out.push(await chainEntry(sessionId, out.at(-1), input, t0, LOG_CRYPTO));
  return out;
}

const envelopeOf = (e) => ({
  class: e.kind === 'check-in' ? 'check-in' : 'record',
  at: e.at,
  nextDueAt: e.at + 15 * MIN,
});

globalThis.SitwellClinicBench = {
  /** Opens `n` sealed events: one after another, and all at once as the stream delivers them. */
  async decrypt(n) {
    const pair = await generateKeyPair();
    const publicKey = toBase64Url(await serializePublicKey(pair.publicKey));
    const sid = crypto.randomUUID();
    const log = await chained(sid, Date.now() - 24 * 60 * MIN, n);
    const sealed = [];
    for (const entry of log) {
      const place = { relaySessionId: sid, seq: entry.seq, envelope: envelopeOf(entry) };
      sealed.push({ place, s: await sealLive(publicKey, place, { v: 1, type: 'entry', entry }) });
    }
    let checking = 0;
    const open = async ({ place, s }) => {
      const x = await openLive(pair.privateKey, publicKey, place, s);
      const t0 = performance.now();
      const read = readLivePayload(x, place.seq);
      checking += performance.now() - t0;
      if (!read.ok) throw new Error(read.reason);
    };
    let t = performance.now();
    for (const x of sealed) await open(x);
    const sequential = performance.now() - t;
    const checks = checking;
    t = performance.now();
    await Promise.all(sealed.map(open));
    const concurrent = performance.now() - t;
    return { n, sequential, concurrent, checks };
  },

  /** The board with `sessions` live sessions: first render, then `updates` single updates. */
  async board(sessions, updates) {
    const now = Date.now();
    const root = document.body.appendChild(document.createElement('div'));
    const logs = [];
    for (let i = 0; i < sessions; i++) {
      const t0 = now - (20 + (i % 90)) * MIN;
      logs.push({ id: crypto.randomUUID(), log: await chained(`s${i}`, t0, 12) });
    }
    const list = logs.map(({ id, log }) => ({
      id,
      state: 'live',
      lastSeq: 9,
      nextDueAt: log[9].at + 15 * MIN,
      deadlineAt: log[9].at + 20 * MIN,
      updatedAt: now,
      openAlerts: 0,
    }));
    let board = withSessionList(EMPTY_BOARD, list);
    for (const { id, log } of logs)
      for (const entry of log.slice(0, 10))
        board = withPayload(board, id, entry.seq, { v: 1, type: 'entry', entry });
    const actions = { onAck() {}, onOpen() {} };
    // As the board's hook: rows remembered for the current second (its tick).
    const rows = rowMemo();
    const second = () => Math.floor(Date.now() / 1000) * 1000;
    const draw = () => {
      render(
        h(BoardList, {
          rows: rows(board.sessions.values(), second()),
          deviceId: 'd',
          actions,
          messages: {},
        }),
        root,
      );
      return root.offsetHeight; // layout, as the screen would need
    };
    let t = performance.now();
    draw();
    const first = performance.now() - t;
    // The rows alone, once more (warm), to show where the first render's time goes.
    t = performance.now();
    rowMemo()(board.sessions.values(), second());
    const firstRows = performance.now() - t;
    const times = [];
    for (let u = 0; u < updates; u++) {
      const { id, log } = logs[u % sessions];
      const entry = log[10 + (Math.floor(u / sessions) % 2)];
      const env = envelopeOf(entry);
      t = performance.now();
      board = withFeedEvent(board, {
        type: 'event',
        data: {
          sessionId: id,
          seq: entry.seq,
          ...env,
          deadlineAt: env.nextDueAt + 5 * MIN,
          enc: '',
          ciphertext: '',
        },
      });
      board = withPayload(board, id, entry.seq, { v: 1, type: 'entry', entry });
      draw();
      times.push(performance.now() - t);
      if (u % 20 === 0) await new Promise((r) => setTimeout(r, 0));
    }
    return { sessions, first, firstRows, times, cards: root.querySelectorAll('article').length };
  },
};
