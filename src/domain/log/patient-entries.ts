import type { EntryData } from './entry';

// The patient's own entries (intention, mood before and after, reflection): what a form may
// write. They go into the same hash-chained log and are never edited: a change is a new entry.

/** Mood is 0 (worst) to 10 (best), whole numbers only. */
export const MOOD_SCALE = { min: 0, max: 10, lowLabel: 'Worst', highLabel: 'Best' } as const;

/** The optional reflection prompts; the ids are stored in the entry, never rename one. */
export const REFLECTION_PROMPTS = [
  { id: 'came-up', label: 'What came up?' },
  { id: 'important', label: 'What felt important?' },
  { id: 'integration', label: 'What do you want to bring to integration?' },
] as const;

/** One prompt's id. */
export type ReflectionPromptId = (typeof REFLECTION_PROMPTS)[number]['id'];

const MAX_TEXT = 10_000;
const clean = (s: string | undefined): string => (s ?? '').trim().slice(0, MAX_TEXT);

/** Whether a mood score is valid (a whole number from 0 to 10). */
export function isMoodScore(v: unknown): v is number {
  return Number.isInteger(v) && (v as number) >= MOOD_SCALE.min && (v as number) <= MOOD_SCALE.max;
}

/** The mood entry's data, or undefined for an invalid score. */
export function moodData(
  moment: 'before' | 'after',
  score: number,
): EntryData['patient-mood'] | undefined {
  return isMoodScore(score) ? { moment, score } : undefined;
}

/** The intention entry's data, or undefined when nothing was written. */
export function intentionData(text: string): EntryData['patient-intention'] | undefined {
  const t = clean(text);
  return t ? { text: t } : undefined;
}

/** The reflection entry's data, trimmed, empty prompts dropped; undefined when all is empty. */
export function reflectionData(
  text: string,
  prompts: Partial<Record<ReflectionPromptId, string>>,
): EntryData['patient-reflection'] | undefined {
  const answered = REFLECTION_PROMPTS.flatMap(({ id }) => {
    const t = clean(prompts[id]);
    return t ? [[id, t] as const] : [];
  });
  const t = clean(text);
  if (!t && answered.length === 0) return undefined;
  return {
    ...(t && { text: t }),
    ...(answered.length > 0 && { prompts: Object.fromEntries(answered) }),
  };
}
