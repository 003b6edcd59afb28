import type { Wording } from './wording-kit';

// Words for the provider prompts the clinical audit added (provider-gap-rules.ts). Where DF has no
// fact for a situation, the words stay at "call the provider; if anyone is in danger, call
// emergency services", with only what the sitter can safely do meanwhile.

const TITLE = 'Call the provider now';
const DANGER = 'If anyone is in danger, call emergency services.';

/** Words for the provider prompts of provider-gap-rules.ts. */
export const GAP_WORDING = {
  'airway-reposition': {
    // Repositioning often clears noisy breathing [RCEM]; the recovery position keeps the airway
    // open [NHS-Zana].
    title: 'Roll them onto their side now',
    reason: 'Noisy or gurgling breathing while they are not fully awake.',
    tell: 'Say what the breathing sounds like, how awake they are, and that you repositioned them.',
    meanwhile:
      'Roll them onto their side and tilt the head back to open the airway. Check again in 2 ' +
      'minutes: if it is still noisy, they become harder to rouse, or breathing pauses, call ' +
      'emergency services.',
    steps: 'recovery',
  },
  'breathing-rate-off': {
    title: TITLE,
    reason: 'Breathing is outside the normal 12–20 breaths a minute.',
    tell: 'Give the breaths per minute you counted, how awake they are, and their colour.',
    meanwhile:
      'Count again for 30 seconds and double it. 8 or fewer, pauses, or blue lips: call ' +
      'emergency services.',
  },
  'spo2-below-normal': {
    title: TITLE,
    reason: 'Oxygen is a little lower than normal.',
    tell: 'Give the oxygen reading, the breaths per minute and how awake they are.',
    meanwhile:
      'Help them sit up or lie on their side and measure again. If it keeps falling, their lips ' +
      'turn blue, or they become harder to rouse, call emergency services.',
  },
  'pale-clammy-alert': {
    title: TITLE,
    reason: 'Pale, clammy skin, while they are fully awake.',
    tell: 'Say what you see, since when, and how awake they are.',
    meanwhile: `Stay with them. If they become harder to rouse, call emergency services. ${DANGER}`,
  },
  'refuses-check-ins': {
    title: TITLE,
    reason: 'They won’t let you check on them.',
    tell: 'Say what they are doing, and what you could see from where you are.',
    // A sitter's check-in is a look [MB-help]; the chest and lips tell more than words [ASKP].
    meanwhile:
      'Check from where you are: watch the chest rise and fall, look at their lips and face, ' +
      `listen for breathing. Record what you see as the check-in. ${DANGER}`,
  },
  aggressive: {
    title: TITLE,
    reason: 'They are aggressive or violent.',
    tell: 'Say what they are doing and whether anyone is hurt.',
    // Talk through, not down [Zendo]; the sitter's own safety comes first.
    meanwhile: `Keep yourself safe: give them space, speak calmly and slowly. ${DANGER}`,
  },
  overheating: {
    title: TITLE,
    reason: 'They are very hot, flushed or sweating heavily.',
    tell: 'Say what you see and since when, and any readings you have.',
    meanwhile: `Stay with them. ${DANGER}`,
  },
} as const satisfies Record<string, Wording>;
