// Grounding help for a distressed patient, in Sitwell's own words, from the "Support and grounding"
// facts. The aim is a safe, quiet presence: usually reassurance and slow breathing are enough
// [MKH].

import type { SourceKey } from '../clinical/sources';

/** One suggestion with the sources it rests on. */
export interface GroundingLine {
  id: string;
  text: string;
  sourceKeys: readonly SourceKey[];
}

/** What to say, what to do and what to avoid, ready to show. */
export interface GroundingPrompts {
  say: readonly GroundingLine[];
  do: readonly GroundingLine[];
  avoid: readonly GroundingLine[];
}

/** Short lines the sitter can say, slowly and more than once. */
export const SAY: readonly GroundingLine[] = [
  { id: 'safe', text: "You're safe. I'm right here with you.", sourceKeys: ['MKH', 'Zendo'] },
  {
    id: 'medicine',
    text: "This is the medicine. It will pass, and I'll stay.",
    sourceKeys: ['MKH'],
  },
  { id: 'breathe', text: "Let's take a slow, deep breath together.", sourceKeys: ['MKH'] },
  // Patients may ask where they are or whether they are alive; a calm, plain answer helps [ASKP].
  { id: 'here', text: "You're at home, and I'm with you.", sourceKeys: ['ASKP'] },
  {
    id: 'let-it-be',
    text: 'Whatever is coming up, you can let it be there.',
    sourceKeys: ['Zendo'],
  },
  {
    id: 'mantra',
    text: 'If it is their mantra: "Trust, let go, be open."',
    sourceKeys: ['MB-TLO'],
  },
];

const DO_BASE: readonly GroundingLine[] = [
  { id: 'light', text: 'Dim or soften the light.', sourceKeys: ['Zendo', 'MAPS-Zendo'] },
  { id: 'blanket', text: 'Offer a blanket.', sourceKeys: ['Zendo', 'MAPS-Zendo'] },
  {
    id: 'music',
    text: 'Put their chosen music back on, softly.',
    sourceKeys: ['Zendo', 'Innerwell'],
  },
  {
    id: 'eye-mask',
    text: 'Offer the eye mask, if they want it.',
    sourceKeys: ['Zendo', 'MAPS-Zendo'],
  },
  {
    id: 'own-breath',
    text: 'Breathe slowly yourself: your calm helps them settle.',
    sourceKeys: ['MKH', 'Zendo'],
  },
];

// Water is kept ready [Innerwell, Reddit-KT], but offered only to someone who answers their name:
// a drowsier patient may choke, and vomiting while not fully awake is an emergency [BTI, USC].
const WATER_DO: GroundingLine = {
  id: 'water',
  text: 'Offer a sip of water; keep the bucket close.',
  sourceKeys: ['Innerwell', 'Reddit-KT'],
};
const NO_DRINK: GroundingLine = {
  id: 'no-drink',
  text: "Don't give them anything to drink until they answer to their name: they could choke.",
  sourceKeys: ['BTI', 'USC', 'SITWELL-DEFAULT'],
};

const TOUCH_DO: GroundingLine = {
  id: 'touch',
  text: 'A hand on their shoulder, as you agreed beforehand.',
  sourceKeys: ['Innerwell', 'Reddit-KT'],
};

/** Things to avoid, whatever was agreed. */
export const AVOID: readonly GroundingLine[] = [
  {
    id: 'asking',
    text: 'Don\'t keep asking "how are you doing?"',
    sourceKeys: ['TripSit-wiki', 'Reddit-TK'],
  },
  {
    id: 'talk-through',
    text: 'Talk with them, not down to them.',
    sourceKeys: ['Zendo', 'MAPS-Zendo'],
  },
  {
    id: 'sitting',
    text: "You're there to sit with them, not to steer the experience.",
    sourceKeys: ['Zendo'],
  },
  {
    id: 'difficult',
    text: "A hard moment isn't a bad sign. Difficult is not bad.",
    sourceKeys: ['Zendo', 'MAPS-Zendo'],
  },
  { id: 'death-word', text: 'Avoid the word "death".', sourceKeys: ['TripSit-wiki'] },
  {
    id: 'interrupt',
    text: "Don't interrupt them unless they are in real distress.",
    sourceKeys: ['Innerwell', 'Reddit-KT'],
  },
  { id: 'headphones', text: 'Keep your own headphones off.', sourceKeys: ['Innerwell'] },
  // Dissociation can feel like breathlessness; the chest tells the truth [ASKP, Reddit-IV].
  {
    id: 'chest',
    text:
      'If they say "I can\'t breathe", calmly watch their chest, listen for air and look at ' +
      'their lips.',
    sourceKeys: ['ASKP', 'Reddit-IV'],
  },
];

