import * as v from 'valibot';
import { childPath, type ImportProblem } from '../parse/untrusted-json';
import { objectEntriesOf, protocolFileSchema, PROTOCOL_KEYS } from '../protocol/schema';
import { ENTRY_DATA_SCHEMAS, KNOWN_KINDS } from './entry-data-schema';
import { RECORD_FORMAT, RECORD_VERSION } from './record-format';

// The shape of a session record file, checked after the format is recognised and before the chain
// is. Each problem names its place (`entries[12].seq`) and what was expected.

const notList = v.custom<Record<string, unknown>>((x) => !Array.isArray(x), 'must be an object');
const obj = <E extends v.ObjectEntries>(entries: E) => v.pipe(notList, v.object(entries));
// For the parts no hash or signature covers as a whole: an added field would ride along unsigned.
const exact = <E extends v.ObjectEntries>(entries: E) => v.pipe(notList, v.strictObject(entries));
const short = v.pipe(v.string(), v.maxLength(500));
const hex64 = v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/, 'must be 64 lowercase hex digits'));
const b64url = v.pipe(
  v.string(),
  v.maxLength(200),
  v.regex(/^[A-Za-z0-9_-]+$/, 'must be base64url'),
);
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;
const isoTime = v.pipe(v.string(), v.regex(ISO, 'must be an ISO 8601 time with offset'));

// The protocol as the provider file describes it; every field must be present in a record, but
// for the optional ones (a closing limit: without it the pre-dose limit applies).
const OPTIONAL_PROTOCOL_KEYS: readonly string[] = ['closingBp'];
const REQUIRED_PROTOCOL_KEYS = PROTOCOL_KEYS.filter((k) => !OPTIONAL_PROTOCOL_KEYS.includes(k));
const protocolEntries = objectEntriesOf(
  objectEntriesOf(protocolFileSchema)!.protocol,
) as v.ObjectEntries;
const protocol = v.pipe(
  obj(protocolEntries),
  v.check(
    (p) => REQUIRED_PROTOCOL_KEYS.every((k) => p[k] !== undefined),
    (issue) => {
      const missing = REQUIRED_PROTOCOL_KEYS.filter(
        (k) => (issue.input as Record<string, unknown>)[k] === undefined,
      );
      return `missing ${missing.join(', ')}`;
    },
  ),
);

const session = obj({
  id: short,
  createdAt: v.pipe(v.number(), v.integer()),
  people: obj({
    sitterName: v.pipe(v.string(), v.maxLength(2000)),
    patientName: v.optional(v.pipe(v.string(), v.maxLength(2000))),
  }),
  protocol,
  contacts: obj({
    providerName: short,
    providerPhone: short,
    emergencyNumber: short,
    medications: v.pipe(v.string(), v.maxLength(20_000)),
    allergies: v.pipe(v.string(), v.maxLength(20_000)),
  }),
});

/** Everything but the entries, which are checked one by one (see `entryProblems`). */
export const recordSchema = exact({
  format: v.literal(RECORD_FORMAT),
  version: v.literal(RECORD_VERSION),
  app: exact({ name: v.literal('Sitwell'), version: short }),
  exportedAt: isoTime,
  session,
  entries: v.pipe(v.array(v.unknown()), v.maxLength(200_000)),
  head: exact({
    sessionId: short,
    count: v.pipe(v.number(), v.integer(), v.minValue(0)),
    lastHash: v.union([v.literal(''), hex64]),
    exportedAt: isoTime,
    sessionHash: hex64,
  }),
  signature: exact({
    alg: v.literal('ES256'),
    publicKeyJwk: exact({ kty: v.literal('EC'), crv: v.literal('P-256'), x: b64url, y: b64url }),
    fingerprint: v.pipe(
      v.string(),
      v.regex(/^[0-9A-F]{4}(?:-[0-9A-F]{4}){3}$/, 'must look like AB12-CD34-EF56-7890'),
    ),
    value: b64url,
  }),
});

const header = {
  id: short,
  sessionId: short,
  seq: v.pipe(v.number(), v.integer(), v.minValue(0)),
  at: v.pipe(v.number(), v.integer()),
  tzOffset: v.pipe(v.number(), v.integer(), v.minValue(-840), v.maxValue(840)),
  kind: v.picklist(
    KNOWN_KINDS,
    `must be one of the ${KNOWN_KINDS.length} entry kinds Sitwell knows`,
  ),
  prevHash: v.union([v.literal(''), hex64]),
  hash: hex64,
};
const fullEntry = exact({ ...header, v: v.optional(v.literal(2)), data: v.unknown() });
const withheldEntry = exact({
  ...header,
  v: v.unknown(),
  dataHash: hex64,
  withheld: v.literal(true),
});

/** Problems with one entry of a record: its header, and its data for its kind (unless withheld). */
export function entryProblems(entry: unknown, index: number): ImportProblem[] {
  const base = childPath('entries', index);
  const withheld = (entry as { withheld?: unknown } | null)?.withheld !== undefined;
  const head = v.safeParse(withheld ? withheldEntry : fullEntry, entry);
  if (!head.success) return head.issues.map((i) => issueProblem(i, base));
  if (withheld) return [];
  const { kind, data } = head.output as { kind: keyof typeof ENTRY_DATA_SCHEMAS; data: unknown };
  const body = v.safeParse(ENTRY_DATA_SCHEMAS[kind], data);
  return body.success ? [] : body.issues.map((i) => issueProblem(i, childPath(base, 'data')));
}

/** Problems with the record apart from its entries. */
export function recordProblems(value: unknown): ImportProblem[] {
  const result = v.safeParse(recordSchema, value);
  return result.success ? [] : result.issues.map((i) => issueProblem(i, ''));
}

/** A valibot issue as a problem: "At entries[3].seq: expected number, got "3"." */
export function issueProblem(issue: v.BaseIssue<unknown>, base: string): ImportProblem {
  const keys = (issue.path ?? []).map((item) => item.key as string | number);
  const path = keys.reduce<string>((p, k) => childPath(p, k), base);
  const where = path === '' ? 'File' : `At ${path}`;
  if (issue.type === 'strict_object' && issue.expected === 'never')
    return { path, message: `${where}: not a field of a session record.` };
  if (issue.input === undefined && issue.path?.at(-1)?.origin === 'key')
    return { path, message: `${where}: missing.` };
  // valibot's own messages start "Invalid …"; ours (set above) say what the value must be.
  if (issue.message.startsWith('Invalid ')) {
    const expected = issue.expected ?? issue.type;
    return { path, message: `${where}: expected ${expected}, got ${issue.received}.` };
  }
  return { path, message: `${where}: got ${issue.received}, ${issue.message}.` };
}
