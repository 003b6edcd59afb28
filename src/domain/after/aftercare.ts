// What the household needs to know once monitoring ends, in Sitwell's own words. Shown on the
// closing screen and kept in the summary. Source keys are those of docs/clinical-basis.md.

/** One aftercare point: a short heading, a sentence or two, and an optional list. */
export interface AftercareItem {
  id:
    | 'no-driving'
    | 'no-alcohol'
    | 'rest'
    | 'call-provider'
    | 'call-emergency'
    | 'suicidal-thoughts'
    | 'stay-reachable';
  title: string;
  text: string;
  /** Bulleted examples, when the point needs them. */
  list?: string[];
  /** Source keys (docs/clinical-basis.md); empty for Sitwell's own practical advice. */
  sources: string[];
}

/**
 * The aftercare points, most important first. The UI puts the emergency number beside
 * `call-emergency`.
 */
export const AFTERCARE: readonly AftercareItem[] = [
  {
    id: 'no-driving',
    title: 'No driving today',
    text:
      'No driving, cycling or using machinery until tomorrow, and only after a night of restful ' +
      'sleep. If the provider asked for a longer wait, such as a full 24 hours, follow that.',
    sources: ['SPR-hcp', 'ZenPsych'],
  },
  {
    id: 'no-alcohol',
    title: 'No alcohol or sedatives today',
    text:
      'No alcohol, sleeping pills, benzodiazepines, opioids or other sedatives for the rest of ' +
      'the day, unless the provider prescribed them: they add to the drowsiness and can slow ' +
      'breathing.',
    sources: ['SPR-label', 'SITWELL-DEFAULT'],
  },
  {
    id: 'rest',
    title: 'Rest, drink water, take it slowly',
    text:
      'Keep the rest of the day quiet. Sip water and eat something light when they feel like it. ' +
      'Dizziness, drowsiness or a queasy stomach can linger for a while, so get up slowly and ' +
      'keep a hand free to help them on stairs and in the bathroom.',
    sources: ['SPR-poster', 'Innerwell'],
  },
  {
    id: 'call-provider',
    title: 'Call the provider about worries that can wait',
    text:
      'For anything that is not an emergency, call the provider or their care team. ' +
      'For example:',
    list: [
      'sickness or dizziness that does not settle',
      'a headache that is mild but will not go away',
      'feeling low, unsettled or frightened after the session',
      'questions about the next session',
    ],
    sources: ['MB-help', 'SPR-poster'],
  },
  {
    id: 'call-emergency',
    title: 'Call emergency services straight away if',
    text:
      'Do not wait to call the provider first. ' +
      'Call emergency services at once for any of these:',
    list: [
      'chest pain or shortness of breath',
      'a sudden, severe headache, trouble seeing, or weakness or numbness on one side',
      'a seizure',
      'they cannot be woken, or are confused and hard to rouse',
      'very slow breathing, pauses in breathing, or blue or grey lips',
      'vomiting while not fully awake',
    ],
    sources: ['SPR-label', 'BTI', 'USC'],
  },
  {
    id: 'suicidal-thoughts',
    title: 'If dark or suicidal thoughts come',
    text:
      'Don’t stay alone with them. Call the provider. In the US, call or text 988, the Suicide & ' +
      'Crisis Lifeline, at any hour. If they are in immediate danger, call emergency services.',
    sources: ['988', 'SITWELL-DEFAULT'],
  },
  {
    id: 'stay-reachable',
    title: 'Someone nearby tonight',
    text:
      'Someone stays nearby or easy to reach for the rest of the day and the night; the sitter ' +
      'keeps their phone on and close, so the patient can get help at any time.',
    sources: ['SITWELL-DEFAULT'],
  },
];
