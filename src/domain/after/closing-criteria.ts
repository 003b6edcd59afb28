import type { SourceKey } from '../clinical/sources';
import { unresolvedEmergency } from '../escalation/status';
import type { Entry } from '../log/entry';
import { awaitingDose, bpReadings, checkIns, doseAtOf, isWithinBpLimit } from '../log/log-queries';
import { BREATHING_LABEL, NAUSEA_LABEL, RESPONSIVENESS_LABEL } from '../log/observation';
import { closingLimit, type BpLimit, type Protocol } from '../protocol/protocol';

// When monitoring may end. Sitwell shows each criterion with its state; the sitter decides, and the
// `session-ended` entry records what was met. Source keys: CLOSING_SOURCES
// (docs/clinical-basis.md).

/** Identifier of each closing criterion (stored in `session-ended.criteria`; never rename). */
export type ClosingCriterionId =
  | 'min-time'
  | 'no-open-emergency'
  | 'responsive'
  | 'breathing'
  | 'steady'
  | 'no-nausea'
  | 'closing-bp';

// Fixed names for records: the labels on the closing screen carry live details that do not.
const CRITERION_NAME: Record<ClosingCriterionId, string> = {
  'min-time': 'Minimum time since the dose',
  'no-open-emergency': 'No emergency open',
  responsive: 'Fully alert',
  breathing: 'Breathing normally',
  steady: 'Walks steadily with help',
  'no-nausea': 'No nausea',
  'closing-bp': 'Closing blood pressure',
};

/**
 * What each criterion rests on; SITWELL-DEFAULT marks what no source sets, chosen
 * conservatively after the clinical review of the first version.
 */
export const CLOSING_SOURCES: Record<ClosingCriterionId, readonly SourceKey[]> = {
  'min-time': ['SPR-hcp'],
  'no-open-emergency': ['SITWELL-DEFAULT'],
  responsive: ['SPR-hcp', 'MOAAS', 'SITWELL-DEFAULT'],
  breathing: ['BTI', 'SITWELL-DEFAULT'],
  steady: ['SPR-hcp', 'SPR-poster'],
  'no-nausea': ['SPR-poster', 'SITWELL-DEFAULT'],
  'closing-bp': ['SPR-hcp', 'FDA-REMS'],
};

/** A criterion's fixed name for records and exports; unknown ids (newer versions) as they are. */
export function criterionName(id: string): string {
  return Object.hasOwn(CRITERION_NAME, id) ? CRITERION_NAME[id as ClosingCriterionId] : id;
}

/** One criterion as shown on the closing screen. */
export interface ClosingCriterion {
  id: ClosingCriterionId;
  label: string;
  met: boolean;
  /** One plain sentence: why it is met, or what is still needed. */
  detail: string;
  /** Unmet until a full check-in is done: the closing screen offers one. */
  needsCheckIn?: boolean;
}

/** Answers the sitter gives on the closing screen; undefined means not answered yet. */
export interface ClosingAnswers {
  /** Can the patient stand and walk steadily with help? */
  steady?: boolean;
  /** Does the patient feel sick now? */
  nausea?: boolean;
}

/** Input to `closingCriteria`. */
export interface ClosingInput {
  entries: readonly Entry[];
  protocol: Protocol;
  now: number;
  answers?: ClosingAnswers;
}

/** How recent the closing blood-pressure reading must be. */
export const CLOSING_BP_WINDOW_MS = 30 * 60_000;
/**
 * How recent the check-in that shows them fully alert and breathing normally must be
 * [SITWELL-DEFAULT].
 */
export const CLOSING_CHECK_IN_MS = 15 * 60_000;
/** A closing reading this much above the one before it counts as rising (Sitwell default). */
export const RISING_BY = { systolic: 10, diastolic: 5 } as const;

