import { DEFAULT_PROTOCOL } from '../protocol/protocol';
import type { AnyEntry, Entry, EntryData } from './entry';
import type { Vitals } from './observation';

// Everything the screens show about a session is derived here from its log, in one pass.

/** A stretch the app spent off screen; `to` and `ms` are absent while it still is. */
export interface HiddenPeriod {
  from: number;
  to?: number;
  ms?: number;
}

/** A measured value with when and where in the log it was taken. */
export interface TimedValue {
  value: number;
  at: number;
  seq: number;
}

/** The latest value of each vital sign, field by field. */
export type LatestVitals = Partial<Record<keyof Vitals, TimedValue>>;

/** Alarm levels as logged. */
export type AlarmLevel = EntryData['alarm-raised']['level'];

/** The derived state of one session. */
export interface SessionFold {
  sessionId: string;
  /** `at` of the `session-started` entry. */
  startedAt: number | undefined;
  sitterName: string;
  patientName: string | undefined;
  intervalMin: number;
  preAlert: boolean;
  /** When the latest recorded dose was taken. */
  doseAt: number | undefined;
  /** The schedule anchor: the last check-in's `at`, else the session start. */
  anchorAt: number | undefined;
  lastCheckIn: Entry<'check-in'> | undefined;
  checkInCount: number;
  missedCount: number;
  missedDueAts: number[];
  alarmsRaised: number;
  /** Keys from `alarmKey` of every alarm already logged. */
  raisedAlarms: Set<string>;
  escalationCount: number;
  lastEscalation: Entry<'escalation-shown'> | undefined;
  ended: boolean;
  endedAt: number | undefined;
  /** Correction texts by the `seq` they correct, in log order. */
  correctedSeqs: Map<number, string[]>;
  hiddenPeriods: HiddenPeriod[];
  /** True while the last background period is still open. */
  hidden: boolean;
  /** Total ms of closed background periods. */
  hiddenMsTotal: number;
  latestVitals: LatestVitals;
  lastEntryAt: number | undefined;
  lastSeq: number | undefined;
  entryCount: number;
}

/** Options for `foldSession`. */
export interface FoldOptions {
  /** Used when the log is empty. */
  sessionId?: string;
}

/** The key of an alarm in `raisedAlarms`. */
export function alarmKey(dueAt: number, level: AlarmLevel): string {
  return `${dueAt}:${level}`;
}

/** Whether this alarm (due time and level) is already in the log. */
export function hasRaisedAlarm(fold: SessionFold, dueAt: number, level: AlarmLevel): boolean {
  return fold.raisedAlarms.has(alarmKey(dueAt, level));
}

/** The fold of an empty log. */
function emptyFold(sessionId: string): SessionFold {
  return {
    sessionId,
    startedAt: undefined,
    sitterName: '',
    patientName: undefined,
    intervalMin: DEFAULT_PROTOCOL.intervalMin,
    preAlert: true,
    doseAt: undefined,
    anchorAt: undefined,
    lastCheckIn: undefined,
    checkInCount: 0,
    missedCount: 0,
    missedDueAts: [],
    alarmsRaised: 0,
    raisedAlarms: new Set(),
    escalationCount: 0,
    lastEscalation: undefined,
    ended: false,
    endedAt: undefined,
    correctedSeqs: new Map(),
    hiddenPeriods: [],
    hidden: false,
    hiddenMsTotal: 0,
    latestVitals: {},
    lastEntryAt: undefined,
    lastSeq: undefined,
    entryCount: 0,
  };
}

/** Record each measured field as the latest of its kind. */
function takeVitals(f: SessionFold, vitals: Vitals | undefined, at: number, seq: number): void {
  if (!vitals) return;
  for (const key of Object.keys(vitals) as (keyof Vitals)[]) {
    const value = vitals[key];
    if (typeof value === 'number') f.latestVitals[key] = { value, at, seq };
  }
}

/** Open or close a background period. */
function takeVisibility(f: SessionFold, e: Entry<'app-hidden'> | Entry<'app-visible'>): void {
  const open = f.hidden ? f.hiddenPeriods[f.hiddenPeriods.length - 1] : undefined;
  if (e.kind === 'app-hidden') {
    // A second "hidden" without "visible" in between is the same absence: keep the earlier start.
    if (!open) f.hiddenPeriods.push({ from: e.at });
    f.hidden = true;
    return;
  }
  const hiddenMs = e.data.hiddenMs;
  // A reload after the tab was discarded logs "visible" with no "hidden" before it.
  const period = open ?? (hiddenMs !== undefined ? { from: e.at - hiddenMs } : undefined);
  if (period) {
    period.to = e.at;
    period.ms = Math.max(0, e.at - period.from);
    f.hiddenMsTotal += period.ms;
    if (!open) f.hiddenPeriods.push(period);
  }
  f.hidden = false;
}

/** Apply the start and the check-in schedule's entries. */
function takeStartOrCheckIn(f: SessionFold, e: AnyEntry): void {
  if (e.kind === 'session-started' && f.startedAt === undefined) {
    f.startedAt = e.at;
    f.sitterName = e.data.sitterName;
    f.patientName = e.data.patientName;
    f.intervalMin = e.data.intervalMin;
    f.preAlert = e.data.preAlert;
    f.anchorAt ??= e.at;
  } else if (e.kind === 'check-in') {
    f.lastCheckIn = e;
    f.checkInCount += 1;
    // The last check-in by log order moves the anchor, even if the clock went backwards.
    f.anchorAt = e.at;
    takeVitals(f, e.data.vitals, e.at, e.seq);
  }
}

/** Apply one entry. */
function take(f: SessionFold, e: AnyEntry): void {
  switch (e.kind) {
    case 'session-started':
    case 'check-in':
      return takeStartOrCheckIn(f, e);
    case 'dose-recorded':
      f.doseAt = e.data.doseAt;
      return;
    case 'vitals':
      return takeVitals(f, e.data.vitals, e.at, e.seq);
    case 'check-in-missed':
      f.missedCount += 1;
      f.missedDueAts.push(e.data.dueAt);
      return;
    case 'alarm-raised':
      f.alarmsRaised += 1;
      f.raisedAlarms.add(alarmKey(e.data.dueAt, e.data.level));
      return;
    case 'escalation-shown':
      f.escalationCount += 1;
      f.lastEscalation = e;
      return;
    case 'app-hidden':
    case 'app-visible':
      return takeVisibility(f, e);
    case 'correction': {
      const texts = f.correctedSeqs.get(e.data.targetSeq);
      if (texts) texts.push(e.data.text);
      else f.correctedSeqs.set(e.data.targetSeq, [e.data.text]);
      return;
    }
    case 'session-ended':
      if (!f.ended) f.endedAt = e.at;
      f.ended = true;
      return;
    default:
      // Other kinds only appear in the log; they change no derived state.
      return;
  }
}

/** Derive a session's state from its entries, given in `seq` order. Single pass, O(n). */
export function foldSession(entries: readonly Entry[], options: FoldOptions = {}): SessionFold {
  const f = emptyFold(entries[0]?.sessionId ?? options.sessionId ?? '');
  for (const entry of entries) {
    const e = entry as AnyEntry;
    take(f, e);
    f.lastEntryAt = e.at;
    f.lastSeq = e.seq;
    f.entryCount += 1;
  }
  return f;
}
