import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/domain/escalation/evaluate';
import {
  isSituationId,
  isUnrefined,
  SITUATION_DETAIL_IDS,
  SITUATION_IDS,
  SITUATIONS,
  situationLabel,
  situationOf,
} from '../../../src/domain/escalation/situations';
import { DEFAULT_PROTOCOL } from '../../../src/domain/protocol/protocol';
import { escalationLog as log, mins } from '../../fixtures/escalation-log';

const answer = (id: string) => {
  const b = log().situation(mins(15), id);
  return evaluate({ entries: b.entries, protocol: DEFAULT_PROTOCOL, now: b.lastAt() });
};

describe('situations', () => {
  it('lists every id once, with a label', () => {
    const ids = SITUATIONS.flatMap((s) => [s.id, ...s.details.map((d) => d.id)]);
    expect(ids.sort()).toEqual([...SITUATION_IDS, ...SITUATION_DETAIL_IDS].sort());
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

  it('knows which situation a detail belongs to', () => {
    expect(situationOf('vomiting-awake')).toBe('vomiting');
    expect(situationOf('vomiting')).toBe('vomiting');
    expect(situationOf('nope')).toBeUndefined();
    expect(isSituationId('blue-grey-lips')).toBe(true);
    expect(isSituationId('blue')).toBe(false);
  });

  it('treats only situations with details as unrefined', () => {
    expect(SITUATION_IDS.filter(isUnrefined)).toEqual([
      'not-responding',
      'breathing-problem',
      'vomiting',
      'chest-or-head',
    ]);
  });

  it('offers free text only for "something else"', () => {
    expect(SITUATIONS.filter((s) => s.freeText).map((s) => s.id)).toEqual(['something-else']);
  });
});

describe('every "Something\'s wrong" answer', () => {
  it.each([...SITUATION_IDS, ...SITUATION_DETAIL_IDS])('%s leads to at least one prompt', (id) => {
    expect(answer(id).length).toBeGreaterThan(0);
  });

  it.each(['not-responding', 'breathing-problem', 'vomiting', 'chest-or-head'])(
    '%s without a detail is treated as an emergency',
    (id) => {
      expect(answer(id)[0]?.tier).toBe('emergency');
      expect(answer(id).map((p) => p.ruleId)).not.toContain('vomit-care');
    },
  );

  it('treats an answer this version does not know as an emergency', () => {
    expect(answer('from-a-newer-version').map((p) => p.ruleId)).toEqual(['reported-unclear']);
  });

  it.each([
    ['no-response-to-shaking', 'emergency'],
    ['breathing-pauses', 'emergency'],
    ['breathing-slow', 'emergency'],
    ['not-breathing', 'emergency'],
    ['blue-grey-lips', 'emergency'],
    ['vomiting-not-alert', 'emergency'],
    ['chest-pain-or-breathless', 'emergency'],
    ['severe-headache', 'emergency'],
    ['vision-changes', 'emergency'],
    ['confusion', 'emergency'],
    ['one-sided-weakness', 'emergency'],
    ['seizure', 'emergency'],
    ['responds-to-shake-or-loud-voice', 'call-provider'],
    ['breathing-noisy', 'call-provider'],
    ['trying-to-leave', 'call-provider'],
    ['something-else', 'call-provider'],
    ['very-distressed', 'support'],
    ['vomiting-awake', 'support'],
  ])('%s → %s', (id, tier) => {
    expect(answer(id)[0]?.tier).toBe(tier);
  });
});
