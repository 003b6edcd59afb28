import { groupDigits } from '../parse/untrusted-json';
import { MAX_INTERVAL_MIN, MIN_MONITORING_MIN } from './limits';
import type { Protocol } from './protocol';

// What each protocol field may hold, in numbers (for the schema and for input fields) and in words
// (for messages). Bounds are wide enough for any provider's plan and narrow enough to catch typos,
// except where a clinical limit applies (limits.ts): there the bound is the limit.

/** An inclusive range of whole numbers. */
export interface Range {
  min: number;
  max: number;
}

/** Allowed values of imported protocol fields. */
export const PROTOCOL_BOUNDS = {
  intervalMin: { min: 5, max: MAX_INTERVAL_MIN },
  minMonitoringMin: { min: MIN_MONITORING_MIN, max: 480 },
  systolic: { min: 90, max: 200 },
  diastolic: { min: 50, max: 130 },
  heartRateMin: { min: 30, max: 100 },
  heartRateMax: { min: 80, max: 200 },
  spo2Min: { min: 80, max: 98 },
  bpRecheck: { min: 5, max: 480 },
  bpRecheckCount: 8,
  instructionsChars: 2000,
  providerNameChars: 100,
  providerPhoneChars: 30,
  issuedByChars: 200,
} as const;

/** Plain-English name of each protocol field, for messages and forms. */
export const PROTOCOL_FIELD_LABEL: Record<keyof Protocol, string> = {
  intervalMin: 'Check-in interval',
  minMonitoringMin: 'Minimum monitoring time',
  preDoseBp: 'Blood-pressure limit before dosing',
  closingBp: 'Blood-pressure limit before ending',
  sessionBp: 'Blood-pressure limit during the session',
  heartRate: 'Heart-rate range',
  spo2Min: 'Lowest oxygen saturation',
  bpRecheckMin: 'Blood-pressure re-checks',
  bpBeforeEnd: 'Blood pressure before ending',
  instructions: 'Provider instructions',
  providerName: 'Provider name',
  providerPhone: 'Provider phone',
};

const B = PROTOCOL_BOUNDS;
const L = PROTOCOL_FIELD_LABEL;
const minutes = (r: Range) => `a whole number of minutes from ${r.min} to ${r.max}`;
const wholeIn = (r: Range, unit: string) => `a whole number from ${r.min} to ${r.max} ${unit}`;
const chars = (n: number) => `text of at most ${groupDigits(n)} characters`;

function bpRules(field: 'preDoseBp' | 'sessionBp' | 'closingBp'): Record<string, [string, string]> {
  return {
    [`protocol.${field}`]: [L[field], 'an object like {"systolic": 140, "diastolic": 90}'],
    [`protocol.${field}.systolic`]: [
      `${L[field]}, top number (systolic)`,
      wholeIn(B.systolic, 'mmHg'),
    ],
    [`protocol.${field}.diastolic`]: [
      `${L[field]}, bottom number (diastolic)`,
      wholeIn(B.diastolic, 'mmHg'),
    ],
  };
}

// Keyed by path with list positions written as `[]`; each value is [label, what it must be].
const FIELD_TEXT: Record<string, [string, string]> = {
  '': ['File', 'an object like {"format": "sitwell-protocol", "version": 1, "protocol": {…}}'],
  format: ['File type', '"sitwell-protocol"'],
  version: ['File version', '1, the version this app reads'],
  protocol: ['Protocol settings', 'an object of settings, like {"intervalMin": 15}'],
  issuedBy: ['Issued by', chars(B.issuedByChars)],
  issuedAt: ['Issue date', 'a real date written like 2025-03-01 or 2025-03-01T09:30:00Z'],
  'protocol.intervalMin': [L.intervalMin, minutes(B.intervalMin)],
  'protocol.minMonitoringMin': [L.minMonitoringMin, minutes(B.minMonitoringMin)],
  ...bpRules('preDoseBp'),
  ...bpRules('sessionBp'),
  ...bpRules('closingBp'),
  'protocol.heartRate': [L.heartRate, 'an object like {"min": 50, "max": 120}'],
  'protocol.heartRate.min': [`${L.heartRate}, lowest`, wholeIn(B.heartRateMin, 'beats per minute')],
  'protocol.heartRate.max': [
    `${L.heartRate}, highest`,
    wholeIn(B.heartRateMax, 'beats per minute'),
  ],
  'protocol.spo2Min': [L.spo2Min, wholeIn(B.spo2Min, 'percent')],
  'protocol.bpRecheckMin': [
    L.bpRecheckMin,
    `a list of at most ${B.bpRecheckCount} times in minutes after the dose, like [40, 90]`,
  ],
  'protocol.bpRecheckMin[]': [L.bpRecheckMin, minutes(B.bpRecheck)],
  'protocol.bpBeforeEnd': [L.bpBeforeEnd, 'true or false'],
  'protocol.instructions': [L.instructions, chars(B.instructionsChars)],
  'protocol.providerName': [L.providerName, chars(B.providerNameChars)],
  'protocol.providerPhone': [
    L.providerPhone,
    `a phone number written as text: 3 to 20 digits, an optional leading +, and only spaces, ` +
      `dashes, dots ` +
      `or parentheses between them, at most ${B.providerPhoneChars} characters (or empty for none)`,
  ],
};

/** Human label for a location in a protocol file, e.g. "Blood-pressure re-checks, item 2". */
export function labelFor(keys: readonly (string | number)[]): string {
  const bound = FIELD_TEXT[fieldKey(keys)];
  const last = keys.at(-1);
  const item = typeof last === 'number' ? `, item ${last + 1}` : '';
  return bound ? `${bound[0]}${item}` : keys.join('.');
}

/**
 * "Label: got X, must be BOUND." for a field, or "Label: missing, must be RULE." without
 * `received`.
 */
export function boundMessage(
  keys: readonly (string | number)[],
  received?: { got: unknown },
): string {
  const bound = FIELD_TEXT[fieldKey(keys)]?.[1] ?? 'a valid value';
  const got = received ? `got ${describeValue(received.got)}` : 'missing';
  return `${labelFor(keys)}: ${got}, must be ${bound}.`;
}

/** A received value in a message: short texts quoted, long ones by size, containers by kind. */
export function describeValue(x: unknown): string {
  if (typeof x === 'string')
    return x.length > 40 ? `a text of ${groupDigits(x.length)} characters` : JSON.stringify(x);
  if (Array.isArray(x)) {
    return x.length === 0
      ? 'an empty list'
      : `a list of ${x.length} item${x.length === 1 ? '' : 's'}`;
  }
  if (x === null) return 'null';
  if (typeof x === 'object') return 'an object';
  return String(x);
}

function fieldKey(keys: readonly (string | number)[]): string {
  return keys.map((k, i) => (typeof k === 'number' ? '[]' : i === 0 ? k : `.${k}`)).join('');
}
