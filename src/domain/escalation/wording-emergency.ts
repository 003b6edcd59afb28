import type { Wording } from './wording-kit';

// The emergency prompts' words. The steps themselves (CPR, recovery position, choking) are on the
// emergency screen; these say why, what to tell the call handler, and what to do meanwhile.

const TITLE = 'Call emergency services now';
const TELL = 'Say they took ketamine as prescribed, when, and what you see now.';
// Recovery position for someone breathing but not fully awake [NHS-Zana]; keeps the airway clear.
const ON_SIDE =
  'If they are breathing, roll them onto their side and keep watching their breathing.';
const IF_STOPS = 'If they stop breathing normally, start CPR.';

/** Words for the emergency tier. */
export const EMERGENCY_WORDING = {
  'not-breathing': {
    title: TITLE,
    reason: 'They are not breathing normally. Gasping is not breathing.',
    tell: `${TELL} Say they are not breathing.`,
    meanwhile:
      'Put the phone on speaker and start hands-only CPR now. The call handler will coach you.',
    steps: 'cpr',
  },
  'no-response': {
    title: TITLE,
    reason: 'No response, even to shaking.',
    tell: TELL,
    meanwhile: 'Check their breathing: watch the chest, listen for air, look at the lips.',
    steps: 'ask-breathing',
  },
  choking: {
    title: TITLE,
    reason: 'They are choking: they can’t cough, speak or breathe.',
    tell: `${TELL} Say they are choking.`,
    meanwhile:
      'Give 5 firm back blows, then 5 abdominal thrusts; repeat until it clears or help comes. ' +
      'If they stop responding, start CPR.',
    steps: 'choking',
  },
  'breathing-pauses': {
    title: TITLE,
    reason: 'Their breathing stops for more than 10 seconds.',
    tell: TELL,
    meanwhile: `${ON_SIDE} ${IF_STOPS}`,
    steps: 'recovery',
  },
  'breathing-slow': {
    title: TITLE,
    reason: '8 or fewer breaths a minute.',
    tell: TELL,
    meanwhile: `${ON_SIDE} ${IF_STOPS}`,
    steps: 'recovery',
  },
  'blue-lips': {
    title: TITLE,
    reason: 'Blue or grey lips or skin.',
    tell: TELL,
    meanwhile: `${ON_SIDE} ${IF_STOPS}`,
    steps: 'ask-breathing',
  },
  'airway-noisy': {
    title: TITLE,
    reason:
      'Noisy or gurgling breathing that did not clear on their side: their airway may be blocked.',
    tell: TELL,
    meanwhile: `Keep them on their side with the head tilted back so it can drain. ${IF_STOPS}`,
    steps: 'recovery',
  },
  'pale-clammy': {
    title: TITLE,
    reason: 'Pale, clammy skin and hard to rouse.',
    tell: TELL,
    meanwhile: `${ON_SIDE} ${IF_STOPS}`,
    steps: 'ask-breathing',
  },
  'vomit-not-alert': {
    title: TITLE,
    reason: 'Vomiting while not fully awake: they could choke.',
    tell: TELL,
    meanwhile: `${ON_SIDE} ${IF_STOPS}`,
    steps: 'recovery',
  },
  seizure: {
    title: TITLE,
    reason: 'They had a seizure (fit).',
    tell: TELL,
    meanwhile:
      'Move hard things away; don’t hold them down or put anything in their mouth. When the ' +
      `shaking stops, roll them onto their side. ${IF_STOPS}`,
    steps: 'recovery',
  },
  'chest-pain': {
    title: TITLE,
    reason: 'Chest pain or shortness of breath.',
    tell: TELL,
    meanwhile: `Keep them resting, sitting up. ${IF_STOPS}`,
  },
  'stroke-signs': {
    title: TITLE,
    reason: 'Face drooping, weakness on one side, slurred speech or a sudden severe headache.',
    tell: `${TELL} Say when you first noticed it.`,
    meanwhile: `Note the time you first saw it. Give nothing to eat or drink. ${IF_STOPS}`,
  },
  'head-signs-late': {
    title: TITLE,
    reason: 'Confusion or changed vision, starting more than 90 minutes after the dose.',
    tell: `${TELL} Say when it started.`,
    meanwhile:
      'Stay with them. Take a blood-pressure reading if you can while you wait. ' + IF_STOPS,
    // With no dose given, confusion is not the medicine at any time.
    beforeDose: { reason: 'Confusion or changed vision, and no dose has been given.' },
  },
  'head-signs-combined': {
    title: TITLE,
    reason: 'Confusion or changed vision, with very high blood pressure or a stroke sign.',
    tell: `${TELL} Give the blood pressure and the signs.`,
    meanwhile: `Keep them resting, sitting up. ${IF_STOPS}`,
  },
  'bp-crisis-symptoms': {
    title: TITLE,
    reason: 'Blood pressure 180/120 or higher, together with a warning sign.',
    tell: `${TELL} Give the reading and the signs.`,
    meanwhile: `Don’t wait to see if it comes down. Keep them resting, sitting up. ${IF_STOPS}`,
  },
  'spo2-low': {
    title: TITLE,
    reason: 'Oxygen level below the set limit.',
    tell: TELL,
    meanwhile: `${ON_SIDE} ${IF_STOPS}`,
    steps: 'recovery',
  },
  'allergy-severe': {
    title: TITLE,
    reason: 'Swelling of the lips, face or tongue, or hives with trouble breathing.',
    tell: `${TELL} Say it looks like a severe allergic reaction.`,
    meanwhile:
      'If they have their own adrenaline auto-injector, help them use it as prescribed. ' +
      IF_STOPS,
  },
  'fall-head-injury': {
    title: TITLE,
    reason: 'They hit their head while sedated: how awake they are can’t be judged.',
    tell: `${TELL} Say they fell and hit their head.`,
    meanwhile:
      `Keep them still unless they are in danger. If they vomit, roll them onto their ` +
      `side. ${IF_STOPS}`,
  },
  'suicide-danger': {
    title: TITLE,
    reason: 'They are in danger of harming themselves.',
    tell: 'Say what is happening, that they took ketamine as prescribed, and when.',
    meanwhile:
      'Stay with them; never leave them alone. If it is safe, move anything they could hurt ' +
      'themselves with out of reach.',
    crisisLine: true,
  },
  'has-left': {
    title: TITLE,
    reason: 'They have left the house or are driving while under the effects.',
    tell: `${TELL} Say where they may be heading and what they are wearing.`,
    meanwhile: 'Keep trying to reach them by phone. Don’t drive after them yourself.',
  },
  'drugs-with-signs': {
    title: TITLE,
    reason: 'An extra dose or a sedative, with slowed breathing or a reduced response.',
    tell: `${TELL} Say what else was taken, how much and when.`,
    meanwhile: `${ON_SIDE} ${IF_STOPS}`,
    steps: 'ask-breathing',
  },
  'depressant-with-signs': {
    title: TITLE,
    reason:
      'Slowed breathing or a weak response, and they took alcohol, a sedative or an opioid today.',
    tell: `${TELL} Say what else they took today, how much and when.`,
    meanwhile: `${ON_SIDE} ${IF_STOPS}`,
    steps: 'ask-breathing',
  },
  'provider-unreachable': {
    title: TITLE,
    reason: 'The provider has not been reached within 10 minutes.',
    tell: `${TELL} Say why you were calling the provider.`,
    meanwhile: `Stay with them. ${IF_STOPS}`,
  },
  'reported-unclear': {
    title: TITLE,
    reason: "Something serious is happening and it isn't clear how bad. When in doubt, call.",
    tell: TELL,
    meanwhile: `Stay with them. ${IF_STOPS}`,
  },
} as const satisfies Record<string, Wording>;