// The patient cannot consent during the session [NL-set], so touch is only what was agreed before.
const NO_TOUCH_DECLINED: GroundingLine = {
  id: 'no-touch',
  text: "Don't touch them: you agreed on no contact.",
  sourceKeys: ['Innerwell', 'NL-set'],
};
const NO_TOUCH_UNAGREED: GroundingLine = {
  id: 'no-touch',
  text: "Don't touch them: touch wasn't agreed beforehand, and they can't agree now.",
  sourceKeys: ['Innerwell', 'NL-set'],
};

/**
 * The grounding prompts; touch is suggested only when it was agreed before the session, water
 * only when the latest check-in found them answering their name (unknown counts as not).
 */
export function groundingPrompts({
  touchAgreed,
  answersName,
}: {
  touchAgreed: boolean | undefined;
  answersName?: boolean | undefined;
}): GroundingPrompts {
  const water = answersName === true;
  const doLines = [...DO_BASE, ...(water ? [WATER_DO] : []), ...(touchAgreed ? [TOUCH_DO] : [])];
  const noTouch =
    touchAgreed === true ? [] : [touchAgreed === false ? NO_TOUCH_DECLINED : NO_TOUCH_UNAGREED];
  return { say: SAY, do: doLines, avoid: [...AVOID, ...(water ? [] : [NO_DRINK]), ...noTouch] };
}

/** The box-breathing phase labels, in order. */
export type BoxBreathingLabel = 'Breathe in' | 'Hold' | 'Breathe out' | 'Hold';

/** Box breathing, 4-4-4-4 (weak sources): best for the sitter's own calm or after the peak. */
export const BOX_BREATHING: readonly { label: BoxBreathingLabel; seconds: number }[] = [
  { label: 'Breathe in', seconds: 4 },
  { label: 'Hold', seconds: 4 },
  { label: 'Breathe out', seconds: 4 },
  { label: 'Hold', seconds: 4 },
];

/**
 * Where a box-breathing guide is after `elapsedMs`: the phase, its index and whole seconds left.
 */
export function boxBreathingPhase(elapsedMs: number): {
  label: BoxBreathingLabel;
  secondsLeft: number;
  index: number;
} {
  const cycleMs = BOX_BREATHING.reduce((sum, p) => sum + p.seconds * 1000, 0);
  // Negative or non-finite time (a clock step backwards) restarts the cycle rather than failing.
  let t = Number.isFinite(elapsedMs) && elapsedMs > 0 ? elapsedMs % cycleMs : 0;
  for (const [index, phase] of BOX_BREATHING.entries()) {
    const ms = phase.seconds * 1000;
    if (t < ms) return { label: phase.label, secondsLeft: Math.ceil((ms - t) / 1000), index };
    t -= ms;
  }
  // Unreachable: t is always below cycleMs.
  const first = BOX_BREATHING[0] as { label: BoxBreathingLabel; seconds: number };
  return { label: first.label, secondsLeft: first.seconds, index: 0 };
}

/** Fireside Project: peer support by phone or text, for the patient or the sitter. Not medical. */
export const FIRESIDE = {
  name: 'Fireside Project',
  mnemonic: '62-FIRESIDE',
  phone: '623-473-7433',
  tel: 'tel:+16234737433',
  sms: 'sms:+16234737433',
  canText: true,
  note:
    'Peer support, not a medical service: for a medical emergency call emergency services. Hours ' +
    'vary; check them before you rely on it.',
  sourceKeys: ['MAPS-FS', 'PSP', 'Mighty'] as readonly SourceKey[],
} as const;
