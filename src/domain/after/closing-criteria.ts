import type { Entry } from '../log/entry';
import { bpReadings, checkIns, doseAtOf, isWithinBpLimit } from '../log/log-queries';
import { NAUSEA_LABEL, RESPONSIVENESS_LABEL } from '../log/observation';
import type { Protocol } from '../protocol/protocol';

// When monitoring may end. Sitwell shows each criterion with its state; the sitter decides, and the
// `session-ended` entry records what was met. Source keys refer to shared/domain-facts.md.

/** Identifier of each closing criterion (stored in `session-ended.criteria`; never rename). */
export type ClosingCriterionId = 'min-time' | 'responsive' | 'steady' | 'no-nausea' | 'closing-bp';

/** One criterion as shown on the closing screen. */
export interface ClosingCriterion {
  id: ClosingCriterionId;
  label: string;
  met: boolean;
  /** One plain sentence: why it is met, or what is still needed. */
  detail: string;
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

/** Every criterion for ending monitoring, and whether all are met. */
export function closingCriteria(input: ClosingInput): {
  criteria: ClosingCriterion[];
  allMet: boolean;
} {
  const { entries, protocol, now, answers = {} } = input;
  const criteria = [
    minTime(doseAtOf(entries), protocol.minMonitoringMin, now), // [SPR-hcp]
    responsive(entries, now), // [SPR-hcp, MOAAS]
    steady(answers.steady), // [SPR-hcp, SPR-poster]
    noNausea(entries, answers.nausea), // [SPR-poster]
  ];
  if (protocol.bpBeforeEnd) criteria.push(closingBp(entries, protocol, now)); // [SPR-hcp, FDA-REMS]
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
function minTime(doseAt: number | undefined, minMin: number, now: number): ClosingCriterion {
  const base = { id: 'min-time' as const, label: `At least ${minutesText(minMin)} since the dose` };
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

// [SPR-hcp, MOAAS] fully alert = responds readily to their name in a normal voice (MOAA/S 5).
function responsive(entries: readonly Entry[], now: number): ClosingCriterion {
  const base = { id: 'responsive' as const, label: 'Fully alert: responds normally' };
  const last = checkIns(entries).at(-1);
  if (!last)
    return { ...base, met: false, detail: 'No check-in yet: do one to see how they respond.' };
  const r = last.data.observation.responsiveness;
  // A quick "resting" check-in does not ask; being alert enough to leave needs a real answer.
  if (r === undefined) {
    return {
      ...base,
      met: false,
      detail: 'The last check-in did not record how they respond: do a full check-in.',
    };
  }
  const seen = `Last check-in (${ago(last.at, now)}): ${RESPONSIVENESS_LABEL[r]}`;
  return r === 'normal'
    ? { ...base, met: true, detail: `${seen}.` }
    : { ...base, met: false, detail: `${seen}. Wait until they respond normally.` };
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

// [SPR-poster] nausea is among what delays readiness; both the last check-in and "now" must be clear.
function noNausea(entries: readonly Entry[], feelsSick: boolean | undefined): ClosingCriterion {
  const base = { id: 'no-nausea' as const, label: 'No nausea' };
  if (feelsSick === true) return { ...base, met: false, detail: 'They feel sick now.' };
  const n = checkIns(entries).at(-1)?.data.observation.nausea;
  if (n !== undefined && n !== 'none') {
    return {
      ...base,
      met: false,
      detail: `Last check-in: ${NAUSEA_LABEL[n]}. Wait until it has settled.`,
    };
  }
  return {
    ...base,
    met: true,
    detail: feelsSick === false ? 'No nausea now.' : 'No nausea at the last check-in.',
  };
}

// [SPR-hcp, FDA-REMS] a reading before discharge, judged against the in-session limit.
function closingBp(entries: readonly Entry[], protocol: Protocol, now: number): ClosingCriterion {
  const base = { id: 'closing-bp' as const, label: 'Blood pressure checked in the last 30 min' };
  const limit = `${protocol.sessionBp.systolic}/${protocol.sessionBp.diastolic}`;
  const recent = bpReadings(entries).filter(
    (r) => r.at <= now && now - r.at <= CLOSING_BP_WINDOW_MS,
  );
  const last = recent.at(-1);
  if (!last)
    return {
      ...base,
      met: false,
      detail: 'No reading in the last 30 min: take one before ending.',
    };
  const reading = `${last.systolic}/${last.diastolic} (${ago(last.at, now)})`;
  return isWithinBpLimit(last, protocol.sessionBp)
    ? { ...base, met: true, detail: `${reading}, within the limit of ${limit}.` }
    : {
        ...base,
        met: false,
        detail: `${reading} is above the limit of ${limit}: call the provider before ending.`,
      };
}

function ago(at: number, now: number): string {
  const min = Math.floor((now - at) / 60_000);
  return min <= 0 ? 'just now' : `${minutesText(min)} ago`;
}
