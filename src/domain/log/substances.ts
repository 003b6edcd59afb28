// What else the patient took today, as stored in the preparation answers. Ids are stored: never
// rename.

/**
 * What else the patient may have taken today. Alcohol, benzodiazepines, opioids and other sedatives
 * add to ketamine's sedation and breathing effects [SPR-label]; the REMS form asks about them
 * [PMF].
 */
export const SUBSTANCES = [
  { id: 'alcohol', label: 'Alcohol', sedating: true },
  {
    id: 'benzodiazepine',
    label: 'A benzodiazepine (e.g. diazepam, lorazepam, alprazolam)',
    sedating: true,
  },
  {
    id: 'opioid',
    label: 'An opioid painkiller (e.g. codeine, oxycodone, tramadol)',
    sedating: true,
  },
  { id: 'sleep-aid', label: 'Sleeping pills or another sedative', sedating: true },
  { id: 'cannabis', label: 'Cannabis', sedating: false },
  { id: 'other', label: 'Other medicines or drugs', sedating: false },
] as const;
/** A substance id; stored in the log, never rename. */
export type SubstanceId = (typeof SUBSTANCES)[number]['id'];
/** Every substance id. */
export const SUBSTANCE_IDS: readonly string[] = SUBSTANCES.map((s) => s.id);

/** The substances in words, e.g. "Alcohol; An opioid painkiller (…)"; unknown ids as they are. */
export function substancesText(ids: readonly string[]): string {
  return ids.map((id) => SUBSTANCES.find((s) => s.id === id)?.label ?? id).join('; ');
}

/** What a `prep-completed` entry says was taken today: ids, 'none', or undefined when not asked. */
export function substancesFromAnswers(
  answers: Record<string, unknown>,
): string[] | 'none' | undefined {
  const v = answers.substancesToday;
  if (v === 'none') return 'none';
  return Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string') : undefined;
}