/** Every criterion for ending monitoring, and whether all are met. */
export function closingCriteria(input: ClosingInput): {
  criteria: ClosingCriterion[];
  allMet: boolean;
} {
  const { entries, protocol, now, answers = {} } = input;
  const last = checkIns(entries).at(-1);
  const criteria = [
    minTime(entries, protocol.minMonitoringMin, now),
    noOpenEmergency(entries),
    responsive(last, now),
    breathing(last, now),
    steady(answers.steady),
    noNausea(last, answers.nausea),
  ];
  if (protocol.bpBeforeEnd) criteria.push(closingBp(entries, closingLimit(protocol), now));
  return { criteria, allMet: criteria.every((c) => c.met) };
}

/** "45 min", "2 h", "2 h 5 min". */
export function minutesText(min: number): string {
  const h = Math.floor(min / 60);
  const m = min % 60;
  if (h === 0) return `${m} min`;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}

// [SPR-hcp] at least 2 h of observation after the dose; the provider may set another minimum.
// A session started without a dose (held for its blood pressure) has nothing to count from until
// one is recorded: ending then needs a reason, like any unmet check.
function minTime(entries: readonly Entry[], minMin: number, now: number): ClosingCriterion {
  const base = { id: 'min-time' as const, label: `At least ${minutesText(minMin)} since the dose` };
  if (awaitingDose(entries)) return { ...base, met: false, detail: 'No dose has been given.' };
  const doseAt = doseAtOf(entries);
  if (doseAt === undefined) return { ...base, met: false, detail: 'No dose is recorded yet.' };
  const elapsed = `${minutesText(Math.max(0, Math.floor((now - doseAt) / 60_000)))} since the dose`;
  const remainingMs = doseAt + minMin * 60_000 - now;
  if (remainingMs <= 0) return { ...base, met: true, detail: `${elapsed}.` };
  return {
    ...base,
    met: false,
    detail: `${minutesText(Math.ceil(remainingMs / 60_000))} to go (${elapsed}).`,
  };
}

// An emergency that is still open is never a reason to stop monitoring [SITWELL-DEFAULT].
function noOpenEmergency(entries: readonly Entry[]): ClosingCriterion {
  const base = { id: 'no-open-emergency' as const, label: 'No emergency still open' };
  const open = unresolvedEmergency(entries);
  return open
    ? {
        ...base,
        met: false,
        detail: 'An emergency is not marked resolved. Resolve it on the emergency screen first.',
      }
    : { ...base, met: true, detail: 'No emergency is open.' };
}

type CheckIn = Entry<'check-in'> | undefined;

/** Why a check-in is too old or missing, or undefined when it is recent enough. */
function staleCheckIn(last: CheckIn, now: number): string | undefined {
  if (!last) return 'No check-in yet: do a full check-in.';
  if (now - last.at > CLOSING_CHECK_IN_MS) {
    return `The last check-in was ${ago(last.at, now)}: do a full check-in now.`;
  }
  return undefined;
}

// [SPR-hcp, MOAAS] fully alert = responds readily to their name in a normal voice (MOAA/S 5),
// seen at a check-in in the last 15 minutes.
function responsive(last: CheckIn, now: number): ClosingCriterion {
  const base = {
    id: 'responsive' as const,
    label: 'Fully alert: responds normally',
    needsCheckIn: true,
  };
  const stale = staleCheckIn(last, now);
  if (stale) return { ...base, met: false, detail: stale };
  const r = last!.data.observation.responsiveness;
  // A quick "resting" check-in does not ask; being alert enough to leave needs a real answer.
  if (r === undefined) {
    return {
      ...base,
      met: false,
      detail: 'The last check-in did not record how they respond: do a full check-in.',
    };
  }
  const seen = `Last check-in (${ago(last!.at, now)}): ${RESPONSIVENESS_LABEL[r]}`;
  return r === 'normal'
    ? { ...base, met: true, detail: `${seen}.`, needsCheckIn: false }
    : { ...base, met: false, detail: `${seen}. Wait until they respond normally.` };
}

