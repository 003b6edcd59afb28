import type { SourceKey } from '../clinical/sources';
import { dialHref } from '../contacts/contacts';

// What the patient sees, at once and on the same screen, when a PHQ-9 answer to item 9 is above
// "not at all": calm words and the ways to reach a person now [988]. Never only a number.

/** The words of the safety response. */
export const CRISIS_WORDS = {
  heading: 'You don’t have to carry this alone',
  body:
    'Thank you for answering honestly. You said you have had thoughts that you would be better ' +
    'off dead or of hurting yourself. You deserve support right now, from a person.',
  lifeline: 'In the US, call or text 988, the Suicide & Crisis Lifeline, to talk with someone now.',
  emergency: 'If you are in danger now or might act on these thoughts, call emergency services.',
  alone: 'If you can, tell someone you trust and stay with them. Please tell your provider too.',
  sourceKeys: ['988'] as readonly SourceKey[],
} as const;

/** One way to reach help, as a link. */
export interface CrisisLink {
  id: 'call-988' | 'text-988' | 'emergency';
  label: string;
  href: string;
}

/** The links: call 988, text 988 (US), and the emergency number given (e.g. 911, 112). */
export function crisisLinks(emergencyNumber: string): CrisisLink[] {
  const number = emergencyNumber.trim() || '911';
  return [
    { id: 'call-988', label: 'Call 988', href: 'tel:988' },
    { id: 'text-988', label: 'Text 988', href: 'sms:988' },
    { id: 'emergency', label: `Call ${number} (emergency)`, href: dialHref(number) },
  ];
}
