import { compareClinicKey } from '../domain/relay/clinic-key';
import { liveEnvelope, type LivePayload } from '../domain/relay/live-event';
import type { LiveState } from '../domain/relay/live-status';
import { LADDER_DEFAULTS } from '../domain/relay/limits';
import type { Entry } from '../domain/log/entry';
import { exportEntries } from '../domain/report/withhold';
import { writable, type Observable } from '../lib/observable';
import { sealLive } from '../platform/live-crypto';
import type { RelayReply } from '../platform/relay-client';
import type { LinkRow, OutboxRow } from '../storage/db';
import { listEntries } from '../storage/entries';
import { readLink, saveLink, saveOutboxRow, unsentEvents } from '../storage/outbox';
import type { LiveJob, SenderDeps } from './live-job';
import { queueFinalRecord, recordEvent } from './live-record';

// Sends a live session's events to the relay: in seq order, each sealed once to the clinic's
// key, retried with backoff while the relay cannot be reached. It never touches the log's own
// writes (the outbox row is already committed with its entry), so sending can never slow or
// block a check-in; it only reads the log and marks rows sent.

/** Waits between tries while the relay cannot be reached, seconds; the last one repeats. */
export const BACKOFF_S = [1, 2, 4, 8, 15, 30, 60] as const;

export type { LiveJob, SenderDeps } from './live-job';

type Outcome = 'done' | 'retry' | 'stop';

/** Sends one session at a time; `kick` it whenever the log grew or the network came back. */
export class LiveSender implements Observable<LiveState | undefined> {
  private readonly state = writable<LiveState | undefined>(undefined);
  private job: LiveJob | undefined;
  private running: Promise<void> | undefined;
  private again = false;
  private failures = 0;
  private cancelRetry: (() => void) | undefined;
  private keyChecked = false;
  private lastSentAt: number | undefined;

  constructor(private readonly deps: SenderDeps) {}

  get(): LiveState | undefined {
    return this.state.get();
  }

  subscribe(listener: (s: LiveState | undefined) => void): () => void {
    return this.state.subscribe(listener);
  }

  /** Share `job` (a new session replaces the one before); kicks at once. */
  follow(job: LiveJob | undefined): void {
    if (job?.sessionId !== this.job?.sessionId) {
      this.keyChecked = false;
      this.failures = 0;
      this.lastSentAt = undefined;
      this.state.set(undefined);
    }
    this.job = job;
    if (job) this.kick();
  }

