// The first-aid steps the emergency screen shows, in Sitwell's own words, in the order they are
// done. The call handler will coach; these get the sitter started while help is on the way.

/** Compressions a minute: the middle of the 100–120 range [AHA-CPR, ERC]. */
export const CPR_RATE_PER_MIN = 110;

/** Hands-only CPR for someone who does not respond and is not breathing normally [AHA-CPR, ERC]. */
export const CPR_STEPS: readonly string[] = [
  'Put the phone on speaker, next to you. The call handler will coach you.',
  'Lay them on their back on the floor.',
  'Put the heel of one hand in the centre of their chest, your other hand on top.',
  'Push hard, about 5 cm (2 inches) deep, and fast: 100 to 120 a minute. Follow the beat below.',
  'Don’t stop until help takes over or they start breathing normally.',
  'If someone can fetch an AED (defibrillator), send them; switch it on and do what it says.',
];

/** Why CPR even though they may seem to breathe: gasping is not breathing [Bobrow-2008]. */
export const GASPING_IS_NOT_BREATHING =
  'Gasping, snoring-like breaths are not breathing: they happen as the heart stops. Start CPR.';

/** The recovery position, for someone who does not respond but breathes normally [NHS-Zana]. */
export const RECOVERY_STEPS: readonly string[] = [
  'Kneel beside them. Put the arm nearest you out at a right angle to their body, palm up.',
  'Hold the back of their other hand against the cheek nearest you.',
  'Bend their far knee up, foot flat on the floor.',
  'Pull on that knee to roll them towards you, onto their side.',
  'Tilt their head back gently and lift the chin, so they can breathe freely.',
  'Keep watching their breathing. If it stops or turns to gasping, roll them onto their back and ' +
    'start CPR.',
];

/** An adult who cannot cough, speak or breathe [RedCross, AHA-CPR]. */
export const CHOKING_STEPS: readonly string[] = [
  'If they can cough, tell them to keep coughing.',
  'If not: lean them forward and give up to 5 firm blows between the shoulder blades with the ' +
    'heel of your hand.',
  'Then stand behind them, make a fist just above the navel, and pull sharply in and up, up to 5 ' +
    'times.',
  'Repeat 5 blows and 5 thrusts until it clears or help arrives.',
  'If they stop responding, lower them to the floor and start CPR.',
];

/** The general steps after the call, whatever happened. */
export const AFTER_CALL_STEPS: readonly string[] = [
  'Stay with them. Put the phone on speaker so your hands are free.',
  'Unlock the front door and turn a light on, so help can get in.',
  'Have the card below ready to read out.',
];
