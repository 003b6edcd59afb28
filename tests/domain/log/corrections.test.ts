import { describe, expect, it } from 'vitest';
import { VITAL_RANGES } from '../../../src/domain/check-in/vitals-validation';
import {
  applyCorrections,
  correctableFields,
  describeChange,
  isCorrectable,
} from '../../../src/domain/log/corrections';
import type { Vitals } from '../../../src/domain/log/observation';
import { DEFAULT_PROTOCOL } from '../../../src/domain/protocol/protocol';
import { describeEntry } from '../../../src/domain/report/describe-entry';
import { sessionSummary } from '../../../src/domain/report/summary';
import { escalationLog as log, mins } from '../../fixtures/escalation-log';

const reading = () =>
  log()
    .vitals(mins(40), { systolic: 134, diastolic: 85 }, 'recheck')
    .add('alarm-raised', { dueAt: mins(45), level: 'due' }, mins(45));

describe('structured corrections', () => {
  it('replace the value everywhere figures are made, and keep the original entry', () => {
    const b = reading().add(
      'correction',
      {
        targetSeq: 1,
        text: 'typo',
        changes: [{ field: 'vitals.systolic', from: 134, to: 143 }],
      },
      mins(50),
    );
    const { entries, changes } = applyCorrections(b.entries);
    expect((entries[1]!.data as { vitals: Vitals }).vitals).toEqual({
      systolic: 143,
      diastolic: 85,
    });
    expect((b.entries[1]!.data as { vitals: Vitals }).vitals.systolic).toBe(134);
    expect(changes.get(1)).toEqual([{ field: 'vitals.systolic', from: 134, to: 143 }]);
    const s = sessionSummary(b.entries, DEFAULT_PROTOCOL);
    expect(s.bpReadings[0]).toMatchObject({ systolic: 143, diastolic: 85, corrected: true });
  });

  it('correct an answer to a question, with its words in the log', () => {
    const b = log()
      .checkIn(mins(15), { responsiveness: 'normal', breathing: 'normal' })
      .add(
        'correction',
        {
          targetSeq: 1,
          text: 'wrong chip',
          changes: [{ field: 'observation.breathing', from: 'normal', to: 'noisy' }],
        },
        mins(16),
      );
    expect(describeEntry(applyCorrections(b.entries).entries[1]!)).toContain(
      'Breathing noisy or gurgling',
    );
    expect(
      describeChange(b.entries[1], { field: 'observation.breathing', from: 'normal', to: 'noisy' }),
    ).toBe('Breathing: Normal → Noisy or gurgling');
    expect(describeEntry(b.entries[2]!)).toBe(
      'Correction to entry #1 (Breathing: Normal → Noisy or gurgling): wrong chip',
    );
  });

  it('ignore changes that are out of range, of another field, or reach forward', () => {
    const b = reading()
      .add(
        'correction',
        { targetSeq: 1, text: 'x', changes: [{ field: 'vitals.systolic', to: 999 }] },
        mins(50),
      )
      .add(
        'correction',
        { targetSeq: 1, text: 'x', changes: [{ field: 'kind', to: 'note' }] },
        mins(51),
      )
      .add(
        'correction',
        { targetSeq: 9, text: 'x', changes: [{ field: 'text', to: 'later' }] },
        mins(52),
      );
    const { entries, changes } = applyCorrections(b.entries);
    expect(entries).toEqual(b.entries);
    expect(changes.size).toBe(0);
  });

  it('apply later corrections over earlier ones', () => {
    const b = reading()
      .add(
        'correction',
        { targetSeq: 1, text: 'a', changes: [{ field: 'vitals.systolic', to: 140 }] },
        mins(50),
      )
      .add(
        'correction',
        { targetSeq: 1, text: 'b', changes: [{ field: 'vitals.systolic', to: 141 }] },
        mins(51),
      );
    expect(
      (applyCorrections(b.entries).entries[1]!.data as { vitals: Vitals }).vitals.systolic,
    ).toBe(141);
  });

  it('are offered only for observations, readings and notes, never for alarms', () => {
    const b = reading().add('note', { text: 'n' }, mins(46));
    expect(b.entries.map((e) => [e.kind, isCorrectable(e)])).toEqual([
      ['session-started', false],
      ['vitals', true],
      ['alarm-raised', false],
      ['note', true],
    ]);
  });

  it('use the same ranges as the check-in form', () => {
    const fields = correctableFields(reading().entries[1]!);
    for (const [key, range] of Object.entries(VITAL_RANGES)) {
      expect(
        fields.find((f) => f.field === `vitals.${key}`),
        key,
      ).toMatchObject({
        min: range.min,
        max: range.max,
      });
    }
  });
});
