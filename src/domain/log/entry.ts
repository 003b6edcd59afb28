import type { Observation, Vitals } from './observation';
import type { ResolutionOutcome } from './resolution-outcome';

// The session log. Kinds are never repurposed; new ones are added. Payload shapes only grow
// (new optional fields), because old logs must stay readable and their hashes verifiable.

/** Payload of each entry kind. */
export interface EntryData {
  'session-started': {
    sitterName: string;
    patientName?: string;
    intervalMin: number;
    preAlert: boolean;
    /** Started with the dose held (e.g. a very high reading before it); a dose may follow. */
    withoutDose?: true;
  };
  'prep-completed': { answers: Record<string, unknown> };
  /** `doseAt` is when the dose was taken (may be earlier than the entry itself). */
  'dose-recorded': { doseAt: number; medication?: string; route?: string; amount?: string };
  /**
   * `level`: due = first alarm for a due time; urgent = 2 min overdue; pre = the one-minute chime.
   */
  'alarm-raised': { dueAt: number; level: 'pre' | 'due' | 'urgent' };
  'check-in': { observation: Observation; vitals?: Vitals; note?: string; quick?: boolean };
  vitals: { vitals: Vitals; context?: 'pre-dose' | 'recheck' | 'closing' | 'other' };
  /** Recorded 5 min after `dueAt` with no check-in; `lateMs` is how late it was when recorded. */
  'check-in-missed': { dueAt: number; lateMs: number };
  /** `because`: what the rules relied on, in plain words, as the screen named it. */
  'escalation-shown': {
    ruleIds: string[];
    tier: 'emergency' | 'call-provider' | 'support';
    because?: string[];
  };
  'escalation-action': {
    action:
      | 'called-emergency'
      | 'called-provider'
      | 'resolved'
      | 'provider-approved'
      /** The sitter tried and could not reach the provider. */
      | 'provider-not-reached'
      /** A try that did not reach the provider while the 10 minutes still run (no outcome). */
      | 'provider-no-answer'
      | 'other';
    ruleIds?: string[];
    /** The sitter's own words about the action (for 'resolved': what happened, optional). */
    text?: string;
    /** On 'resolved': how the emergency ended, as the sitter chose (newer; older logs lack it). */
    outcome?: ResolutionOutcome;
  };
  /** A "Something's wrong" answer. */
  'situation-reported': { situation: string; text?: string };
  'grounding-used': { reason?: string };
  note: { text: string };
  'app-hidden': Record<string, never>;
  'app-visible': { hiddenMs?: number };
  /**
   * The device clock jumped (see clock-changes.ts): `deltaMs` is how far (negative: set
   * back), `offsetMs` how far the session's own count is from the device clock from now on,
   * `wallAt` the device clock then; `undoes` the seq of the jump ahead that this setback undid.
   */
  'clock-changed': { deltaMs: number; offsetMs: number; wallAt: number; undoes?: number };
  /**
   * Corrects entry `targetSeq`; the original entry stays in the log. `changes` (structured
   * corrections) replace single answers or readings: every figure then uses the new value.
   */
  correction: { targetSeq: number; text: string; changes?: CorrectionChange[] };
  /**
   * Answers to warning-sign questions, e.g. after a very high blood pressure; `signs` empty = none.
   */
  'warning-signs-checked': { context: 'bp-crisis'; signs: string[] };
  /** The next check-in is brought forward to `dueAt` (a re-check), for `reason`. */
  'recheck-scheduled': {
    dueAt: number;
    reason: 'responsiveness' | 'bp-crisis' | 'bp-predose' | 'distress' | 'airway';
    ruleIds?: string[];
  };
  /** What the patient said, written down by the sitter (only when the patient agreed to notes). */
  'patient-words': { text: string };
  /** The patient's own intention for the session, in their words. */
  'patient-intention': { text: string };
  /** The patient's own mood, 0 (worst) to 10 (best), before or after the session. */
  'patient-mood': { moment: 'before' | 'after'; score: number };
  /** The patient's own reflection: free text and optional prompted answers. */
  'patient-reflection': { text?: string; prompts?: Record<string, string> };
  'reminder-done': { reminderId: string };
  'reminder-skipped': { reminderId: string; reason?: string };
  'session-ended': { criteria?: Record<string, boolean>; reason?: string };
  /**
   * The sitter's and the patient's answer to sharing this session live with the clinic the
   * protocol names (the clinic's name and key fingerprint as shown); the patient's private
   * entries go only when ticked, as in an export.
   */
  'live-link': {
    decision: 'agreed' | 'declined';
    clinicId: string;
    clinicName: string;
    fingerprint: string;
    includePatientWords?: boolean;
    includePatientEntries?: boolean;
  };
  /** The clinic (or the backup contact) acknowledged an alert: someone will call the sitter. */
  'clinic-acknowledged': { alertId: string; by: string; ackAt: number };
}

