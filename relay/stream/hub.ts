import { FEED_CHANNEL, feedRow, type FeedRow } from '../store/feed';
import type { Store } from '../store/store';

// Fan-out of the clinic feed to this process's open streams. Every process listens on one
// channel (LISTEN/NOTIFY on PostgreSQL; PGlite's in-process notifications); a notification
// carries only "clinic:id", and the row is read once per process, however many streams wait.

/** A stream's callback for each new feed row of its clinic. */
export type FeedListener = (row: FeedRow) => void;

/** The hub of one process. */
export class FeedHub {
  private readonly byClinic = new Map<string, Set<FeedListener>>();
  private stop: (() => Promise<void>) | undefined;

  constructor(private readonly store: Store) {}

  /** Starts listening (resolves once notifications will arrive). */
  async start(): Promise<void> {
    this.stop = await this.store.listen(FEED_CHANNEL, (payload) => void this.onNotify(payload));
  }

  private async onNotify(payload: string): Promise<void> {
    const [clinicId, id] = payload.split(':');
    const listeners = clinicId ? this.byClinic.get(clinicId) : undefined;
    if (!listeners || listeners.size === 0) return;
    const row = await feedRow(this.store, Number(id)).catch(() => undefined);
    if (!row) return;
    for (const fn of listeners) fn(row);
  }

  /** Calls `fn` with every new row of the clinic until the returned function is called. */
  subscribe(clinicId: string, fn: FeedListener): () => void {
    const set = this.byClinic.get(clinicId) ?? new Set();
    set.add(fn);
    this.byClinic.set(clinicId, set);
    return () => {
      set.delete(fn);
      if (set.size === 0) this.byClinic.delete(clinicId);
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
