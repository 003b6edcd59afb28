import { describe, expect, it } from 'vitest';
import { CRISIS_WORDS, crisisLinks } from '../../../src/domain/review/crisis-lines';
import {
  bandOf,
  isComplete,
  needsSafetyResponse,
  parseSelfCheckRow,
  scoreOf,
  selfCheckSeries,
  type SelfCheck,
} from '../../../src/domain/review/self-check';
import {
  ANSWER_OPTIONS,
  GAD7,
  PHQ9,
  type Answer,
} from '../../../src/domain/review/self-check-items';

const phq = (...a: Answer[]): Answer[] => a;
const row = (over: Record<string, unknown> = {}) => ({
  id: 'c1',
  at: Date.UTC(2026, 0, 5, 9),
  tzOffset: 60,
  instrument: 'phq-9',
  answers: [0, 1, 2, 3, 0, 1, 2, 3, 0],
  ...over,
});

describe('the instruments', () => {
  it('have their standard items, answer options and score ranges', () => {
    expect(PHQ9.items).toHaveLength(9);
    expect(GAD7.items).toHaveLength(7);
    expect(PHQ9.items[8]).toBe(
      'Thoughts that you would be better off dead or of hurting yourself in some way',
    );
    expect(PHQ9.items[7]).toBe(
      'Moving or speaking so slowly that other people could have noticed? Or the opposite — ' +
        'being so fidgety or restless that you have been moving around a lot more than usual',
    );
    expect(GAD7.items[0]).toBe('Feeling nervous, anxious, or on edge');
    expect(ANSWER_OPTIONS.map((o) => `${o.value} ${o.label}`)).toEqual([
      '0 Not at all',
      '1 Several days',
      '2 More than half the days',
      '3 Nearly every day',
    ]);
    expect([PHQ9.maxScore, GAD7.maxScore]).toEqual([27, 21]);
  });

  it('cover every possible score with exactly one band', () => {
    for (const inst of [PHQ9, GAD7])
      for (let s = 0; s <= inst.maxScore; s++)
        expect(
          inst.bands.filter((b) => s >= b.min && s <= b.max),
          `${inst.id} ${s}`,
        ).toHaveLength(1);
  });
});

describe('scoring and bands', () => {
  it('sums the answers', () => {
    expect(scoreOf(phq(0, 1, 2, 3, 0, 1, 2, 3, 0))).toBe(12);
    expect(scoreOf(phq(3, 3, 3, 3, 3, 3, 3, 3, 3))).toBe(27);
  });

  it('uses the PHQ-9 bands 0–4, 5–9, 10–14, 15–19, 20–27', () => {
    const at = (s: number) => bandOf('phq-9', s).id;
    expect([0, 4, 5, 9, 10, 14, 15, 19, 20, 27].map(at)).toEqual([
      'minimal',
      'minimal',
      'mild',
      'mild',
      'moderate',
      'moderate',
      'moderately-severe',
      'moderately-severe',
      'severe',
      'severe',
    ]);
  });

  it('uses the GAD-7 bands 0–4, 5–9, 10–14, 15–21', () => {
    const at = (s: number) => bandOf('gad-7', s).label;
    expect([4, 5, 9, 10, 14, 15, 21].map(at)).toEqual([
      'Minimal',
      'Mild',
      'Mild',
      'Moderate',
      'Moderate',
      'Severe',
      'Severe',
    ]);
  });

  it('knows when a form is complete', () => {
    expect(isComplete('gad-7', [0, 0, 0, 0, 0, 0, 0])).toBe(true);
    expect(isComplete('gad-7', [0, 0, 0, undefined, 0, 0, 0])).toBe(false);
    expect(isComplete('phq-9', [0, 0, 0, 0, 0, 0, 0])).toBe(false);
  });
});

describe('item 9 safety response', () => {
  it('is needed for any answer above "not at all" to item 9, even on an unfinished form', () => {
    expect(needsSafetyResponse(phq(0, 0, 0, 0, 0, 0, 0, 0, 0))).toBe(false);
    for (const a of [1, 2, 3] as Answer[])
      expect(needsSafetyResponse(phq(0, 0, 0, 0, 0, 0, 0, 0, a))).toBe(true);
    const partial: (Answer | undefined)[] = [];
    partial[8] = 1;
    expect(needsSafetyResponse(partial)).toBe(true);
    expect(needsSafetyResponse([3, 3, 3, 3, 3, 3, 3, 3])).toBe(false);
  });

  it('offers 988 by call and text and the emergency number, in calm words', () => {
    expect(crisisLinks('112').map((l) => l.href)).toEqual(['tel:988', 'sms:988', 'tel:112']);
    expect(crisisLinks(' ')[2]!.href).toBe('tel:911');
    expect(CRISIS_WORDS.lifeline).toMatch(/call or text 988/);
    expect(CRISIS_WORDS.emergency).toMatch(/call emergency services/);
  });
});

describe('parseSelfCheckRow', () => {
  it('accepts a valid row and copies its answers', () => {
    const r = row();
    const parsed = parseSelfCheckRow(r);
    expect(parsed).toEqual(r);
    expect(parsed!.answers).not.toBe(r.answers);
  });

  it('rejects a wrong instrument, a wrong length, an out-of-range answer, or a bad shape', () => {
    for (const bad of [
      row({ instrument: 'beck' }),
      row({ instrument: 'gad-7' }),
      row({ answers: [0, 1, 2] }),
      row({ answers: [0, 1, 2, 4, 0, 1, 2, 3, 0] }),
      row({ answers: [0, 1, 2, -1, 0, 1, 2, 3, 0] }),
      row({ answers: [0, 1, 2, 1.5, 0, 1, 2, 3, 0] }),
      row({ answers: [0, 1, 2, '1', 0, 1, 2, 3, 0] }),
      row({ answers: 'nope' }),
      row({ at: Number.NaN }),
      row({ id: '' }),
      row({ tzOffset: undefined }),
      null,
      'row',
    ])
      expect(parseSelfCheckRow(bad), JSON.stringify(bad)).toBeUndefined();
  });
});

describe('selfCheckSeries', () => {
  it('charts one instrument oldest first, with scores, bands and safety marks', () => {
    const checks: SelfCheck[] = [
      { ...(row({ id: 'b', at: 2000 }) as SelfCheck), answers: phq(1, 1, 1, 1, 1, 1, 1, 1, 1) },
      { ...(row({ id: 'a', at: 1000 }) as SelfCheck), answers: phq(0, 0, 0, 0, 0, 0, 0, 0, 0) },
      { id: 'g', at: 1500, tzOffset: 0, instrument: 'gad-7', answers: [3, 3, 3, 3, 3, 3, 3] },
    ];
    expect(selfCheckSeries(checks, 'phq-9')).toMatchObject([
      { id: 'a', score: 0, safety: false, band: { id: 'minimal' } },
      { id: 'b', score: 9, safety: true, band: { id: 'mild' } },
    ]);
    expect(selfCheckSeries(checks, 'gad-7')).toMatchObject([{ id: 'g', score: 21, safety: false }]);
  });
});
