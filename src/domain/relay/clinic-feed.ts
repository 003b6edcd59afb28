import * as v from 'valibot';
import { EVENT_CLASSES } from './wire';

// What the relay tells a clinic device, read defensively: the session list, the alert list and
// each event of the stream. A frame that does not match is skipped, never half-used.

const id = v.pipe(v.string(), v.maxLength(100));
const ms = v.pipe(v.number(), v.integer());
const msOrNull = v.nullable(ms);
const alertKind = v.picklist(['overdue', 'emergency'] as const);

/** One row of `GET …/sessions`. */
export const BoardSessionSchema = v.object({
  id,
  state: v.string(),
  lastSeq: v.nullable(v.number()),
  nextDueAt: msOrNull,
  deadlineAt: msOrNull,
  updatedAt: ms,
  openAlerts: v.number(),
});

/** A session as the relay lists it. */
export type RelaySession = v.InferOutput<typeof BoardSessionSchema>;

/** One row of `GET …/alerts`: the audit list. */
export const AlertRowSchema = v.object({
  id,
  sessionId: id,
  kind: alertKind,
  deadlineAt: msOrNull,
  openedAt: ms,
  acknowledgedAt: msOrNull,
  acknowledgedBy: v.nullable(v.string()),
  closedAt: msOrNull,
  closedBy: v.nullable(v.string()),
});

/** An alert as the audit list shows it. */
export type AlertRow = v.InferOutput<typeof AlertRowSchema>;

const base = { sessionId: id, at: ms };

/** The data of each stream event, by its `event:` name. */
const FEED = {
  session: v.object({ ...base, state: v.string() }),
  event: v.object({
    ...base,
    seq: v.pipe(v.number(), v.integer(), v.minValue(0)),
    class: v.picklist(EVENT_CLASSES),
    nextDueAt: msOrNull,
    deadlineAt: v.optional(msOrNull),
    enc: v.string(),
    ciphertext: v.string(),
  }),
  alert: v.object({ ...base, alertId: id, kind: alertKind, deadlineAt: v.optional(msOrNull) }),
  acknowledged: v.object({ ...base, alertId: id, by: v.string() }),
  'alert-closed': v.object({ ...base, alertId: id, kind: alertKind, by: v.string() }),
} as const;

/** One stream event, read. */
export type FeedEvent = {
  [K in keyof typeof FEED]: { type: K; data: v.InferOutput<(typeof FEED)[K]> };
}[keyof typeof FEED];

/** A stream event read from its name and JSON data, or undefined (unknown, or malformed). */
export function readFeedEvent(event: string, data: string): FeedEvent | undefined {
  if (!Object.hasOwn(FEED, event)) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(data);
  } catch {
    return undefined;
  }
  const parsed = v.safeParse(FEED[event as keyof typeof FEED], json);
  return parsed.success ? ({ type: event, data: parsed.output } as FeedEvent) : undefined;
}

/** The relay's session list, rows that do not match left out. */
export function readSessionList(body: unknown): RelaySession[] {
  return listOf(body, 'sessions', BoardSessionSchema);
}

/** The relay's alert list, rows that do not match left out. */
export function readAlertList(body: unknown): AlertRow[] {
  return listOf(body, 'alerts', AlertRowSchema);
}

function listOf<S extends v.GenericSchema>(body: unknown, key: string, row: S) {
  const list = (body as Record<string, unknown> | null)?.[key];
  if (!Array.isArray(list)) return [];
  return list.flatMap((x) => {
    const r = v.safeParse(row, x);
    return r.success ? [r.output as v.InferOutput<S>] : [];
  });
}
