import type { EntryKind, ExportedEntry } from '../log/entry';
import { isWithheld } from '../log/entry';
import type { Sha256Hex } from '../log/hash-chain';
import { showBidiControls, stripBidiControlsDeep, visibleProblems } from '../parse/bidi';
import {
  groupDigits,
  parseUntrustedJson,
  structureProblems,
  utf8Length,
  type ImportProblem,
} from '../parse/untrusted-json';
import { fingerprintOf } from './fingerprint';
import { headProblem, linkProblem, orderProblem } from './record-chain';
import {
  MAX_RECORD_BYTES,
  RECORD_FORMAT,
  RECORD_VERSION,
  type SessionRecordFile,
} from './record-format';
import { entryProblems, recordProblems } from './record-schema';
import {
  sessionHashProblem,
  sessionProblem,
  signatureProblem,
  type SignatureCheck,
} from './record-signature';

// Opening a received session record: every check a provider needs before trusting it, in order,
// with the first failure said plainly. Pure: hashing and signature checking are passed in.

/** What kind of problem stopped a record from opening. */
export type RecordProblemKind =
  | 'too-large'
  | 'not-json'
  | 'not-sitwell'
  | 'newer-format'
  | 'malformed'
  | 'chain'
  | 'head'
  | 'signature';

/** Why a record does not open; `problems` lists every shape problem found (malformed only). */
export interface RecordProblem {
  kind: RecordProblemKind;
  message: string;
  entrySeq?: number;
  problems?: ImportProblem[];
}

declare const verified: unique symbol;

/** A record that passed every check; only `verifyRecord` makes one (storage requires it). */
export interface VerifiedRecord {
  ok: true;
  /** The signing key's fingerprint, computed from the key in the record. */
  fingerprint: string;
  document: SessionRecordFile;
  /** How many entries of each kind the patient withheld. */
  withheld: Partial<Record<EntryKind, number>>;
  /** The file's text as received. */
  text: string;
  readonly [verified]: true;
}

/** The outcome of opening a record. */
export type RecordVerdict = VerifiedRecord | { ok: false; problem: RecordProblem };

/** The checks that need WebCrypto. `verifySignature` must resolve false (never throw) for junk. */
export interface VerifyDeps {
  sha256: Sha256Hex;
  verifySignature: SignatureCheck;
}

/** Depth of the deepest record part (entries[i].data.answers.setting) with room to spare. */
const LIMITS = { maxDepth: 10, maxValues: 1_000_000, fileNoun: 'a session record' };

/** A problem when a file of `bytes` is too large to be a record; check before reading a File. */
export function recordSizeProblem(bytes: number): RecordProblem | undefined {
  if (bytes <= MAX_RECORD_BYTES) return undefined;
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
  const message = `The file is ${mb(bytes)}; a session record is at most ${mb(MAX_RECORD_BYTES)}.`;
  return { kind: 'too-large', message };
}

/**
 * Check a received record: size, JSON, format, shape, the order and links of its entries, each
 * entry's hash, the head (count, last hash, session details) and the signature. Never throws.
 * `expectedFingerprint`, when known (e.g. read out over the phone), must match the signing key.
 * The verified document's texts are stripped of bidirectional controls (names cannot be spoofed);
 * a refusal shows any it quotes as codes. `text` stays exactly as received.
 */
export async function verifyRecord(
  text: string,
  deps: VerifyDeps,
  options: { expectedFingerprint?: string } = {},
): Promise<RecordVerdict> {
  const verdict = await checkText(text, deps, options.expectedFingerprint);
  if (verdict.ok) return { ...verdict, document: stripBidiControlsDeep(verdict.document) };
  const { problem } = verdict;
  const shown: RecordProblem = { ...problem, message: showBidiControls(problem.message) };
  if (problem.problems) shown.problems = visibleProblems(problem.problems);
  return { ok: false, problem: shown };
}

async function checkText(
  text: string,
  deps: VerifyDeps,
  expectedFingerprint: string | undefined,
): Promise<RecordVerdict> {
  try {
    const tooLarge = recordSizeProblem(utf8Length(text));
    if (tooLarge) return { ok: false, problem: tooLarge };
    const parsed = parseUntrustedJson(text, MAX_RECORD_BYTES);
    if (!parsed.ok) return { ok: false, problem: notJson(parsed.problems) };
    const early = formatProblem(parsed.value) ?? shapeProblem(parsed.value);
    if (early) return { ok: false, problem: early };
    const doc = parsed.value as SessionRecordFile;
    return await checkRecord(doc, text, deps, expectedFingerprint);
  } catch (err) {
    const why = err instanceof Error ? err.message.slice(0, 120) : 'unknown error';
    return {
      ok: false,
      problem: { kind: 'malformed', message: `The record could not be read (${why}).` },
    };
  }
}

function notJson(problems: ImportProblem[]): RecordProblem {
  const why = problems[0]!.message.replace(/^File: /, '');
  return { kind: 'not-json', message: `This is not a Sitwell session record: ${why}` };
}

function formatProblem(value: unknown): RecordProblem | undefined {
  const format = (value as { format?: unknown } | null)?.format;
  if (typeof value !== 'object' || Array.isArray(value) || format !== RECORD_FORMAT) {
    const message =
      format === 'sitwell-protocol'
        ? 'This is a Sitwell protocol file, not a session record: ' +
          "open it in Settings → Provider's protocol."
        : 'This is not a Sitwell session record (it has no "format": "sitwell-session").';
    return { kind: 'not-sitwell', message };
  }
  const version = (value as { version?: unknown }).version;
  if (typeof version === 'number' && version > RECORD_VERSION) {
    const message =
      `This record has format version ${groupDigits(version)}, made by a newer Sitwell; ` +
      `this one reads version ${RECORD_VERSION}. Update Sitwell to open it.`;
    return { kind: 'newer-format', message };
  }
  return undefined;
}

function shapeProblem(value: unknown): RecordProblem | undefined {
  let problems = structureProblems(value, LIMITS);
  if (problems.length === 0) problems = recordProblems(value);
  const entries = (value as { entries?: unknown }).entries;
  if (problems.length === 0 && Array.isArray(entries)) {
    for (let i = 0; i < entries.length && problems.length < 20; i++)
      problems.push(...entryProblems(entries[i], i));
  }
  if (problems.length === 0) return undefined;
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
  return { kind: 'malformed', message: `${problems[0]!.message}${more}`, problems };
}

async function checkRecord(
  doc: SessionRecordFile,
  text: string,
  deps: VerifyDeps,
  expectedFingerprint: string | undefined,
): Promise<RecordVerdict> {
  const problem =
    sessionProblem(doc) ??
    orderProblem(doc.entries) ??
    (await linkProblem(doc.entries, doc.session.id, deps.sha256)) ??
    headProblem(doc.entries, doc.head) ??
    (await sessionHashProblem(doc, deps.sha256)) ??
    (await signatureProblem(doc, deps, expectedFingerprint));
  if (problem) return { ok: false, problem };
  const fingerprint = await fingerprintOf(doc.signature.publicKeyJwk, deps.sha256);
  const verdict = {
    ok: true,
    fingerprint,
    document: doc,
    withheld: withheldCounts(doc.entries),
    text,
  };
  return verdict as VerifiedRecord;
}

function withheldCounts(entries: readonly ExportedEntry[]): Partial<Record<EntryKind, number>> {
  const counts: Partial<Record<EntryKind, number>> = {};
  for (const e of entries) if (isWithheld(e)) counts[e.kind] = (counts[e.kind] ?? 0) + 1;
  return counts;
}
