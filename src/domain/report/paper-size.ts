import { regionOf, type RegionHint } from '../contacts/emergency-number';

// The paper a PDF is laid out for. Most of the world prints on A4; the United States, Canada,
// Mexico and the Philippines print on US Letter, so a provider there gets pages that fit.

/** A4 (210 × 297 mm) or US Letter (8.5 × 11 in). */
export type PaperChoice = 'a4' | 'letter';

/** Regions whose offices print on US Letter. */
export const LETTER_REGIONS: ReadonlySet<string> = new Set(['US', 'CA', 'MX', 'PH']);

/** The paper to offer first: Letter where the locale's region (else the time zone) uses it. */
export function defaultPaperSize(hint: RegionHint | string): PaperChoice {
  const region = regionOf(hint);
  return region !== undefined && LETTER_REGIONS.has(region) ? 'letter' : 'a4';
}
