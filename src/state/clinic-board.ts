import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import {
  EMPTY_BOARD,
  withFeedEvent,
  withPayload,
  withSessionList,
  withUnreadable,
  type Board,
} from '../domain/relay/board';
import { rowMemo } from '../domain/relay/board-rows';
import {
  readAlertList,
  readFeedEvent,
  readSessionList,
  type AlertRow,
  type FeedEvent,
} from '../domain/relay/clinic-feed';
import { readLivePayload, type PayloadReading } from '../domain/relay/live-payload';
import type { SseFrame } from '../domain/relay/sse';
import { startAlarmTone, stopAlarmTone, unlockAudio } from '../platform/alarm-sound';
import { acknowledge, fetchAlerts, fetchSessions, putDevicePush } from '../platform/clinic-api';
import { openClinicStream, type StreamState } from '../platform/clinic-stream';
import { now, useNow } from '../platform/clock';
import { openLive } from '../platform/live-crypto';
import { subscribeBackupAlarm } from '../platform/push-subscribe';
import { credentialsOf, type ClinicConsole } from './clinic-setup';

// The live board: the relay's session list, then its stream (replayed from the start of this
// page's view, then live), every event opened with the clinic key on this device and checked
// before use. Nothing decrypted is stored: after a reload it is fetched and opened again.

/** How far back the board takes sessions from a replayed stream (the relay's list: a day). */
const REPLAY_WINDOW_MS = 24 * 60 * 60_000;

/** Opens one event's payload with the clinic key and checks it; never throws. */
export async function openFeedEvent(
  c: Pick<ClinicConsole, 'key' | 'device'>,
  ev: Extract<FeedEvent, { type: 'event' }>['data'],
): Promise<PayloadReading> {
  const place = {
    relaySessionId: ev.sessionId,
    seq: ev.seq,
    envelope: { class: ev.class, at: ev.at, nextDueAt: ev.nextDueAt },
  };
  try {
    const sealed = { enc: ev.enc, ciphertext: ev.ciphertext };
    const x = await openLive(c.key.privateKey, c.device.publicKey, place, sealed);
    return readLivePayload(x, ev.seq);
  } catch {
    return { ok: false, reason: 'it did not open with this clinic’s key (altered or misplaced)' };
  }
}

/** How the stream stands, and since when. */
export interface Connection {
  state: StreamState;
  since: number;
  /** When the board last had the relay's word (the stream live, or the list fetched). */
  freshAt?: number;
}

/** The board of a set-up console. */
export function useClinicBoard(c: ClinicConsole) {
  const [board, setBoard] = useState<Board>(EMPTY_BOARD);
  const [alerts, setAlerts] = useState<AlertRow[]>();
  const [conn, setConn] = useState<Connection>({ state: 'connecting', since: now() });
  const [soundOn, setSoundOn] = useState(false);
  const t = useNow(1000);
  const known = useRef(new Set<string>());
  const memo = useRef(rowMemo());
  const creds = credentialsOf(c.device);

  useEffect(() => {
    let live = true;
    let ready = false;
    const refreshAlerts = (): void =>
      void fetchAlerts(creds).then((r) => live && r.ok && setAlerts(readAlertList(r.body)));
    const onFrame = (frame: SseFrame): void => {
      if (frame.event === 'ready') ready = true;
      const ev = readFeedEvent(frame.event, frame.data);
      if (!ev || !live) return;
      const id = ev.data.sessionId;
      if (ev.type === 'session' && (ready || ev.data.at > now() - REPLAY_WINDOW_MS))
        known.current.add(id);
      if (!known.current.has(id)) return;
      setBoard((b) => withFeedEvent(b, ev));
      if (ev.type === 'event') {
        void openFeedEvent(c, ev.data).then((read) => {
          if (!live) return;
          setBoard((b) =>
            read.ok
              ? withPayload(b, id, ev.data.seq, read.payload)
              : withUnreadable(b, id, ev.data.seq, read.reason),
          );
        });
      } else if (ready) refreshAlerts();
    };
    let close = (): void => undefined;
    void fetchSessions(creds).then((r) => {
      if (!live) return;
      if (r.ok) {
        const list = readSessionList(r.body);
        for (const s of list) known.current.add(s.id);
        setBoard((b) => withSessionList(b, list));
        setConn((x) => ({ ...x, freshAt: now() }));
      }
      refreshAlerts();
      close = openClinicStream(creds, {
        onFrame,
        onState: (state) =>
          live &&
          setConn((x) =>
            x.state === state
              ? x
              : {
                  state,
                  since: now(),
                  freshAt: state === 'live' || x.state === 'live' ? now() : x.freshAt,
                },
          ),
      });
    });
    return () => {
      live = false;
      close();
    };
  }, [c.device.clinicId, c.device.deviceToken]);

  const rows = useMemo(() => memo.current(board.sessions.values(), t), [board, t]);
  const needsSomeone = rows.some(
    (r) => (r.kind === 'overdue' || r.kind === 'emergency') && r.unacknowledged.length > 0,
  );
  useEffect(() => {
    if (soundOn && needsSomeone) startAlarmTone('urgent');
    else stopAlarmTone();
  }, [soundOn, needsSomeone]);
  useEffect(() => () => stopAlarmTone(), []);

  return {
    board,
    rows,
    alerts,
    conn,
    now: t,
    soundOn,
    /** Sound on (from a tap, which lets the page play it) or off. */
    setSound: async (on: boolean): Promise<boolean> => {
      const ok = on ? await unlockAudio() : true;
      setSoundOn(on && ok);
      return ok;
    },
    /** "Acknowledge: I'm calling": the relay records who and when, and tells the sitter. */
    ack: async (sessionId: string): Promise<string> => {
      const r = await acknowledge(creds, sessionId);
      if (!r.ok)
        return r.status === 409 ? 'Nothing to acknowledge: the alert was closed.' : r.message;
      return r.body.first === false
        ? 'Someone else acknowledged it first; they are calling.'
        : 'Acknowledged. The sitter is told the clinic is calling.';
    },
    /** Alerts to this device by push (asks for notification permission). */
    enablePush: async (): Promise<string> => {
      const sub = await subscribeBackupAlarm();
      if (!sub.ok) return sub.message.replace('the backup alarm', 'clinic alerts');
      const r = await putDevicePush(creds, sub.subscription);
      return r.ok ? 'Alerts will also come to this device as notifications.' : r.message;
    },
  };
}
