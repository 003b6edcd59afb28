import { describe, expect, it } from 'vitest';
import { defaultPaperSize } from '../../../src/domain/report/paper-size';

// The PDF's paper is US Letter where offices print on it, A4 everywhere else.

describe('defaultPaperSize', () => {
  it('offers Letter in the United States, Canada, Mexico and the Philippines', () => {
    for (const locale of ['en-US', 'fr-CA', 'es-MX', 'fil-PH', 'en_PH'])
      expect(defaultPaperSize(locale), locale).toBe('letter');
  });

  it('offers A4 elsewhere, and when the locale names no region and the zone says nothing', () => {
    for (const locale of ['en-GB', 'de-DE', 'en-AU', 'es-ES', 'ja-JP', 'en', 'xx-invalid-'])
      expect(defaultPaperSize(locale), locale).toBe('a4');
  });

  it('falls back to the time zone when the locale has no region', () => {
    expect(defaultPaperSize({ locale: 'en', timeZone: 'America/Chicago' })).toBe('letter');
    expect(defaultPaperSize({ locale: 'en', timeZone: 'Europe/London' })).toBe('a4');
    // The locale's region wins over the zone: a Briton travelling in New York keeps A4.
    expect(defaultPaperSize({ locale: 'en-GB', timeZone: 'America/New_York' })).toBe('a4');
  });
});
