import { describe, expect, it } from 'vitest';
import { describeEntry } from '../../../src/domain/report/describe-entry';
import { ENTRY_LABELS } from '../../../src/domain/report/entry-labels';
import { makeEntry } from '../../fixtures/entries';

describe('log labels', () => {
  it('names fired rules by their plain reason, not their ids', () => {
    const e = makeEntry('s', 3, 0, 'escalation-shown', {
      ruleIds: ['no-response'],
      tier: 'emergency',
    });
    const line = describeEntry(e, ENTRY_LABELS);
    expect(line).toMatch(/shaking/i);
    expect(line).not.toContain('no-response');
  });

  it('names a reported situation with its detail', () => {
    const e = makeEntry('s', 4, 0, 'situation-reported', { situation: 'blue-grey-lips' });
    expect(describeEntry(e, ENTRY_LABELS)).toMatch(/Breathing problem: .*lips/i);
  });

  it('names a blood-pressure reminder', () => {
    const e = makeEntry('s', 5, 0, 'reminder-done', { reminderId: 'bp-40' });
    expect(describeEntry(e, ENTRY_LABELS)).toContain('40 min');
  });
});
