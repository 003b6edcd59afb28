import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/domain/escalation/evaluate';
import { TIER_ORDER } from '../../../src/domain/escalation/evaluate';
import {
  BP_WARNING_SIGNS,
  isSituationId,
  isUnrefined,
  SITUATIONS,
  situationLabel,
  situationOf,
} from '../../../src/domain/escalation/situations';
import { DEFAULT_PROTOCOL } from '../../../src/domain/protocol/protocol';
import { escalationLog as log, mins } from '../../fixtures/escalation-log';

// A dose at the start, so answers at minute 15 are early in the session (expected dissociation).
const answer = (id: string, at = mins(15)) => {
  const b = log().dose(mins(0)).situation(at, id);
  return evaluate({ entries: b.entries, protocol: DEFAULT_PROTOCOL, now: b.lastAt() });
};
const options = SITUATIONS.flatMap((s) => (s.details.length > 0 ? s.details : [s]));

describe('situations', () => {
  it('lists every id once, with a label', () => {
    const ids = SITUATIONS.flatMap((s) => [s.id, ...s.details.map((d) => d.id)]);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(situationLabel(id)?.length, id).toBeGreaterThan(0);
  });

  it('labels a detail with its situation', () => {
    expect(situationLabel('breathing-slow')).toBe(
      'Breathing problem: Slow: 8 or fewer breaths a minute',
    );
    expect(situationLabel('seizure')).toBe('Seizure (fit)');
    expect(situationLabel('nope')).toBeUndefined();
  });

  it('still reads the ids earlier versions stored', () => {
    for (const id of ['not-responding', 'trying-to-leave', 'breathing-noisy']) {
      expect(isSituationId(id), id).toBe(true);
      expect(situationLabel(id)?.length, id).toBeGreaterThan(0);
    }
    expect(isUnrefined('not-responding')).toBe(true);
  });

  it('knows which situation a detail belongs to', () => {
    expect(situationOf('vomiting-awake')).toBe('vomiting');
    expect(situationOf('vomiting')).toBe('vomiting');
    expect(situationOf('nope')).toBeUndefined();
    expect(isSituationId('blue-grey-lips')).toBe(true);
    expect(isSituationId('blue')).toBe(false);
  });

  it('puts "Not breathing" and "Not responding" first, one tap each', () => {
    const [first, second] = SITUATIONS;
    expect([first?.id, second?.id]).toEqual(['not-breathing', 'no-response-to-shaking']);
    expect(first?.details).toEqual([]);
    expect(second?.details).toEqual([]);
  });

  it('puts the urgent and the common first: distress fourth, breathing and vomiting next', () => {
    expect(SITUATIONS.slice(0, 7).map((s) => s.id)).toEqual([
      'not-breathing',
      'no-response-to-shaking',
      'choking',
      'very-distressed',
      'breathing-problem',
      'vomiting',
      'responds-to-shake-or-loud-voice',
    ]);
    // "Something else" stays last, where a sitter looks for it.
    expect(SITUATIONS.at(-1)?.id).toBe('something-else');
    expect(TIER_ORDER).toContain(SITUATIONS[3]!.tier);
  });

  it('covers the situations the clinical review found missing', () => {
    const ids = new Set(options.map((o) => o.id));
    for (const id of [
      'suicide-talk',
      'suicide-immediate-danger',
      'choking',
      'fall-head-injury',
      'fall-no-head-injury',
      'pale-clammy',
      'allergy-swelling',
      'allergy-rash',
      'extra-dose',
      'sedatives-taken',
      'sitter-unable',
      'has-left-or-driving',
    ]) {
      expect(ids.has(id), id).toBe(true);
    }
  });

  it('no longer nudges toward 911 for confusion ("If unsure, choose it" is gone)', () => {
    for (const o of options) expect(o.hint ?? '').not.toMatch(/if unsure/i);
  });

  it('offers free text only for "something else"', () => {
    expect(SITUATIONS.filter((s) => s.freeText).map((s) => s.id)).toEqual(['something-else']);
  });
});

describe('every "Something\'s wrong" answer', () => {
  it.each(options.map((o) => [o.id, o.tier] as const))(
    '%s → %s, as the list marks it',
    (id, tier) => {
      expect(answer(id)[0]?.tier).toBe(tier);
    },
  );

  it.each(SITUATIONS.filter((s) => s.details.length > 0).map((s) => s.id))(
    '%s without a detail is treated as an emergency',
    (id) => {
      expect(answer(id)[0]?.tier).toBe('emergency');
      expect(answer(id).map((p) => p.ruleId)).not.toContain('vomit-care');
    },
  );

  it('treats an answer this version does not know as an emergency', () => {
    expect(answer('from-a-newer-version').map((p) => p.ruleId)).toEqual(['reported-unclear']);
  });

  it('judges the retired answers as before, or more carefully', () => {
    expect(answer('trying-to-leave')[0]?.tier).toBe('call-provider');
    // The old "noisy" answer did not say how awake they were: the airway rule assumes the worse
    // (not fully awake): reposition first and call the provider [RCEM].
    expect(answer('breathing-noisy')[0]?.ruleId).toBe('airway-reposition');
  });

  it('asks about the warning signs of a blood-pressure crisis as the AHA lists them', () => {
    expect(BP_WARNING_SIGNS.map((s) => s.label)).toEqual([
      'Chest pain or shortness of breath',
      'A sudden, severe headache',
      'Back pain',
      'Numbness or weakness',
      'A change in vision',
      'Difficulty speaking',
      'Much drowsier or harder to wake than before',
      'A seizure (fit)',
    ]);
  });
});
