import { describe, expect, it } from 'vitest';
import {
  intentionData,
  isMoodScore,
  moodData,
  reflectionData,
} from '../../../src/domain/log/patient-entries';

describe('the patient’s own entries', () => {
  it('takes a whole-number mood from 0 to 10 only', () => {
    expect(moodData('before', 0)).toEqual({ moment: 'before', score: 0 });
    expect(moodData('after', 10)).toEqual({ moment: 'after', score: 10 });
    for (const bad of [-1, 11, 4.5, Number.NaN]) expect(isMoodScore(bad), `${bad}`).toBe(false);
    expect(moodData('after', 11)).toBeUndefined();
  });

  it('trims an intention and skips an empty one', () => {
    expect(intentionData('  To be kind to myself ')).toEqual({ text: 'To be kind to myself' });
    expect(intentionData('   ')).toBeUndefined();
  });

  it('keeps only the reflection prompts that were answered', () => {
    expect(reflectionData(' Calm now ', { 'came-up': ' My father ', important: ' ' })).toEqual({
      text: 'Calm now',
      prompts: { 'came-up': 'My father' },
    });
    expect(reflectionData('', { integration: 'Walks' })).toEqual({
      prompts: { integration: 'Walks' },
    });
    expect(reflectionData(' ', {})).toBeUndefined();
  });
});
