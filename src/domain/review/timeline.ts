import { wordsAgreement } from '../before/prep';
import { resolutionLabel } from '../escalation/resolution';
import { ESCALATION_RULES } from '../escalation/rules';
import { wordingFor } from '../escalation/wording';
import { clockMadeMissed } from '../log/clock-changes';
import { applyCorrections } from '../log/corrections';
import { type AnyEntry, type Entry, type EntryData } from '../log/entry';
import { doseAtOf, inSeqOrder, readyAtOf } from '../log/log-queries';
import { foldSession } from '../log/session-fold';
import type { Protocol } from '../protocol/protocol';
import {
  checkInMark,
  deepSeqsOf,
  groundingSpans,
  inwardSpans,
  peakOf,
  type CheckInMark,
  type InwardSpan,
  type Span,
} from './check-in-marks';

// The patient's timeline of one session, derived from its log: what happened when, ready for a
// chart and for sentences. Emergencies and calls stay in it exactly as they were logged.

/** Something noted at a moment (a sitter's note, or the patient's words as written down). */
export interface Moment {
  at: number;
  text: string;
}

/** An escalation as shown to the sitter, with its reasons in plain words. */
export interface EscalationMark {
  at: number;
  tier: EntryData['escalation-shown']['tier'];
  ruleIds: string[];
  reasons: string[];
}

/** What the sitter did about an escalation (a call, resolving it, the provider's go-ahead). */
export interface ActionMark {
  at: number;
  action: EntryData['escalation-action']['action'];
  text?: string;
  /** For a resolved emergency: how it ended, in words, when the sitter said. */
  outcome?: string;
}

/** The whole timeline. Times are epoch ms; `from`–`to` is the range a chart should draw. */
export interface SessionTimeline {
  sitterName: string;
  patientName?: string;
  startedAt?: number;
  endedAt?: number;
  /** The latest recorded dose, else the session start (see `doseRecorded`). */
  doseAt?: number;
  doseRecorded: boolean;
  readyAt?: number;
  from: number;
  to: number;
  checkIns: CheckInMark[];
  /** Due times of missed check-ins. */
  missed: number[];
  inward: InwardSpan[];
  /** The longest inward span. */
  peak?: InwardSpan;
  grounding: Span[];
  notes: Moment[];
  /**
   * Whether the patient's words are shown: unless the preparation agreement said not to write
   * them down (a sitter who was not asked marks each note of their words as such when writing it).
   */
  wordsAllowed: boolean;
  /** The patient's words as the sitter wrote them down; always empty unless `wordsAllowed`. */
  words: Moment[];
  escalations: EscalationMark[];
  actions: ActionMark[];
}

/** Plain reasons for an escalation, from each rule's wording (unknown rules are skipped). */
export function reasonsFor(ruleIds: readonly string[]): string[] {
  return ruleIds.flatMap((id) => {
    const rule = ESCALATION_RULES.find((r) => r.id === id);
    const reason = rule && wordingFor(rule.wordingKey)?.reason;
    return reason ? [reason] : [];
  });
}

/** Whether the look back shows the patient's words: unless the agreement said not to note them. */
export function wordsShown(entries: readonly Entry[]): boolean {
  return wordsAgreement(entries) !== 'no';
}

function moments(log: readonly AnyEntry[], wordsAllowed: boolean) {
  const notes: Moment[] = [];
  const words: Moment[] = [];
  for (const e of log) {
    if (e.kind === 'note' && e.data.text.trim()) notes.push({ at: e.at, text: e.data.text.trim() });
    if (e.kind === 'check-in' && e.data.note?.trim())
      notes.push({ at: e.at, text: e.data.note.trim() });
    if (e.kind === 'patient-words' && wordsAllowed && e.data.text.trim())
      words.push({ at: e.at, text: e.data.text.trim() });
  }
  return { notes, words };
}

function escalationsOf(log: readonly AnyEntry[]) {
  const escalations: EscalationMark[] = [];
  const actions: ActionMark[] = [];
  for (const e of log) {
    if (e.kind === 'escalation-shown') {
      const { tier, ruleIds } = e.data;
      escalations.push({ at: e.at, tier, ruleIds, reasons: reasonsFor(ruleIds) });
    } else if (e.kind === 'escalation-action') {
      const text = e.data.text?.trim();
      const outcome = e.data.action === 'resolved' ? resolutionLabel(e.data.outcome) : undefined;
      actions.push({
        at: e.at,
        action: e.data.action,
        ...(text && { text }),
        ...(outcome && { outcome }),
      });
    }
  }
  return { escalations, actions };
}

/** The timeline of a session; pass `now` for a session still running (it then stops at `now`). */
export function sessionTimeline(
  entries: readonly Entry[],
  protocol: Protocol,
  now?: number,
): SessionTimeline {
  const log = applyCorrections(inSeqOrder(entries)).entries as readonly AnyEntry[];
  const fold = foldSession(log);
  const doseAt = doseAtOf(log);
  const checkIns = log.filter((e) => e.kind === 'check-in').map(checkInMark);
  const first = Math.min(...[fold.startedAt, doseAt, log[0]?.at].filter((t) => t !== undefined));
  const from = Number.isFinite(first) ? first : (now ?? 0);
  const to = Math.max(from, fold.endedAt ?? now ?? fold.lastEntryAt ?? from);
  const inward = inwardSpans(checkIns, deepSeqsOf(log));
  const wordsAllowed = wordsShown(log);
  return {
    sitterName: fold.sitterName,
    patientName: fold.patientName || undefined,
    startedAt: fold.startedAt,
    endedAt: fold.endedAt,
    doseAt,
    doseRecorded: fold.doseAt !== undefined,
    readyAt: doseAt === undefined ? undefined : readyAtOf(log, doseAt, protocol.minMonitoringMin),
    from,
    to,
    checkIns,
    missed: withoutClockMade(fold.missedDueAts, log),
    inward,
    peak: peakOf(inward),
    grounding: groundingSpans(log, to),
    wordsAllowed,
    ...moments(log, wordsAllowed),
    ...escalationsOf(log),
  };
}

/** Missed due times, leaving out those only a device clock jump produced. */
function withoutClockMade(dueAts: readonly number[], log: readonly Entry[]): number[] {
  const made = clockMadeMissed(log);
  return dueAts.filter((d) => !made.has(d));
}
