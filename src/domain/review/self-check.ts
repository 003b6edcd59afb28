import {
  INSTRUMENT_IDS,
  INSTRUMENTS,
  PHQ9_ITEM9_INDEX,
  type Answer,
  type Band,
  type InstrumentId,
} from './self-check-items';

// Scoring, severity bands and the safety rule of the weekly self-checks, and the defensive reading
// of a stored self-check. The score is the sum of the answers (0–3 each) [PHQ-9, GAD-7].

/** A self-check as stored and validated: one instrument, every item answered. */
export interface SelfCheck {
  id: string;
  at: number;
  /** Minutes east of UTC when it was answered. */
  tzOffset: number;
  instrument: InstrumentId;
  answers: Answer[];
}

/** Whether a value is one of the four answers. */
export function isAnswer(v: unknown): v is Answer {
  return v === 0 || v === 1 || v === 2 || v === 3;
}

/** Whether every item of the instrument has an answer (a form may hold gaps while filled in). */
export function isComplete(
  instrument: InstrumentId,
  answers: readonly (Answer | undefined)[],
): answers is Answer[] {
  const n = INSTRUMENTS[instrument].items.length;
  return answers.length === n && answers.every(isAnswer);
}

/** The total score: the sum of the answers. */
export function scoreOf(answers: readonly Answer[]): number {
  return answers.reduce<number>((sum, a) => sum + a, 0);
}

/** The standard band of a score (PHQ-9: 0–4, 5–9, 10–14, 15–19, 20–27; GAD-7: … 15–21). */
export function bandOf(instrument: InstrumentId, score: number): Band {
  const bands = INSTRUMENTS[instrument].bands;
  return bands.find((b) => score >= b.min && score <= b.max) ?? bands[bands.length - 1]!;
}

/**
 * Whether the PHQ-9 answers need the safety response at once: any answer above "not at all" to
 * item 9 (thoughts of being better off dead or of self-harm). Works on a form still being filled.
 */
export function needsSafetyResponse(phq9Answers: readonly (Answer | undefined)[]): boolean {
  const item9 = phq9Answers[PHQ9_ITEM9_INDEX];
  return item9 !== undefined && item9 > 0;
}

/** Whether a validated self-check needs the safety response (only a PHQ-9 can). */
export function checkNeedsSafetyResponse(c: SelfCheck): boolean {
  return c.instrument === 'phq-9' && needsSafetyResponse(c.answers);
}

const isInstrumentId = (v: unknown): v is InstrumentId =>
  INSTRUMENT_IDS.includes(v as InstrumentId);

/**
 * A stored self-check row, validated: undefined for a wrong or unknown instrument, a wrong number
 * of answers, an answer out of range, or a missing id or time. Never throws.
 */
export function parseSelfCheckRow(v: unknown): SelfCheck | undefined {
  if (typeof v !== 'object' || v === null) return undefined;
  const r = v as Record<string, unknown>;
  const { id, at, tzOffset, instrument, answers } = r;
  if (typeof id !== 'string' || id === '' || !isInstrumentId(instrument)) return undefined;
  if (typeof at !== 'number' || !Number.isFinite(at)) return undefined;
  if (typeof tzOffset !== 'number' || !Number.isInteger(tzOffset)) return undefined;
  if (!Array.isArray(answers) || !isComplete(instrument, answers)) return undefined;
  return { id, at, tzOffset, instrument, answers: [...answers] };
}

/** One self-check as a point on a chart over time. */
export interface SelfCheckPoint {
  id: string;
  at: number;
  score: number;
  band: Band;
  /** PHQ-9 item 9 was above "not at all": never shown as just a number. */
  safety: boolean;
}

/** The checks of one instrument as points, oldest first. */
export function selfCheckSeries(
  checks: readonly SelfCheck[],
  instrument: InstrumentId,
): SelfCheckPoint[] {
  return checks
    .filter((c) => c.instrument === instrument)
    .sort((a, b) => a.at - b.at)
    .map((c) => {
      const score = scoreOf(c.answers);
      return {
        id: c.id,
        at: c.at,
        score,
        band: bandOf(instrument, score),
        safety: checkNeedsSafetyResponse(c),
      };
    });
}