/** One field a structured correction replaces: `field` names it (e.g. `vitals.systolic`). */
export interface CorrectionChange {
  field: string;
  from?: string | number;
  to: string | number;
}

/** Every entry kind. */
export type EntryKind = keyof EntryData;

/**
 * The fields an entry has before it is chained (what a caller supplies plus what storage assigns).
 */
export interface UnsignedEntry<K extends EntryKind = EntryKind> {
  id: string;
  sessionId: string;
  seq: number;
  /** Epoch milliseconds when the entry was written. */
  at: number;
  /** Minutes east of UTC at `at` (the negation of Date#getTimezoneOffset). */
  tzOffset: number;
  kind: K;
  data: EntryData[K];
  /** Hash of the previous entry in this session; '' for the first. */
  prevHash: string;
  /**
   * Hash scheme: 2 = the data is hashed on its own first (see hash-chain.ts), so an entry can later
   * be withheld from an export and still be verified. Absent on entries written before it existed.
   */
  v?: 2;
}

/** A stored log entry, chained by `hash` (see hash-chain.ts for both schemes). */
export interface Entry<K extends EntryKind = EntryKind> extends UnsignedEntry<K> {
  hash: string;
  /**
   * The user action (or the automatic event) this entry records; storage refuses a second entry
   * with the same one, so a double tap writes once. Not hashed: it only guards against repeats.
   */
  actionId?: string;
}

/** Any entry, discriminated by `kind`, so `switch (e.kind)` narrows `e.data`. */
export type AnyEntry = { [K in EntryKind]: Entry<K> }[EntryKind];

/** Narrow an entry to one kind. */
export function isKind<K extends EntryKind>(e: Entry, kind: K): e is Entry<K> {
  return e.kind === kind;
}

/** Whether an entry is in the log for good: entries still waiting to be saved carry no hash. */
export function isSaved(e: Entry): boolean {
  return e.hash !== '';
}

/** An entry to write, before storage gives it its place in the log. */
export type EntryInput = { [K in EntryKind]: { kind: K; data: EntryData[K] } }[EntryKind];

/** Kinds the patient may withhold from an export: their words and entries, never observations. */
export const WITHHOLDABLE_KINDS: ReadonlySet<EntryKind> = new Set<EntryKind>([
  'patient-words',
  'patient-intention',
  'patient-mood',
  'patient-reflection',
]);

/**
 * An entry left out of an export: everything but its data, plus the hash of that data, so its kind,
 * time and place in the chain are still proven. Only v2 entries of a withholdable kind qualify.
 */
export interface WithheldEntry extends Omit<Entry, 'data' | 'v'> {
  v: 2;
  dataHash: string;
  withheld: true;
}

/** An entry as it appears in an export: complete, or withheld. */
export type ExportedEntry = Entry | WithheldEntry;

/** Whether an exported entry is a withheld one. */
export function isWithheld(e: ExportedEntry): e is WithheldEntry {
  return (e as Partial<WithheldEntry>).withheld === true;
}
