import { isValid, parseISO } from 'date-fns';
import * as v from 'valibot';
import { PROTOCOL_BOUNDS, PROTOCOL_FIELD_LABEL, boundMessage, type Range } from './fields';
import {
  intervalTooLongMessage,
  MAX_INTERVAL_MIN,
  MIN_MONITORING_MIN,
  monitoringTooShortMessage,
} from './limits';
import { clinicSchema } from './clinic';
import type { Protocol } from './protocol';

// The valibot schema of a protocol file: { "format": "sitwell-protocol", "version": 1, "protocol":
// {…}, "issuedBy"?: "…", "issuedAt"?: "…" }

/** The file's `format` marker. */
export const PROTOCOL_FILE_FORMAT = 'sitwell-protocol';
/** The file version this app reads and writes. */
export const PROTOCOL_FILE_VERSION = 1;

// valibot's object() also takes arrays; a list where an object belongs must be refused as such.
const notList = v.custom<Record<string, unknown>>((x) => !Array.isArray(x));
const record = <E extends v.ObjectEntries>(entries: E) => v.pipe(notList, v.object(entries));

const whole = (r: Range) => v.pipe(v.number(), v.integer(), v.minValue(r.min), v.maxValue(r.max));
const text = (max: number) => v.pipe(v.string(), v.maxLength(max));

// The clinical side of each range is a check with its own reason and basis (limits.ts); the other
// side only catches typos and gets the general message.
const interval = v.pipe(
  v.number(),
  v.integer(),
  v.minValue(PROTOCOL_BOUNDS.intervalMin.min),
  v.check(
    (n) => n <= MAX_INTERVAL_MIN,
    (issue) => intervalTooLongMessage(issue.input as number),
  ),
);
const monitoring = v.pipe(
  v.number(),
  v.integer(),
  v.check(
    (n) => n >= MIN_MONITORING_MIN,
    (issue) => monitoringTooShortMessage(issue.input as number),
  ),
  v.maxValue(PROTOCOL_BOUNDS.minMonitoringMin.max),
);

// Cross-field checks carry their own message; every other message comes from protocol-rules by
// path.
function bpLimit(field: 'preDoseBp' | 'sessionBp' | 'closingBp') {
  const b = PROTOCOL_BOUNDS;
  return v.pipe(
    record({ systolic: whole(b.systolic), diastolic: whole(b.diastolic) }),
    v.check(
      (bp) => bp.systolic > bp.diastolic,
      (issue) => {
        const bp = issue.input as { systolic: number; diastolic: number };
        const rule = 'the top number (systolic) must be higher than the bottom number (diastolic)';
        return `${PROTOCOL_FIELD_LABEL[field]}: got ${bp.systolic}/${bp.diastolic}, ${rule}.`;
      },
    ),
  );
}

const heartRate = v.pipe(
  record({ min: whole(PROTOCOL_BOUNDS.heartRateMin), max: whole(PROTOCOL_BOUNDS.heartRateMax) }),
  v.check(
    (hr) => hr.min < hr.max,
    (issue) => {
      const hr = issue.input as { min: number; max: number };
      return (
        `${PROTOCOL_FIELD_LABEL.heartRate}: got ${hr.min} to ${hr.max}, the lowest must be ` +
        `below the highest.`
      );
    },
  ),
);

// Length is checked before the items, so a long hostile list yields one problem, not hundreds.
const bpRecheck = v.pipe(
  v.array(v.unknown()),
  v.maxLength(PROTOCOL_BOUNDS.bpRecheckCount),
  v.array(whole(PROTOCOL_BOUNDS.bpRecheck)),
  v.check(
    (list) => list.every((m, i) => i === 0 || m > list[i - 1]!),
    (issue) => {
      const got = `[${(issue.input as number[]).join(', ')}]`;
      return (
        `${PROTOCOL_FIELD_LABEL.bpRecheckMin}: got ${got}, must be in ascending order with ` +
        `no repeats.`
      );
    },
  ),
);

// Empty (no phone given, as in the defaults) or 3–20 digits with an optional leading + and only
// spaces, dashes, dots or parentheses. Each repetition takes exactly one digit: no bad
// backtracking.
const DIALABLE = /^(?:\+?(?:[ ().-]*\d){3,20}[ ().-]*)?$/;

const protocolEntries = {
  intervalMin: v.optional(interval),
  minMonitoringMin: v.optional(monitoring),
  preDoseBp: v.optional(bpLimit('preDoseBp')),
  closingBp: v.optional(bpLimit('closingBp')),
  sessionBp: v.optional(bpLimit('sessionBp')),
  heartRate: v.optional(heartRate),
  spo2Min: v.optional(whole(PROTOCOL_BOUNDS.spo2Min)),
  bpRecheckMin: v.optional(bpRecheck),
  bpBeforeEnd: v.optional(v.boolean()),
  instructions: v.optional(text(PROTOCOL_BOUNDS.instructionsChars)),
  providerName: v.optional(text(PROTOCOL_BOUNDS.providerNameChars)),
  providerPhone: v.optional(
    v.pipe(v.string(), v.maxLength(PROTOCOL_BOUNDS.providerPhoneChars), v.regex(DIALABLE)),
  ),
} satisfies Record<keyof Protocol, v.GenericSchema>;

/** Protocol field names in their canonical order. */
export const PROTOCOL_KEYS = Object.keys(protocolEntries) as (keyof Protocol)[];

const ISO_DATE =
  /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2})?)?$/;

/** The whole protocol file. Messages for most issues come from protocol-rules, by path. */
export const protocolFileSchema = record({
  format: v.literal(PROTOCOL_FILE_FORMAT),
  version: v.literal(PROTOCOL_FILE_VERSION),
  protocol: record(protocolEntries),
  issuedBy: v.optional(text(PROTOCOL_BOUNDS.issuedByChars)),
  // date-fns rejects impossible dates such as 2025-02-30 that the pattern alone would let through.
  issuedAt: v.optional(
    v.pipe(
      v.string(),
      v.regex(ISO_DATE),
      v.check(
        (s) => isValid(parseISO(s)),
        (issue) => boundMessage(['issuedAt'], { got: issue.input }),
      ),
    ),
  ),
  // The clinic for live oversight (optional: without it the session stays on this device).
  clinic: v.optional(clinicSchema),
});

type SchemaParts = {
  type?: string;
  wrapped?: unknown;
  pipe?: SchemaParts[];
  entries?: Record<string, unknown>;
};

/** The entries of an object schema, looking through optional and pipe wrappers. */
// Reads valibot's public schema properties: `wrapped` of optional, `pipe` of a pipe, `entries` of
// object. Pipes nest only as deep as this file writes them, so the recursion is shallow.
export function objectEntriesOf(schema: unknown): Record<string, unknown> | undefined {
  const s = schema as SchemaParts;
  if (s.type === 'optional') return objectEntriesOf(s.wrapped);
  if (s.type === 'object') return s.entries;
  for (const item of s.pipe ?? []) {
    const entries = objectEntriesOf(item);
    if (entries) return entries;
  }
  return undefined;
}
