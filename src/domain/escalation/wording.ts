// Sitwell's own words for each escalation prompt: short, plain and calm, because the sitter reads
// them in a hard moment. Written from shared/domain-facts.md; the rules cite the sources.

/** What the sitter sees for one prompt. */
export interface Wording {
  /** What to do, e.g. "Call emergency services now". */
  title: string;
  /** Why, in one line. */
  reason: string;
  /** For calls: what to tell the person who answers. */
  tell?: string;
  /** What to do while waiting or before calling. */
  meanwhile?: string;
}

const EMERGENCY = 'Call emergency services now';
const PROVIDER = 'Call the provider now';
// Recovery position for someone breathing but not fully awake [NHS-Zana]; keeps the airway clear.
const ON_SIDE =
  'If they are breathing, roll them onto their side and keep watching their breathing.';
const TELL_EMERGENCY = 'Say they took ketamine as prescribed, when, and what you see now.';
const TELL_RESPONSE =
  'Say how they responded at the last check-in and now, and how they are breathing.';

/** Wording for every wording key the rules use. */
export const ESCALATION_WORDING = {
  'no-response': {
    title: EMERGENCY,
    reason: 'No response, even to shaking.',
    tell: TELL_EMERGENCY,
    meanwhile: ON_SIDE,
  },
  'breathing-pauses': {
    title: EMERGENCY,
    reason: 'Their breathing stops for long pauses.',
    tell: TELL_EMERGENCY,
    meanwhile: ON_SIDE,
  },
  'breathing-slow': {
    title: EMERGENCY,
    reason: '8 or fewer breaths a minute.',
    tell: TELL_EMERGENCY,
    meanwhile: ON_SIDE,
  },
  'not-breathing': {
    title: EMERGENCY,
    reason: 'They are not breathing.',
    tell: TELL_EMERGENCY,
    meanwhile: 'Put the phone on speaker and follow what the call handler tells you.',
  },
  'blue-lips': {
    title: EMERGENCY,
    reason: 'Blue or grey lips or skin.',
    tell: TELL_EMERGENCY,
    meanwhile: ON_SIDE,
  },
  seizure: {
    title: EMERGENCY,
    reason: 'They had a seizure (fit).',
    tell: TELL_EMERGENCY,
    meanwhile: 'When the shaking stops, if they are breathing, roll them onto their side.',
  },
  'chest-pain': {
    title: EMERGENCY,
    reason: 'Chest pain or shortness of breath.',
    tell: TELL_EMERGENCY,
  },
  'head-signs': {
    title: EMERGENCY,
    reason: 'Sudden severe headache, changed vision, confusion or weakness on one side.',
    tell: TELL_EMERGENCY,
  },
  'vomit-not-alert': {
    title: EMERGENCY,
    reason: 'Vomiting while not fully awake: they could choke.',
    tell: TELL_EMERGENCY,
    meanwhile: ON_SIDE,
  },
  'bp-crisis-repeat': {
    title: EMERGENCY,
    reason: 'Blood pressure 180/120 or higher, still that high 5 minutes later.',
    tell: `${TELL_EMERGENCY} Give both readings.`,
  },
  'bp-crisis-symptoms': {
    title: EMERGENCY,
    reason: 'Blood pressure 180/120 or higher, together with a warning sign.',
    tell: `${TELL_EMERGENCY} Give the reading.`,
  },
  'spo2-low': {
    title: EMERGENCY,
    reason: 'Oxygen level below the set limit.',
    tell: TELL_EMERGENCY,
    meanwhile: ON_SIDE,
  },
  'reported-unclear': {
    title: EMERGENCY,
    reason: "Something serious is happening and it isn't clear how bad. When in doubt, call.",
    tell: TELL_EMERGENCY,
  },
  'bp-rise': {
    title: PROVIDER,
    reason: 'Blood pressure has risen a lot since before the dose.',
    tell: 'Give the reading from before the dose and this one, with the times.',
  },
  'bp-session-limit': {
    title: PROVIDER,
    reason: 'Blood pressure is above the limit for the session.',
    tell: 'Give this reading, the time, and when the dose was taken.',
  },
  'vomit-repeat': {
    title: PROVIDER,
    reason: 'They have vomited more than once.',
    tell: 'Say how many times and when, and how awake they are.',
    meanwhile: 'Keep them sitting up or on their side, with a bucket and water close.',
  },
  'response-worse': {
    title: PROVIDER,
    reason: 'Much harder to rouse than at the last check-in.',
    tell: TELL_RESPONSE,
    meanwhile: 'Stay with them. If they stop responding to a shake, call emergency services.',
  },
  'response-reduced': {
    title: PROVIDER,
    reason: 'They respond only to a shake or a loud voice.',
    tell: TELL_RESPONSE,
    meanwhile: 'Stay with them. If they stop responding to a shake, call emergency services.',
  },
  'heart-rate': {
    title: PROVIDER,
    reason: 'Heart rate is outside the set range.',
    tell: 'Give the heart rate, the time, and any other readings.',
  },
  'distress-unsettled': {
    title: PROVIDER,
    reason: 'Still very upset 15 minutes after you began grounding.',
    tell: 'Say what they are doing and saying, and what you have tried.',
  },
  'unsafe-behaviour': {
    title: PROVIDER,
    reason: 'They are trying to leave, drive or do something unsafe.',
    tell: 'Say what they are trying to do and how awake they are.',
    meanwhile: 'Stay with them, speak calmly, and keep car keys out of reach.',
  },
  'something-else': {
    title: PROVIDER,
    reason: 'Something worries you.',
    tell: 'Describe what you see in your own words.',
  },
  'breathing-noisy': {
    title: PROVIDER,
    reason: 'Noisy or gurgling breathing.',
    tell: 'Say what the breathing sounds like and how awake they are.',
    // Repositioning often clears it [RCEM]; if not, the airway may be at risk.
    meanwhile:
      "Tilt their head back or roll them onto their side. If it doesn't clear, call emergency services.",
  },
  'breathing-unclear': {
    title: PROVIDER,
    reason: "Breathing looks slow or shallow, or you can't tell.",
    tell: 'Give the breaths per minute you counted and how awake they are.',
    meanwhile: 'Count breaths for 30 seconds and double it. 8 or fewer: call emergency services.',
  },
  grounding: {
    title: 'Help them feel safe',
    reason: 'They seem anxious, upset or agitated.',
    meanwhile: 'Sit close, speak slowly, and remind them they are safe and this will pass.',
  },
  'vomit-care': {
    title: 'Keep them comfortable',
    reason: 'They vomited and are fully awake.',
    meanwhile:
      'Help them sit up or lie on their side, with a bucket and water close. If it happens again, call the provider.',
  },
} as const satisfies Record<string, Wording>;

/** A key of ESCALATION_WORDING. */
export type WordingKey = keyof typeof ESCALATION_WORDING;

/** The wording for a key; undefined for an unknown key (e.g. from an old log). */
export function wordingFor(key: string): Wording | undefined {
  return Object.hasOwn(ESCALATION_WORDING, key) ? ESCALATION_WORDING[key as WordingKey] : undefined;
}
