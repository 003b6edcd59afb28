import type { Context } from 'hono';
import { streamSSE } from 'hono/streaming';
import { feedAfter, type FeedRow } from '../store/feed';
import type { Store } from '../store/store';
import { frameOf, type FeedHub } from '../stream/hub';

// GET /api/v1/clinics/:id/stream: server-sent events for a clinic device. The browser reads it
// with fetch (so the token goes in the Authorization header, never in the URL); each event's id
// is its feed id, and Last-Event-ID (or ?after=) resumes exactly after the last one seen.

const KEEPALIVE_MS = 20_000;

/** The feed id a stream resumes after. */
export function resumeFrom(c: Context): number {
  const raw = c.req.header('last-event-id') ?? c.req.query('after') ?? '0';
  const n = Number(raw);
  return Number.isSafeInteger(n) && n >= 0 ? n : 0;
}

/** Streams the clinic's feed after `after`, then every new row, until the client goes. */
export function clinicStream(c: Context, store: Store, hub: FeedHub, clinicId: string) {
  const after = resumeFrom(c);
  return streamSSE(c, async (stream) => {
    let last = after;
    let backlog: FeedRow[] | null = [];
    const send = async (row: FeedRow) => {
      if (row.id <= last) return;
      last = row.id;
      await stream.write(frameOf(row));
    };
    // Subscribe first, then read what was missed: nothing falls between the two.
    const unsubscribe = hub.subscribe(clinicId, (row) => {
      if (backlog) backlog.push(row);
      else void send(row);
    });
    stream.onAbort(unsubscribe);
    try {
      for (let rows = await feedAfter(store, clinicId, last); rows.length > 0;) {
        for (const r of rows) await send(r);
        rows = rows.length === 1000 ? await feedAfter(store, clinicId, last) : [];
      }
      const waiting = backlog.sort((a, b) => a.id - b.id);
      backlog = null;
      for (const r of waiting) await send(r);
      await stream.writeSSE({ event: 'ready', data: JSON.stringify({ after: last }) });
      while (!stream.aborted) {
        await stream.sleep(KEEPALIVE_MS);
        if (!stream.aborted) await stream.write(': keep-alive\n\n');
      }
    } finally {
      unsubscribe();
    }
  });
}