  /** Send what is waiting now (a new entry, the network back, the app visible again). */
  kick(): Promise<void> {
    this.cancelRetry?.();
    this.cancelRetry = undefined;
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = this.loop().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  private async loop(): Promise<void> {
    do {
      this.again = false;
      const job = this.job;
      if (!job) return;
      const outcome = await this.drain(job).catch((): Outcome => 'retry');
      if (outcome === 'retry') this.scheduleRetry();
      if (outcome !== 'done') return;
      this.failures = 0;
    } while (this.again);
  }

  private scheduleRetry(): void {
    const base = BACKOFF_S[Math.min(this.failures, BACKOFF_S.length - 1)]!;
    this.failures++;
    this.cancelRetry = this.deps.later(base * 1000, () => void this.kick());
  }

  private setState(s: LiveState): void {
    this.state.set(s);
  }

  private offline(waiting: number): Outcome {
    this.setState({ kind: 'offline', waiting, lastSentAt: this.lastSentAt });
    return 'retry';
  }

  /** Send every unsent event of `job`, in order; says whether to retry, stop or rest. */
  private async drain(job: LiveJob): Promise<Outcome> {
    const { db, client } = this.deps;
    const rows = await unsentEvents(db, job.sessionId);
    const waiting = rows.length;
    if (!this.keyChecked) {
      const answer = await client.call('GET', `/clinics/${job.live.clinic.id}`);
      if (answer.status === 0 || answer.status >= 500) return this.offline(waiting);
      const check = compareClinicKey(
        job.live.clinic,
        answer.status === 200 ? answer.body : undefined,
      );
      if (check === 'changed') return this.stop({ kind: 'key-changed', waiting });
      if (check === 'unknown-clinic') return this.stop({ kind: 'refused', waiting });
      this.keyChecked = true;
    }
    const link = await this.linkFor(job);
    if (link === 'offline') return this.offline(waiting);
    if (link === 'refused') return this.stop({ kind: 'refused', waiting });
    await this.sendSubscription(link);
    if (rows.length > 0) this.setState({ kind: 'sending', waiting, lastSentAt: this.lastSentAt });
    let entries = job.entries;
    for (const [i, row] of rows.entries()) {
      const needsLog = !row.sealed && !row.record && !entries?.some((e) => e.seq === row.seq);
      if (needsLog) entries = await listEntries(db, job.sessionId);
      const sealed = row.sealed ? row : await this.seal(row, job, link, entries ?? []);
      if (!sealed) continue;
      const reply = await client.call('POST', `/sessions/${link.relaySessionId}/events`, {
        token: link.writeToken,
        body: { seq: row.seq, ...sealed.sealed },
      });
      const outcome = await this.afterPost(reply, sealed, rows.length - i);
      if (outcome !== 'done') return outcome;
    }
    // After the end, the signed record follows; queued once, then this loop sends its parts.
    if (await queueFinalRecord(this.deps, job, link)) this.again = true;
    this.setState(
      this.lastSentAt === undefined
        ? { kind: 'sending', waiting: 0 }
        : { kind: 'sent', lastSentAt: this.lastSentAt },
    );
    return 'done';
  }

  /** The session being shared, if any. */
  get current(): LiveJob | undefined {
    return this.job;
  }

  private stop(s: LiveState): Outcome {
    this.setState(s);
    return 'stop';
  }

  private async afterPost(reply: RelayReply, row: OutboxRow, waiting: number): Promise<Outcome> {
    const { db, clock } = this.deps;
    if (reply.status === 0 || reply.status >= 500 || reply.status === 429) {
      await saveOutboxRow(db, { ...row, attempts: row.attempts + 1 });
      return this.offline(waiting);
    }
    if (reply.status === 401 || reply.status === 403 || reply.status === 404)
      return this.stop({ kind: 'refused', waiting });
    // 200/201: stored (or already stored). 409: the relay holds this seq already, or the session
    // has ended there; 400: a body it will never take. Sending it again cannot help either way.
    const sentAt = clock();
    await saveOutboxRow(db, { ...row, state: 'sent', attempts: row.attempts + 1, sentAt });
    if (reply.status < 300) this.lastSentAt = sentAt;
    return 'done';
  }

  /** Hand the relay the backup alarm's subscription once it is known (it may come after). */
  private async sendSubscription(link: LinkRow & { relaySessionId: string; writeToken: string }) {
    if (link.subscription === undefined || link.subscriptionSent) return;
    const reply = await this.deps.client.call('PUT', `/sessions/${link.relaySessionId}/push`, {
      token: link.writeToken,
      body: { subscription: link.subscription },
    });
    if (reply.status === 200) await saveLink(this.deps.db, { ...link, subscriptionSent: true });
  }

  /** The relay session for `job`, opened on first use; its write token stays on this device. */
  private async linkFor(
    job: LiveJob,
  ): Promise<(LinkRow & { relaySessionId: string; writeToken: string }) | 'offline' | 'refused'> {
    const { db, client, clock } = this.deps;
    const link: LinkRow = (await readLink(db, job.sessionId)) ?? {
      sessionId: job.sessionId,
      watchers: [],
      acknowledged: [],
      updatedAt: clock(),
    };
    if (link.relaySessionId && link.writeToken)
      return { ...link, relaySessionId: link.relaySessionId, writeToken: link.writeToken };
    const reply = await client.call('POST', '/sessions', {
      body: {
        clinicId: job.live.clinic.id,
        missedAfterMin: LADDER_DEFAULTS.missedAfterMin,
        ...(link.subscription !== undefined && { subscription: link.subscription }),
      },
    });
    if (reply.status === 0 || reply.status >= 500 || reply.status === 429) return 'offline';
    const { sessionId, writeToken } = reply.body as { sessionId?: unknown; writeToken?: unknown };
    if (reply.status !== 201 || typeof sessionId !== 'string' || typeof writeToken !== 'string')
      return 'refused';
    const sent = link.subscription !== undefined;
    const next = {
      ...link,
      relaySessionId: sessionId,
      writeToken,
      subscriptionSent: sent,
      updatedAt: clock(),
    };
    await saveLink(db, next);
    return next;
  }

  /** Seal a queued row once and store it sealed, so every retry sends the same bytes. */
  private async seal(
    row: OutboxRow,
    job: LiveJob,
    link: { relaySessionId: string },
    entries: readonly Entry[],
  ): Promise<OutboxRow | undefined> {
    const made = row.record ? recordEvent(row.record) : await this.entryEvent(row, job, entries);
    if (!made) return undefined;
    const { envelope, payload } = made;
    const sealed = await sealLive(
      job.live.clinic.publicKey,
      { relaySessionId: link.relaySessionId, seq: row.seq, envelope },
      payload,
    );
    const next: OutboxRow = { ...row, state: 'sealed', sealed: { ...envelope, ...sealed } };
    await saveOutboxRow(this.deps.db, next);
    return next;
  }

  /** An entry's envelope and payload, from the log up to it. */
  private async entryEvent(row: OutboxRow, job: LiveJob, entries: readonly Entry[]) {
    const index = entries.findIndex((e) => e.seq === row.seq);
    if (index < 0) return undefined;
    const envelope = liveEnvelope(entries, index);
    const options = {
      includePatientWords: job.live.includePatientWords,
      includePatientEntries: job.live.includePatientEntries,
    };
    // Withheld as in an export: the clinic sees that a private entry exists, not its words.
    const shared = await exportEntries(entries.slice(0, index + 1), options, this.deps.sha256);
    const entry = shared[index]!;
    const payload: LivePayload = {
      v: 1,
      type: 'entry',
      entry,
      ...(row.seq === 0 && job.protocol && { protocol: job.protocol }),
    };
    return { envelope, payload };
  }
}
