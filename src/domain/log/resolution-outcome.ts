// The closed set of answers to "What happened?" when an emergency is marked resolved. Here, with
// the log's other payload types, because entries store them; their words live in
// escalation/resolution.ts. Values are never repurposed or removed: old logs must stay readable.

/** The answers, in the order the confirm step offers them. */
export const RESOLUTION_OUTCOMES = [
  'breathing-normally',
  'responding-again',
  'ambulance-came',
  'provider-advised',
  'false-alarm',
  'other',
] as const;

/** One answer to "What happened?". */
export type ResolutionOutcome = (typeof RESOLUTION_OUTCOMES)[number];
