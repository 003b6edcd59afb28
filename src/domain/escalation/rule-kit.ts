import type { SourceKey } from '../clinical/sources';
import type { EntryData } from '../log/entry';
import type { RuleContext } from './context';

export type { RuleContext } from './context';
import { readingOf } from './history';
import type { WordingKey } from './wording';

// What every escalation rule is made of, and the small predicates the rule tables share.

/** How urgent a prompt is; the same values the `escalation-shown` entry stores. */
export type Tier = EntryData['escalation-shown']['tier'];

/** One row of the table. */
export interface EscalationRule {
  id: string;
  tier: Tier;
  /** The rule in plain words, for the Sources page. */
  summary: string;
  sourceKeys: readonly SourceKey[];
  wordingKey: WordingKey;
  when: (ctx: RuleContext) => boolean;
  /** Bring the next check-in forward: a re-check this many minutes after the prompt. */
  recheck?: Recheck;
  /** What the rule relied on, in plain words, so the screen can name it (e.g. the sign used). */
  because?: (ctx: RuleContext) => string[];
}

/** A re-check a rule asks for, and why (stored in the `recheck-scheduled` entry). */
export interface Recheck {
  minutes: number;
  reason: EntryData['recheck-scheduled']['reason'];
}

/** The 5-minute re-check for reduced responsiveness and for a very high reading [AHA-HTN]. */
export const RECHECK_RESPONSE: Recheck = { minutes: 5, reason: 'responsiveness' };
/** The 5-minute re-measure after a reading of 180/120 or more [AHA-HTN]. */
export const RECHECK_BP: Recheck = { minutes: 5, reason: 'bp-crisis' };
/**
 * The distress re-check: when the 15 minutes of grounding are up, so persisting distress reaches
 * the provider then, not at whatever check-in falls next [Zendo, SITWELL-DEFAULT].
 */
export const RECHECK_DISTRESS: Recheck = { minutes: 15, reason: 'distress' };

/** Whether the current "Something's wrong" answer is one of `ids`. */
export const reported = (c: RuleContext, ...ids: string[]): boolean =>
  c.current.situations.some((s) => ids.includes(s));
/** The current check-in's observation (empty when there is none). */
export const obs = (c: RuleContext) => c.current.observation ?? {};
/** Not known to be fully alert: an unanswered responsiveness counts as not alert. */
export const notFullyAlert = (c: RuleContext): boolean => obs(c).responsiveness !== 'normal';
/** The current blood-pressure reading, if any. */
export const reading = (c: RuleContext) => readingOf(c.current);
// A missing number is never out of range: rules fire on what was measured.
/** A measured value above a limit. */
export const over = (v: number | undefined, limit: number): boolean => v !== undefined && v > limit;
/** A measured value below a limit. */
export const under = (v: number | undefined, limit: number): boolean =>
  v !== undefined && v < limit;
/** A measured value at or below a limit. */
export const atMost = (v: number | undefined, limit: number): boolean =>
  v !== undefined && v <= limit;
/** A measured value risen by at least `by` from a baseline. */
export const risen = (v: number | undefined, base: number | undefined, by: number): boolean =>
  v !== undefined && base !== undefined && v - base >= by;
