import * as v from 'valibot';
import { LIMITS } from './limits';

// The relay's wire format: every body the relay accepts, shared by the relay (which validates)
// and the app (which builds them). Nothing here carries a word of the log: content travels only
// as HPKE ciphertext to the clinic's public key.

/** The event classes the relay may see (the only thing it knows of an event besides its times). */
export const EVENT_CLASSES = [
  'started',
  'check-in',
  'missed',
  'escalation',
  'emergency',
  'resolved',
  'ended',
  'record',
] as const;

/** One of EVENT_CLASSES. */
export type EventClass = (typeof EVENT_CLASSES)[number];

const base64url = (max: number, min = 1) =>
  v.pipe(
    v.string('must be a string'),
    v.minLength(min, `must be at least ${min} characters`),
    v.maxLength(max, `must be at most ${max} characters`),
    v.regex(/^[A-Za-z0-9_-]*$/, 'must be base64url (A-Z a-z 0-9 - _, no padding)'),
  );

const exactBase64url = (length: number) =>
  v.pipe(base64url(length, length), v.length(length, `must be ${length} characters`));

const epochMs = v.pipe(
  v.number('must be a number'),
  v.integer('must be a whole number of milliseconds'),
  v.minValue(LIMITS.minEpochMs, 'must be a time after 2020'),
  v.maxValue(LIMITS.maxEpochMs, 'must be a time before 2100'),
);

const label = v.pipe(
  v.string('must be a string'),
  v.trim(),
  v.minLength(1, 'must not be empty'),
  v.maxLength(LIMITS.labelChars, `must be at most ${LIMITS.labelChars} characters`),
);

const minutes = (min: number, max: number) =>
  v.pipe(
    v.number('must be a number'),
    v.integer('must be whole minutes'),
    v.minValue(min, `must be at least ${min}`),
    v.maxValue(max, `must be at most ${max}`),
  );

/** An uncompressed P-256 public key (65 bytes) in base64url: 87 characters. */
export const P256_PUBLIC_KEY = exactBase64url(87);

/** A UUID as the relay makes them (lower-case hex). */
export const UUID = v.pipe(v.string('must be a string'), v.uuid('must be a UUID'));

/** A browser's PushSubscription.toJSON(), as the relay stores it. */
export const PushSubscriptionSchema = v.object({
  endpoint: v.pipe(
    v.string('must be a string'),
    v.maxLength(LIMITS.endpointChars, `must be at most ${LIMITS.endpointChars} characters`),
    v.url('must be a URL'),
    v.regex(/^https?:\/\//, 'must be an http(s) URL'),
  ),
  expirationTime: v.optional(v.nullable(v.number('must be a number or null'))),
  keys: v.object({ p256dh: P256_PUBLIC_KEY, auth: base64url(24, 16) }),
});

/** A push subscription as stored and handed to web-push. */
export type PushSubscriptionJSON = v.InferOutput<typeof PushSubscriptionSchema>;

/** POST /api/v1/clinics: the relay's owner opens a clinic (with the set-up code). */
export const ClinicCreateSchema = v.object({
  name: label,
  publicKey: P256_PUBLIC_KEY,
  deviceLabel: v.optional(label),
});

/** POST /api/v1/clinics/:id/devices: a clinic device adds another device. */
export const DeviceCreateSchema = v.object({ label: v.optional(label) });

/** PUT …/push: where to send this device's (or sitter's, or watcher's) push messages. */
export const PushPutSchema = v.object({ subscription: v.nullable(PushSubscriptionSchema) });

/**
 * POST /api/v1/sessions: the sitter's app opens a session with the clinic named in the protocol.
 * The minutes come from the protocol; their defaults are in limits.ts.
 */
export const SessionCreateSchema = v.object({
  clinicId: UUID,
  missedAfterMin: v.optional(minutes(1, 60)),
  clinicAfterMin: v.optional(minutes(0, 30)),
  backupAfterMin: v.optional(minutes(1, 120)),
  subscription: v.optional(v.nullable(PushSubscriptionSchema)),
});

/** POST /api/v1/sessions/:id/events: one log entry's event, idempotent by (session, seq). */
export const EventPostSchema = v.object({
  seq: v.pipe(
    v.number('must be a number'),
    v.integer('must be a whole number'),
    v.minValue(0, 'must be 0 or more'),
    v.maxValue(LIMITS.maxSeq, `must be at most ${LIMITS.maxSeq}`),
  ),
  class: v.picklist(EVENT_CLASSES, `must be one of ${EVENT_CLASSES.join(', ')}`),
  at: epochMs,
  nextDueAt: v.nullable(epochMs),
  /** The HPKE encapsulated key (an uncompressed P-256 point). */
  enc: P256_PUBLIC_KEY,
  ciphertext: base64url(LIMITS.ciphertextChars),
});

/** An event body as validated. */
export type EventPost = v.InferOutput<typeof EventPostSchema>;

/** POST /api/v1/sessions/:id/watchers: the sitter makes a watch link for a backup contact. */
export const WatcherCreateSchema = v.object({ label: v.optional(label) });

/** POST /api/v1/sessions/:id/ack: "I'm calling" from a clinic device or the backup contact. */
export const AckSchema = v.object({ alertId: v.optional(UUID) });

/** The first problem with a body, as the relay answers it: the field's dotted path and why. */
export interface FieldProblem {
  field: string;
  message: string;
}

/** Validates `input` against `schema`: the output, or the first problem naming its field. */
export function parseBody<S extends v.GenericSchema>(
  schema: S,
  input: unknown,
): { ok: true; value: v.InferOutput<S> } | { ok: false; problem: FieldProblem } {
  const result = v.safeParse(schema, input);
  if (result.success) return { ok: true, value: result.output };
  const issue = result.issues[0];
  const path = issue.path?.map((p) => String(p.key)).join('.') ?? '';
  return { ok: false, problem: { field: path || 'body', message: issue.message } };
}

/** `GET /api/v1/push/key`'s VAPID public key, or undefined when the body is not one. */
export function readPushKey(body: unknown): string | undefined {
  const key = (body as { publicKey?: unknown } | null)?.publicKey;
  const parsed = v.safeParse(P256_PUBLIC_KEY, key);
  return parsed.success ? parsed.output : undefined;
}

/** A browser's subscription JSON as the relay accepts it, or undefined when it is not one. */
export function readPushSubscription(json: unknown): PushSubscriptionJSON | undefined {
  const parsed = v.safeParse(PushSubscriptionSchema, json);
  return parsed.success ? parsed.output : undefined;
}
