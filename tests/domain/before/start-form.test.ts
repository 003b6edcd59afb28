import { describe, expect, it } from 'vitest';
import {
  INTERVAL_MAX,
  QUICK_INTERVALS,
  validateStart,
} from '../../../src/domain/before/start-form';

const NOW = Date.UTC(2026, 10, 21, 14, 0);
const start = (interval: string, maxIntervalMin?: number) =>
  validateStart({ sitter: 'Alex', interval, doseAt: NOW, now: NOW, maxIntervalMin });

describe('the start form’s check-in interval', () => {
  it('is never longer than 15 minutes, whatever the protocol says [seed interview, MB-help]', () => {
    expect(INTERVAL_MAX).toBe(15);
    expect(Math.max(...QUICK_INTERVALS)).toBeLessThanOrEqual(15);
    expect(start('15')).toEqual({ ok: true, intervalMin: 15, doseAt: NOW });
    for (const interval of ['16', '20', '30']) {
      expect(start(interval)).toEqual({
        ok: false,
        errors: {
          interval: 'The check-in interval must be a whole number of minutes from 5 to 15.',
        },
      });
      expect(start(interval, 30).ok).toBe(false);
    }
  });

  it('may be shorter than the provider’s, never longer', () => {
    expect(start('10', 12)).toMatchObject({ ok: true, intervalMin: 10 });
    expect(start('15', 12)).toEqual({
      ok: false,
      errors: {
        interval:
          'The provider’s plan asks for a check-in at least every 12 minutes: choose 12 or fewer.',
      },
    });
  });
});

describe('starting without a dose', () => {
  const form = (withoutDose: boolean, doseAt: number | undefined) =>
    validateStart({ sitter: 'Alex', interval: '15', doseAt, now: NOW, withoutDose });

  it('needs no dose time, and drops a typed one', () => {
    expect(form(true, undefined)).toEqual({ ok: true, intervalMin: 15, doseAt: undefined });
    expect(form(true, NOW - 13 * 60 * 60_000)).toEqual({
      ok: true,
      intervalMin: 15,
      doseAt: undefined,
    });
  });

  it('still asks for the dose time when the dose was given', () => {
    expect(form(false, undefined)).toEqual({
      ok: false,
      errors: { dose: 'Enter the time of the dose, for example 14:05.' },
    });
  });
});
