// What an escalation rule looks at: the observation just recorded ("current") and the log before
// it. Rules judge only what was just recorded, so a danger already shown does not reappear at every
// later check-in; the earlier entries give the comparisons (pre-dose reading, repeat, trend).

import { isKind, type AnyEntry, type Entry } from '../log/entry';
import type { Observation, Vitals } from '../log/observation';
import type { Protocol } from '../protocol/protocol';

/** The check-in, reading or "Something's wrong" answer being evaluated. */
export interface Current {
  /** Epoch ms when it was recorded. */
  at: number;
  observation?: Observation;
  vitals?: Vitals;
  /** Situation or detail ids (see situations.ts). */
  situations: readonly string[];
  /** True for a reading recorded as the pre-dose reading: it is the baseline, not a rise. */
  preDose?: boolean;
}

/** Something to evaluate that is not (yet) in the log; recorded at `now`. */
export interface CurrentInput {
  observation?: Observation;
  vitals?: Vitals;
  situations?: readonly string[];
  preDose?: boolean;
}

/** Everything a rule's condition may look at. */
export interface RuleContext {
  current: Current;
  /** Entries before the current one, in log order. */
  earlier: readonly AnyEntry[];
  protocol: Protocol;
}

/**
 * Turn a check-in, vitals, situation or warning-sign entry into the thing to evaluate; undefined
 * for other kinds.
 */
export function currentFromEntry(e: Entry): Current | undefined {
  if (isKind(e, 'check-in')) {
    return { at: e.at, observation: e.data.observation, vitals: e.data.vitals, situations: [] };
  }
  if (isKind(e, 'vitals')) {
    return {
      at: e.at,
      vitals: e.data.vitals,
      situations: [],
      preDose: e.data.context === 'pre-dose',
    };
  }
  if (isKind(e, 'situation-reported')) return { at: e.at, situations: [e.data.situation] };
  // The answers to the warning-sign questions are judged like answers to "Something's wrong".
  if (isKind(e, 'warning-signs-checked')) return { at: e.at, situations: e.data.signs };
  // "I can't reach the provider" is judged too: it turns a provider prompt into an emergency.
  if (isKind(e, 'escalation-action') && e.data.action === 'provider-not-reached') {
    return { at: e.at, situations: ['provider-not-reached'] };
  }
  return undefined;
}

/**
 * Build the context: `input` (recorded at `now`) against the whole log, or else the latest
 * check-in, vitals or situation entry against the entries before it. Undefined when there is
 * neither.
 */
export function buildContext(
  entries: readonly Entry[],
  protocol: Protocol,
  now: number,
  input?: CurrentInput,
): RuleContext | undefined {
  // Storage hands entries over in seq order, but sorting a copy costs little and removes a trap.
  const log = [...entries].sort((a, b) => a.seq - b.seq) as AnyEntry[];
  if (input) {
    const current: Current = { ...input, at: now, situations: input.situations ?? [] };
    return { current, earlier: log, protocol };
  }
  for (let i = log.length - 1; i >= 0; i--) {
    const current = currentFromEntry(log[i] as Entry);
    if (current) return { current, earlier: log.slice(0, i), protocol };
  }
  return undefined;
}
