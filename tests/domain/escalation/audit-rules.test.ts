import { describe, expect, it } from 'vitest';
import { evaluate, recheckFor } from '../../../src/domain/escalation/evaluate';
import { routeFor, shownFor } from '../../../src/domain/escalation/status';
import { DEFAULT_PROTOCOL } from '../../../src/domain/protocol/protocol';
import { escalationLog as log, mins, type LogBuilder } from '../../fixtures/escalation-log';

// The clinical audit's rules (docs/clinical-basis.md says what changed and why), each with a case
// that fires and one that narrowly does not.

const run = (b: LogBuilder) =>
  evaluate({ entries: b.entries, protocol: DEFAULT_PROTOCOL, now: b.lastAt() });
const fired = (b: LogBuilder) => run(b).map((p) => p.ruleId);
const bp = (systolic: number, diastolic: number) => ({ systolic, diastolic });
const answered = (b: LogBuilder, at: number, signs: string[]) =>
  b.add('warning-signs-checked', { context: 'bp-crisis', signs }, at);

describe('the warning-sign questions include hypertensive encephalopathy [SPR-label]', () => {
  for (const sign of ['severe-headache', 'seizure', 'hard-to-wake']) {
    it(`${sign} with 182/100 → emergency; with 179/100 → not this rule`, () => {
      expect(fired(answered(log().vitals(mins(10), bp(182, 100)), mins(11), [sign]))).toContain(
        'bp-crisis-symptoms',
      );
      expect(fired(answered(log().vitals(mins(10), bp(179, 100)), mins(11), [sign]))).not.toContain(
        'bp-crisis-symptoms',
      );
    });
  }

  it('"None of these" keeps the provider prompt, with no emergency', () => {
    const b = answered(log().vitals(mins(10), bp(186, 124)), mins(11), []);
    expect(fired(b)).toEqual([]);
  });
});

describe('a crisis reading gives one instruction', () => {
  it('186/124 fires only bp-crisis-first, not the session limit or the rise as well', () => {
    const b = log()
      .vitals(mins(0), bp(130, 80), 'pre-dose')
      .dose(mins(5))
      .vitals(mins(45), bp(186, 124));
    expect(fired(b)).toEqual(['bp-crisis-first']);
    // Narrowly below the crisis line the other two speak.
    const below = log()
      .vitals(mins(0), bp(130, 80), 'pre-dose')
      .dose(mins(5))
      .vitals(mins(45), bp(179, 119));
    expect(fired(below)).toEqual(['bp-rise', 'bp-session-limit']);
  });

  it('sends a repeat to the questions again', () => {
    const b = log().vitals(mins(10), bp(186, 124)).vitals(mins(15), bp(188, 122));
    const shown = shownFor(run(b));
    expect(shown?.ruleIds).toEqual(['bp-crisis-repeat']);
    expect(routeFor(shown!)).toBe('bp-check');
  });
});

describe('distress brings its own re-check forward [Zendo, SITWELL-DEFAULT]', () => {
  it('schedules a re-check 15 minutes after the grounding prompt', () => {
    const b = log().checkIn(mins(10), { comfort: 'distressed' });
    expect(recheckFor(run(b), mins(10))).toMatchObject({
      dueAt: mins(25),
      reason: 'distress',
      ruleIds: ['grounding'],
    });
  });

  it('calls the provider at that re-check when distress goes on, counted from the prompt', () => {
    const prompted = () =>
      log()
        .checkIn(mins(10), { comfort: 'distressed' })
        .add('escalation-shown', { tier: 'support', ruleIds: ['grounding'] }, mins(10))
        .grounding(mins(11));
    expect(fired(prompted().checkIn(mins(25), { comfort: 'anxious' }))).toContain(
      'distress-unsettled',
    );
    expect(fired(prompted().checkIn(mins(24, 59), { comfort: 'anxious' }))).not.toContain(
      'distress-unsettled',
    );
  });
});

describe('breathing outside 12–20 a minute [SFW]', () => {
  it('fires at 21 and at 9, not at 20, 12, or 8 (8 is the emergency rule)', () => {
    expect(fired(log().vitals(mins(10), { respRate: 21 }))).toContain('breathing-rate-off');
    expect(fired(log().vitals(mins(10), { respRate: 9 }))).toContain('breathing-rate-off');
    expect(fired(log().vitals(mins(10), { respRate: 20 }))).not.toContain('breathing-rate-off');
    const eight = fired(log().vitals(mins(10), { respRate: 8 }));
    expect(eight).toContain('breathing-slow');
    expect(eight).not.toContain('breathing-rate-off');
  });
});

describe('oxygen just below normal [SITWELL-DEFAULT]', () => {
  it('94 % → the provider; 89 % → the emergency rule only', () => {
    expect(fired(log().vitals(mins(10), { spo2: 94 }))).toEqual(['spo2-below-normal']);
    expect(fired(log().vitals(mins(10), { spo2: 89 }))).toEqual(['spo2-low']);
  });
});

describe('noisy breathing while drowsy: reposition first [RCEM, NHS-Zana]', () => {
  it('first asks to reposition and re-check in 2 minutes, not an emergency', () => {
    const b = log().checkIn(mins(10), { breathing: 'noisy', responsiveness: 'drowsy' });
    const prompts = run(b);
    expect(prompts.map((p) => p.ruleId)).toEqual(['airway-reposition']);
    expect(recheckFor(prompts, mins(10))).toMatchObject({ dueAt: mins(12), reason: 'airway' });
  });

  it('is an emergency when still noisy at the re-check, not 10 minutes later', () => {
    const after = (at: number) =>
      log()
        .checkIn(mins(10), { breathing: 'noisy', responsiveness: 'drowsy' })
        .add(
          'escalation-shown',
          { tier: 'call-provider', ruleIds: ['airway-reposition'] },
          mins(10),
        )
        .checkIn(at, { breathing: 'noisy', responsiveness: 'drowsy' });
    expect(fired(after(mins(12)))).toContain('airway-noisy');
    expect(fired(after(mins(20, 1)))).not.toContain('airway-noisy');
  });
});

describe('preparation answers count [SPR-label, PMF]', () => {
  const prepped = (taken: string[]) =>
    log().add('prep-completed', { answers: { substancesToday: taken } }, mins(0));

  it('a loud-voice answer after an opioid calls the provider; without one it is a re-check', () => {
    const withOpioid = shownFor(
      run(prepped(['opioid']).checkIn(mins(15), { responsiveness: 'loud-voice' })),
    );
    expect(withOpioid?.tier).toBe('call-provider');
    expect(withOpioid?.because).toEqual([
      'Taken today: An opioid painkiller (e.g. codeine, oxycodone, tramadol)',
    ]);
    const without = shownFor(run(prepped([]).checkIn(mins(15), { responsiveness: 'loud-voice' })));
    expect(without?.tier).toBe('support');
  });

  it('slow, shallow breathing after alcohol is an emergency; after cannabis, the provider', () => {
    const tier = (taken: string[]) =>
      shownFor(run(prepped(taken).checkIn(mins(15), { breathing: 'slow-shallow' })))?.tier;
    expect(tier(['alcohol'])).toBe('emergency');
    expect(tier(['cannabis'])).toBe('call-provider');
  });
});
