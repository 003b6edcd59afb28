import * as v from 'valibot';
import { stripBidiControls, visibleProblems } from '../parse/bidi';
import {
  childPath,
  parseUntrustedJson,
  structureProblems,
  type ImportProblem,
} from '../parse/untrusted-json';
import { labelFor, PROTOCOL_FIELD_LABEL, boundMessage } from './fields';
import type { ClinicLink } from './clinic';
import type { Protocol } from './protocol';
import {
  objectEntriesOf,
  PROTOCOL_FILE_FORMAT,
  PROTOCOL_FILE_VERSION,
  PROTOCOL_KEYS,
  protocolFileSchema,
} from './schema';

/**
 * Field labels live with the rules; re-exported here because importers show them beside problems.
 */
export { PROTOCOL_FIELD_LABEL };

// Validation of a provider's protocol file. All or nothing: a file with any problem applies no
// value, and every problem is reported at once so the provider can fix the file in one pass.

/** Largest protocol file accepted, in UTF-8 bytes; checked before parsing. */
export const MAX_PROTOCOL_FILE_BYTES = 64 * 1024;

/** What a protocol file carries. */
export interface ProtocolFileContent {
  values: Partial<Protocol>;
  issuedBy?: string;
  /** ISO 8601 date or date-time, as written in the file. */
  issuedAt?: string;
  /** The clinic that may watch sessions live, when the provider named one. */
  clinic?: ClinicLink;
}

/** Result of validating an import: the values to apply, or every problem found. */
export type ProtocolImportResult =
  ({ ok: true } & ProtocolFileContent) | { ok: false; problems: ImportProblem[] };

// Root → protocol → preDoseBp/heartRate/bpRecheckMin: three levels of objects and lists.
const LIMITS = { maxDepth: 3, maxValues: 200 };
const MAX_LISTED_PROBLEMS = 20;

/**
 * Validate the text of a protocol file (from a file or a link); refuses oversized text before
 * parsing.
 */
export function validateProtocolText(input: string): ProtocolImportResult {
  const parsed = parseUntrustedJson(input, MAX_PROTOCOL_FILE_BYTES);
  if (!parsed.ok) return { ok: false, problems: visibleProblems(parsed.problems) };
  return validateProtocolValue(parsed.value);
}

/**
 * Validate an already parsed protocol file; `values` holds only the fields the file sets, its texts
 * stripped of bidirectional controls. Problems show such controls as codes.
 */
export function validateProtocolValue(input: unknown): ProtocolImportResult {
  const structural = structureProblems(input, LIMITS);
  if (structural.length > 0) return { ok: false, problems: visibleProblems(structural) };
  const result = v.safeParse(protocolFileSchema, input, { abortPipeEarly: true });
  const problems = [
    ...(result.issues ?? []).map(issueToProblem),
    ...unknownKeyProblems(input, protocolFileSchema, []),
  ];
  if (!result.success || problems.length > 0)
    return { ok: false, problems: visibleProblems(capped(problems)) };
  const { protocol, issuedBy, issuedAt, clinic } = result.output;
  const values: Partial<Protocol> = { ...protocol };
  for (const key of ['instructions', 'providerName', 'providerPhone'] as const) {
    const text = values[key];
    if (text !== undefined) values[key] = stripBidiControls(text);
  }
  return {
    ok: true,
    values,
    ...(issuedBy !== undefined && { issuedBy: stripBidiControls(issuedBy) }),
    ...(issuedAt !== undefined && { issuedAt }),
    ...(clinic !== undefined && { clinic: { ...clinic, name: stripBidiControls(clinic.name) } }),
  };
}

/** Build the file object for a set of protocol values; fields keep the Protocol's order. */
export function protocolFileObject(
  values: Partial<Protocol>,
  issuedBy?: string,
  issuedAt?: string,
  clinic?: ClinicLink,
) {
  const protocol: Record<string, unknown> = {};
  for (const key of PROTOCOL_KEYS) {
    if (values[key] !== undefined) protocol[key] = values[key];
  }
  return {
    format: PROTOCOL_FILE_FORMAT,
    version: PROTOCOL_FILE_VERSION,
    issuedBy,
    issuedAt,
    protocol,
    clinic,
  };
}

/**
 * Serialise protocol values as a pretty-printed protocol file; validate it before handing it out.
 */
export function serializeProtocolFile(
  values: Partial<Protocol>,
  issuedBy?: string,
  issuedAt?: string,
  clinic?: ClinicLink,
): string {
  // JSON.stringify drops the undefined optional fields.
  const file = protocolFileObject(values, issuedBy, issuedAt, clinic);
  return `${JSON.stringify(file, null, 2)}\n`;
}

function issueToProblem(issue: v.BaseIssue<unknown>): ImportProblem {
  const keys = (issue.path ?? []).map((item) => item.key as string | number);
  const path = keys.reduce<string>((p, k) => childPath(p, k), '');
  const missing = issue.path?.at(-1)?.origin === 'key' && issue.input === undefined;
  // The clinic's fields carry their own messages (clinic.ts); a missing one is named here.
  if (keys[0] === 'clinic' && missing)
    return { path, message: `Clinic, ${String(keys.at(-1))}: missing; ask the clinic again.` };
  if (issue.type === 'check' || keys[0] === 'clinic') return { path, message: issue.message };
  return { path, message: boundMessage(keys, missing ? undefined : { got: issue.input }) };
}

// valibot's object schema drops unknown keys silently; a provider's typo must not vanish unnoticed.
function unknownKeyProblems(input: unknown, schema: unknown, pathKeys: string[]): ImportProblem[] {
  const entries = objectEntriesOf(schema);
  if (!entries || typeof input !== 'object' || input === null || Array.isArray(input)) return [];
  const path = pathKeys.reduce<string>((p, k) => childPath(p, k), '');
  return Object.entries(input).flatMap(([key, value]) => {
    const at = childPath(path, key);
    if (Object.hasOwn(entries, key))
      return unknownKeyProblems(value, entries[key], [...pathKeys, key]);
    const allowed = Object.keys(entries).join(', ');
    const where = path === '' ? 'the file' : labelFor(pathKeys);
    return [
      { path: at, message: `Unknown field "${key}" in ${where}: must be one of ${allowed}.` },
    ];
  });
}

function capped(problems: ImportProblem[]): ImportProblem[] {
  if (problems.length <= MAX_LISTED_PROBLEMS) return problems;
  const more = problems.length - MAX_LISTED_PROBLEMS;
  return [
    ...problems.slice(0, MAX_LISTED_PROBLEMS),
    { path: '', message: `… and ${more} more problems.` },
  ];
}
