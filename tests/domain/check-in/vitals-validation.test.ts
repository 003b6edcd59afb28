import { describe, expect, it } from 'vitest';
import {
  BP_ORDER_MESSAGE,
  BP_PAIR_MESSAGE,
  breathsPerMinute,
  validateVitals,
  type RawVitals,
} from '../../../src/domain/check-in/vitals-validation';

const errorsOf = (raw: RawVitals) => {
  const r = validateVitals(raw);
  if (r.ok) throw new Error(`expected errors for ${JSON.stringify(raw)}`);
  return r.errors;
};

describe('validateVitals: valid input', () => {
  it('passes a full set as numbers', () => {
    expect(
      validateVitals({
        systolic: '128',
        diastolic: '82',
        heartRate: '74',
        spo2: '97',
        respRate: '14',
      }),
    ).toEqual({
      ok: true,
      vitals: { systolic: 128, diastolic: 82, heartRate: 74, spo2: 97, respRate: 14 },
    });
  });

  it('treats empty and blank fields as not measured', () => {
    expect(validateVitals({})).toEqual({ ok: true, vitals: {} });
    expect(validateVitals({ systolic: '', diastolic: '  ', heartRate: ' 74 ' })).toEqual({
      ok: true,
      vitals: { heartRate: 74 },
    });
  });

  it('accepts the ends of each range', () => {
    expect(
      validateVitals({
        systolic: '260',
        diastolic: '160',
        heartRate: '250',
        spo2: '100',
        respRate: '60',
      }).ok,
    ).toBe(true);
    expect(
      validateVitals({
        systolic: '60',
        diastolic: '30',
        heartRate: '25',
        spo2: '50',
        respRate: '2',
      }).ok,
    ).toBe(true);
  });
});

describe('validateVitals: messages', () => {
  it('names the value and its range for each field out of range', () => {
    expect(errorsOf({ systolic: '59', diastolic: '40' }).systolic).toBe(
      'Systolic (top number) must be between 60 and 260 mmHg.',
    );
    expect(errorsOf({ systolic: '261', diastolic: '90' }).systolic).toBe(
      'Systolic (top number) must be between 60 and 260 mmHg.',
    );
    expect(errorsOf({ systolic: '120', diastolic: '29' }).diastolic).toBe(
      'Diastolic (bottom number) must be between 30 and 160 mmHg.',
    );
    expect(errorsOf({ systolic: '200', diastolic: '161' }).diastolic).toBe(
      'Diastolic (bottom number) must be between 30 and 160 mmHg.',
    );
    expect(errorsOf({ heartRate: '24' })).toEqual({
      heartRate: 'Heart rate must be between 25 and 250 beats per minute.',
    });
    expect(errorsOf({ heartRate: '251' })).toEqual({
      heartRate: 'Heart rate must be between 25 and 250 beats per minute.',
    });
    expect(errorsOf({ spo2: '49' })).toEqual({
      spo2: 'Oxygen saturation must be between 50 and 100 %.',
    });
    expect(errorsOf({ spo2: '101' })).toEqual({
      spo2: 'Oxygen saturation must be between 50 and 100 %.',
    });
    expect(errorsOf({ respRate: '61' })).toEqual({
      respRate: 'Breathing rate must be between 0 and 60 breaths per minute.',
    });
  });

  it('accepts whole numbers only', () => {
    for (const bad of ['98.5', '98,5', '-4', 'abc', '1e2', '120/80']) {
      expect(errorsOf({ spo2: bad }).spo2).toBe(
        'Oxygen saturation must be a whole number between 50 and 100 %.',
      );
    }
    expect(errorsOf({ heartRate: '7O' }).heartRate).toBe(
      'Heart rate must be a whole number between 25 and 250 beats per minute.',
    );
  });

  it('wants both blood-pressure numbers or neither', () => {
    expect(errorsOf({ systolic: '120' })).toEqual({ diastolic: BP_PAIR_MESSAGE });
    expect(errorsOf({ diastolic: '80', systolic: ' ' })).toEqual({ systolic: BP_PAIR_MESSAGE });
    expect(BP_PAIR_MESSAGE).toBe('Enter both blood-pressure numbers, or neither.');
  });

  it('wants the top number above the bottom one', () => {
    expect(errorsOf({ systolic: '80', diastolic: '120' })).toEqual({ systolic: BP_ORDER_MESSAGE });
    expect(errorsOf({ systolic: '90', diastolic: '90' })).toEqual({ systolic: BP_ORDER_MESSAGE });
    expect(BP_ORDER_MESSAGE).toBe(
      'Systolic (top number) must be higher than diastolic (bottom number).',
    );
  });

  it('reports every bad field at once and keeps the range message over the order rule', () => {
    const errors = errorsOf({ systolic: '300', diastolic: '80', heartRate: '0', spo2: '97' });
    expect(Object.keys(errors).sort()).toEqual(['heartRate', 'systolic']);
    expect(errors.systolic).toBe('Systolic (top number) must be between 60 and 260 mmHg.');
  });
});

describe('breathsPerMinute', () => {
  it('doubles a 30-second count', () => {
    expect(breathsPerMinute(7)).toBe(14);
    expect(breathsPerMinute(4)).toBe(8);
    expect(breathsPerMinute(0)).toBe(0);
  });

  it('never returns a negative or non-number rate', () => {
    expect(breathsPerMinute(-3)).toBe(0);
    expect(breathsPerMinute(Number.NaN)).toBe(0);
  });
});

describe('a breath count of zero', () => {
  // Until the clinical review a count of 0 or 1 was refused as impossible; it must be saved and
  // answered as "not breathing".
  it('is saved, not refused', () => {
    expect(validateVitals({ respRate: '0' })).toEqual({ ok: true, vitals: { respRate: 0 } });
    expect(validateVitals({ respRate: '1' })).toEqual({ ok: true, vitals: { respRate: 1 } });
  });
});
