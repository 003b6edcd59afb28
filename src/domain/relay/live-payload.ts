import * as v from 'valibot';
import type { ExportedEntry } from '../log/entry';
import { DEFAULT_PROTOCOL } from '../protocol/protocol';
import { PROTOCOL_FILE_FORMAT, PROTOCOL_FILE_VERSION } from '../protocol/schema';
import { validateProtocolValue } from '../protocol/validation';
import { entryProblems } from '../report/record-schema';
import { RECORD_PART_CHARS, type LivePayload } from './live-event';

// What a clinic device decrypted, checked before anything of it is shown: a sealed payload
// proves only who could not have changed it, not that the sender's app wrote it well.

/** A payload that passed, or why it did not. */
export type PayloadReading = { ok: true; payload: LivePayload } | { ok: false; reason: string };

const MAX_PARTS = 1_000;
const recordPart = v.strictObject({
  v: v.literal(1),
  type: v.literal('record'),
  part: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_PARTS - 1)),
  parts: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(MAX_PARTS)),
  text: v.pipe(v.string(), v.maxLength(RECORD_PART_CHARS)),
});
const entryShell = v.strictObject({
  v: v.literal(1),
  type: v.literal('entry'),
  entry: v.unknown(),
  protocol: v.optional(v.unknown()),
});

const isObject = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * Reads a decrypted payload. An entry must have the shape of an exported record's entry (the
 * same checks as a received file), at the seq the relay placed it; a protocol must pass the
 * protocol file's own validation.
 */
export function readLivePayload(x: unknown, seq: number): PayloadReading {
  if (!isObject(x) || x.v !== 1) return { ok: false, reason: 'not a Sitwell live payload (v1)' };
  if (x.type === 'record') {
    const r = v.safeParse(recordPart, x);
    if (!r.success) return { ok: false, reason: 'a record part of the wrong shape' };
    if (r.output.part >= r.output.parts) return { ok: false, reason: 'a record part past its end' };
    return { ok: true, payload: r.output };
  }
  const shell = v.safeParse(entryShell, x);
  if (!shell.success) return { ok: false, reason: 'neither an entry nor a record part' };
  const problems = entryProblems(shell.output.entry, 0);
  if (problems.length > 0) return { ok: false, reason: problems[0]!.message };
  const entry = shell.output.entry as ExportedEntry;
  if (entry.seq !== seq) return { ok: false, reason: `an entry of seq ${entry.seq} at ${seq}` };
  if (shell.output.protocol === undefined)
    return { ok: true, payload: { v: 1, type: 'entry', entry } };
  const checked = validateProtocolValue({
    format: PROTOCOL_FILE_FORMAT,
    version: PROTOCOL_FILE_VERSION,
    protocol: shell.output.protocol,
  });
  if (!checked.ok) return { ok: false, reason: `its protocol: ${checked.problems[0]!.message}` };
  // A field the sender left out reads as Sitwell's default, as on the sitter's own device.
  const protocol = { ...DEFAULT_PROTOCOL, ...checked.values };
  return { ok: true, payload: { v: 1, type: 'entry', entry, protocol } };
}
