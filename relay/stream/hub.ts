import { FEED_CHANNEL, feedRow, parseNotice, type FeedRow } from '../store/feed';
import type { Store } from '../store/store';

// Fan-out of the clinic feed to this process's open streams. Every process listens on one
// channel (LISTEN/NOTIFY on PostgreSQL; PGlite's in-process notifications). A notification
// carries the row itself when it fits (else only "clinic:id", and the row is read once per
// process); rows reach the streams in the order they were notified, which is commit order.
// Each row is turned into its SSE bytes once, and every stream writes those same bytes.

/** A stream's callback for each new feed row of its clinic. */
export type FeedListener = (row: FeedRow) => void;

const encoder = new TextEncoder();
const frames = new WeakMap<FeedRow, Uint8Array>();

/** The SSE bytes of a feed row (as Hono's writeSSE lays them out), made once per row. */
export function frameOf(row: FeedRow): Uint8Array {
  let frame = frames.get(row);
  if (!frame) {
    const data = JSON.stringify({ sessionId: row.sessionId, at: row.at, ...(row.body as object) });
    frame = encoder.encode(`event: ${row.type}\ndata: ${data}\nid: ${row.id}\n\n`);
    frames.set(row, frame);
  }
  return frame;
}

/** The hub of one process. */
export class FeedHub {
  private readonly byClinic = new Map<string, Set<FeedListener>>();
  private stop: (() => Promise<void>) | undefined;
  private queue: Promise<void> = Promise.resolve();

  constructor(private readonly store: Store) {}

  /** Starts listening (resolves once notifications will arrive). */
  async start(): Promise<void> {
    this.stop = await this.store.listen(FEED_CHANNEL, (payload) => this.onNotify(payload));
  }

  private onNotify(payload: string): void {
    let notice: ReturnType<typeof parseNotice>;
    try {
      notice = parseNotice(payload);
    } catch {
      return;
    }
    if (!notice || !this.byClinic.get(notice.clinicId)?.size) return;
    const { clinicId, id } = notice;
    const row = notice.row ?? feedRow(this.store, id).catch(() => undefined);
    // Read (when needed) at once, but hand over in the order notified.
    this.queue = this.queue.then(async () => {
      const r = await row;
      const listeners = this.byClinic.get(clinicId);
      if (r && listeners) for (const fn of listeners) fn(r);
    });
  }

  /** Calls `fn` with every new row of the clinic until the returned function is called. */
  subscribe(clinicId: string, fn: FeedListener): () => void {
    const set = this.byClinic.get(clinicId) ?? new Set();
    set.add(fn);
    this.byClinic.set(clinicId, set);
    return () => {
      set.delete(fn);
      if (set.size === 0 && this.byClinic.get(clinicId) === set) this.byClinic.delete(clinicId);
    };
  }

  /** Open streams in this process. */
  get size(): number {
    let n = 0;
    for (const s of this.byClinic.values()) n += s.size;
    return n;
  }

  /** Stops listening. */
  async close(): Promise<void> {
    await this.stop?.();
  }
}
