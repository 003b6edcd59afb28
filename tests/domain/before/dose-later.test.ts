import { describe, expect, it } from 'vitest';
import { canRecordDoseLater, laterDoseData } from '../../../src/domain/before/dose-later';
import { escalationLog, mins } from '../../fixtures/escalation-log';

// "Record the dose" on the active screen: offered only in a session started without a dose, until
// one is recorded; it records the time with the dose preparation planned.

describe('recording the dose later', () => {
  it('is offered in a session started without a dose, until a dose is recorded', () => {
    const b = escalationLog({ withoutDose: true });
    expect(canRecordDoseLater(b.entries)).toBe(true);
    b.dose(mins(20));
    expect(canRecordDoseLater(b.entries)).toBe(false);
  });

  it('is not offered in a session started with the dose, or one with no dose entry', () => {
    expect(canRecordDoseLater(escalationLog().dose(mins(0)).entries)).toBe(false);
    // Without the start's mark a missing dose was only not recorded: no button appears.
    expect(canRecordDoseLater(escalationLog().entries)).toBe(false);
  });

  it('records the time with the planned dose’s details, skipping anything not text', () => {
    const plannedDose = { medication: ' Ketamine tablet ', route: 3, amount: '' };
    const b = escalationLog({ withoutDose: true }).add(
      'prep-completed',
      { answers: { plannedDose } },
      mins(0),
    );
    expect(laterDoseData(b.entries, mins(30))).toEqual({
      doseAt: mins(30),
      medication: 'Ketamine tablet',
    });
    expect(laterDoseData(escalationLog({ withoutDose: true }).entries, mins(30))).toEqual({
      doseAt: mins(30),
    });
  });
});
