import type { AnyEntry, Entry } from '../log/entry';
import type { Comfort, Observation } from '../log/observation';
import { describeObservation, describeVitals } from '../report/describe-entry';

// How each check-in is drawn on the patient's timeline: how settled they were, and whether they
// were turned inward (the span the patient thinks of as the peak).

/** How settled the patient was at a check-in: 0 (most unsettled) to 4 (settled). */
export type SettledLevel = 0 | 1 | 2 | 3 | 4;

/**
 * The settled level of each comfort answer: calm 4, restless 3, anxious 2, distressed 1,
 * agitated 0. The quick "Resting, breathing normally" answer records comfort as calm.
 */
export const SETTLED_BY_COMFORT: Record<Comfort, SettledLevel> = {
  calm: 4,
  restless: 3,
  anxious: 2,
  distressed: 1,
  agitated: 0,
};

/**
 * How settled a check-in shows the patient to be. Comfort decides; without a comfort answer a
 * "resting" check-in counts as settled (4) and anything else is unknown (undefined, drawn as
 * "not noted"). Responsiveness overrides only one way: "no response to shaking" is always 0,
 * because a check-in where the sitter could not reach them must never be drawn as calm.
 */
export function settledLevel(o: Observation): SettledLevel | undefined {
  if (o.responsiveness === 'none') return 0;
  if (o.comfort) return SETTLED_BY_COMFORT[o.comfort];
  return o.resting ? 4 : undefined;
}

/** Where a check-in puts the patient: turned inward, present (responds normally), or not asked. */
export type Presence = 'inward' | 'present' | 'unknown';

/**
 * Inward: not responding normally (drowsy, only to a loud voice or a shake, or not at all), or
 * resting quietly with no responsiveness asked. Present: responds normally. Unknown otherwise.
 */
export function presenceOf(o: Observation): Presence {
  if (o.responsiveness === 'normal') return 'present';
  if (o.responsiveness !== undefined || o.resting) return 'inward';
  return 'unknown';
}

/** One check-in as a mark on the timeline. */
export interface CheckInMark {
  at: number;
  seq: number;
  settled: SettledLevel | undefined;
  presence: Presence;
  /** What the sitter recorded, in the log's plain words (for the table alternative). */
  text: string;
}

/** The mark of a check-in entry. */
export function checkInMark(e: Entry<'check-in'>): CheckInMark {
  const { observation, vitals, note } = e.data;
  const parts = [...describeObservation(observation), ...describeVitals(vitals ?? {})];
  if (note?.trim()) parts.push(`Note: ${note.trim()}`);
  return {
    at: e.at,
    seq: e.seq,
    settled: settledLevel(observation),
    presence: presenceOf(observation),
    text: parts.join(' · ') || 'Checked in',
  };
}

/** A stretch of the session; `open` when the log ended before it was seen to close. */
export interface Span {
  from: number;
  to: number;
  open: boolean;
}

/** A run of inward check-ins; `deep` when any needed a loud voice, a shake or got no response. */
export interface InwardSpan extends Span {
  checkIns: number;
  deep: boolean;
}

/**
 * Inward spans. A span opens at the first inward check-in and closes at the next check-in where
 * the patient responds normally (`to` is that check-in): with check-ins at regular intervals this
 * gives the same length as the midpoint estimate, while staying on observed times. Unknown
 * check-ins neither open nor close a span. A span still open at the end stops at its last inward
 * check-in, marked `open`.
 */
export function inwardSpans(
  marks: readonly CheckInMark[],
  deepSeqs: ReadonlySet<number>,
): InwardSpan[] {
  const spans: InwardSpan[] = [];
  let cur: InwardSpan | undefined;
  for (const m of marks) {
    if (m.presence === 'inward') {
      cur ??= { from: m.at, to: m.at, open: true, checkIns: 0, deep: false };
      cur.to = m.at;
      cur.checkIns += 1;
      cur.deep ||= deepSeqs.has(m.seq);
      if (cur.checkIns === 1) spans.push(cur);
    } else if (m.presence === 'present' && cur) {
      cur.to = m.at;
      cur.open = false;
      cur = undefined;
    }
  }
  return spans;
}

/** Seqs of check-ins where the patient responded only to a loud voice, a shake, or not at all. */
export function deepSeqsOf(entries: readonly Entry[]): Set<number> {
  const deep = new Set<number>();
  for (const e of entries as readonly AnyEntry[]) {
    const r = e.kind === 'check-in' ? e.data.observation.responsiveness : undefined;
    if (r === 'loud-voice' || r === 'shake' || r === 'none') deep.add(e.seq);
  }
  return deep;
}

/** The peak: the longest inward span (the first of equals); undefined when there is none. */
export function peakOf(spans: readonly InwardSpan[]): InwardSpan | undefined {
  return spans.reduce<InwardSpan | undefined>(
    (best, s) => (!best || s.to - s.from > best.to - best.from ? s : best),
    undefined,
  );
}

/**
 * Grounding spans: from a `grounding-used` entry until the next calm or resting check-in (the
 * same rule the escalation history uses). Grounding used again before that joins the same span;
 * a span never seen to close stops at `until`, marked `open`.
 */
export function groundingSpans(entries: readonly Entry[], until: number): Span[] {
  const spans: Span[] = [];
  let cur: Span | undefined;
  for (const e of entries as readonly AnyEntry[]) {
    if (e.kind === 'grounding-used' && !cur)
      spans.push((cur = { from: e.at, to: until, open: true }));
    const o = e.kind === 'check-in' ? e.data.observation : undefined;
    if (cur && o && (o.comfort === 'calm' || o.resting === true)) {
      cur.to = e.at;
      cur.open = false;
      cur = undefined;
    }
  }
  return spans;
}