// Breathing normally at a recent check-in [BTI, SITWELL-DEFAULT].
function breathing(last: CheckIn, now: number): ClosingCriterion {
  const base = { id: 'breathing' as const, label: 'Breathing normally', needsCheckIn: true };
  const stale = staleCheckIn(last, now);
  if (stale) return { ...base, met: false, detail: stale };
  const b = last!.data.observation.breathing;
  if (b === 'normal')
    return {
      ...base,
      met: true,
      detail: 'Breathing normally at the last check-in.',
      needsCheckIn: false,
    };
  if (b === undefined)
    return {
      ...base,
      met: false,
      detail: 'The last check-in did not record breathing: do a full check-in.',
    };
  return {
    ...base,
    met: false,
    detail: `Last check-in: breathing ${BREATHING_LABEL[b].toLowerCase()}.`,
  };
}

// [SPR-hcp, SPR-poster] dizziness can linger; the sitter sees them stand and walk before ending.
function steady(answer: boolean | undefined): ClosingCriterion {
  const base = { id: 'steady' as const, label: 'Can walk steadily with help' };
  if (answer === true)
    return { ...base, met: true, detail: 'They can stand and walk steadily with help.' };
  if (answer === false) return { ...base, met: false, detail: 'Not steady on their feet yet.' };
  return {
    ...base,
    met: false,
    detail: 'Not answered yet: can they stand and walk steadily with help?',
  };
}

// [SPR-poster] nausea delays readiness; it must be asked now, never assumed [SITWELL-DEFAULT].
function noNausea(last: CheckIn, feelsSick: boolean | undefined): ClosingCriterion {
  const base = { id: 'no-nausea' as const, label: 'No nausea' };
  if (feelsSick === true) return { ...base, met: false, detail: 'They feel sick now.' };
  if (feelsSick === undefined) {
    return { ...base, met: false, detail: 'Not answered yet: do they feel sick now?' };
  }
  const n = last?.data.observation.nausea;
  if (n !== undefined && n !== 'none') {
    const label = NAUSEA_LABEL[n];
    return { ...base, met: false, detail: `Last check-in: ${label}. Wait until it has settled.` };
  }
  return { ...base, met: true, detail: 'No nausea now.' };
}

// [SPR-hcp, FDA-REMS] a reading before discharge, judged against the closing limit (the pre-dose
// limit unless the provider set one), and not rising since the reading before it.
function closingBp(entries: readonly Entry[], limit: BpLimit, now: number): ClosingCriterion {
  const base = { id: 'closing-bp' as const, label: 'Blood pressure checked in the last 30 min' };
  const limitText = `${limit.systolic}/${limit.diastolic}`;
  const all = bpReadings(entries).filter((r) => r.at <= now);
  const last = all.at(-1);
  if (!last || now - last.at > CLOSING_BP_WINDOW_MS) {
    return {
      ...base,
      met: false,
      detail: 'No reading in the last 30 min: take one before ending.',
    };
  }
  const reading = `${last.systolic}/${last.diastolic} (${ago(last.at, now)})`;
  if (!isWithinBpLimit(last, limit)) {
    return {
      ...base,
      met: false,
      detail: `${reading} is above the limit of ${limitText}: call the provider before ending.`,
    };
  }
  const before = all.at(-2);
  const rising =
    before !== undefined &&
    (last.systolic - before.systolic >= RISING_BY.systolic ||
      last.diastolic - before.diastolic >= RISING_BY.diastolic);
  if (rising) {
    const prev = `${before.systolic}/${before.diastolic}`;
    return {
      ...base,
      met: false,
      detail: `${reading} is rising (from ${prev}): rest 15 minutes and measure again.`,
    };
  }
  return {
    ...base,
    met: true,
    detail: `${reading}, within the limit of ${limitText} and not rising.`,
  };
}

function ago(at: number, now: number): string {
  const min = Math.floor((now - at) / 60_000);
  return min <= 0 ? 'just now' : `${minutesText(min)} ago`;
}
