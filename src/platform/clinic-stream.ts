import { sseReader, type SseFrame } from '../domain/relay/sse';
import type { ClinicCredentials } from './clinic-api';

// The clinic's stream of server-sent events, read with fetch so the device token stays in a
// header. It resumes after the last feed id it saw (Last-Event-ID) and reconnects on its own,
// waiting 1, 2, 4 … 30 s between tries, until it is closed.

/** Whether the stream is up, as the board says it. */
export type StreamState = 'connecting' | 'live' | 'down' | 'refused';

/** What a stream reports. */
export interface StreamHandlers {
  onFrame: (frame: SseFrame) => void;
  onState: (state: StreamState) => void;
}

const MAX_WAIT_MS = 30_000;
/**
 * The relay writes at least a comment every 20 s; a stream silent for longer than this is taken
 * as dropped (a connection can die without an error reaching the page), so the board never says
 * "live" over a dead line.
 */
export const SILENT_MS = 50_000;

/** Opens the stream; returns `close`. `after` is the feed id to resume after, if any. */
export function openClinicStream(
  c: ClinicCredentials,
  handlers: StreamHandlers,
  after?: string,
): () => void {
  let lastId = after;
  let closed = false;
  let ctrl: AbortController | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let wait = 1000;

  const retry = (): void => {
    if (closed) return;
    handlers.onState('down');
    timer = setTimeout(connect, wait);
    wait = Math.min(MAX_WAIT_MS, wait * 2);
  };

  async function connect(): Promise<void> {
    if (closed) return;
    ctrl = new AbortController();
    let res: Response;
    try {
      res = await fetch(`/api/v1/clinics/${encodeURIComponent(c.clinicId)}/stream`, {
        mode: 'same-origin',
        credentials: 'omit',
        cache: 'no-store',
        headers: {
          accept: 'text/event-stream',
          authorization: `Bearer ${c.deviceToken}`,
          ...(lastId !== undefined && { 'last-event-id': lastId }),
        },
        signal: ctrl.signal,
      });
    } catch {
      return retry();
    }
    if (res.status === 401 || res.status === 403) {
      handlers.onState('refused');
      return;
    }
    if (!res.ok || !res.body) return retry();
    const read = sseReader();
    const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
    let heard = Date.now();
    const watchdog = setInterval(() => {
      if (Date.now() - heard > SILENT_MS) ctrl?.abort();
    }, SILENT_MS / 5);
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        heard = Date.now();
        for (const frame of read(value)) {
          if (frame.id !== undefined) lastId = frame.id;
          if (frame.event === 'ready') {
            wait = 1000;
            handlers.onState('live');
          }
          handlers.onFrame(frame);
        }
      }
    } catch {
      // Aborted, or the connection dropped: try again below unless closed.
    } finally {
      clearInterval(watchdog);
    }
    retry();
  }

  handlers.onState('connecting');
  void connect();
  return () => {
    closed = true;
    clearTimeout(timer);
    ctrl?.abort();
  };
}
