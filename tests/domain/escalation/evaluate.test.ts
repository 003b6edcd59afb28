import { describe, expect, it } from 'vitest';
import type { CurrentInput } from '../../../src/domain/escalation/context';
import {
  evaluate,
  highestTier,
  TIER_ORDER,
  type Prompt,
} from '../../../src/domain/escalation/evaluate';
import { type EscalationRule } from '../../../src/domain/escalation/rule-kit';
import { describeRule, ESCALATION_RULES } from '../../../src/domain/escalation/rules';
import { ESCALATION_WORDING, wordingFor } from '../../../src/domain/escalation/wording';
import { DEFAULT_PROTOCOL, type Protocol } from '../../../src/domain/protocol/protocol';
import { escalationLog, mins, type LogBuilder } from '../../fixtures/escalation-log';

const run = (
  b: LogBuilder,
  protocol: Protocol = DEFAULT_PROTOCOL,
  current?: CurrentInput,
): Prompt[] => evaluate({ entries: b.entries, protocol, now: b.lastAt(), current });
const fired = (b: LogBuilder, protocol?: Protocol) => run(b, protocol).map((p) => p.ruleId);
const log = escalationLog;
/** A log whose preparation recorded `taken` as taken today. */
const prepped = (taken: string[]) =>
  log().add('prep-completed', { answers: { substancesToday: taken } }, mins(0));
/** A log where the sitter was told to reposition a noisy airway at `at`. */
const repositioned = (at: number) =>
  log()
    .checkIn(at, { breathing: 'noisy', responsiveness: 'drowsy' })
    .add('escalation-shown', { tier: 'call-provider', ruleIds: ['airway-reposition'] }, at);

// One "fires" and one narrow "does not fire" log per rule; the coverage test below makes sure no
// rule is left without both. Further edge cases live in the rule-specific files.
const CASES: Record<
  string,
  { fires: () => LogBuilder; not: () => LogBuilder; protocol?: Protocol }
> = {
  'not-breathing': {
    fires: () => log().vitals(mins(15), { respRate: 0 }),
    not: () => log().vitals(mins(15), { respRate: 2 }),
  },
  'no-response': {
    fires: () => log().checkIn(mins(15), { responsiveness: 'none' }),
    not: () => log().checkIn(mins(15), { responsiveness: 'shake' }),
  },
  choking: {
    fires: () => log().situation(mins(15), 'choking'),
    not: () => log().situation(mins(15), 'vomiting-awake'),
  },
  'breathing-pauses': {
    fires: () => log().checkIn(mins(15), { breathing: 'pauses' }),
    not: () => log().checkIn(mins(15), { breathing: 'slow-shallow' }),
  },
  'breathing-slow': {
    fires: () => log().vitals(mins(15), { respRate: 8 }),
    not: () => log().vitals(mins(15), { respRate: 9 }),
  },
  'blue-lips': {
    fires: () => log().checkIn(mins(15), { skin: 'blue-grey' }),
    not: () => log().checkIn(mins(15), { skin: 'normal' }),
  },
  // Still noisy at the re-check after repositioning [RCEM]; not when the noise cleared.
  'airway-noisy': {
    fires: () =>
      repositioned(mins(15)).checkIn(mins(17), { breathing: 'noisy', responsiveness: 'drowsy' }),
    not: () =>
      repositioned(mins(15)).checkIn(mins(17), { breathing: 'normal', responsiveness: 'drowsy' }),
  },
  'airway-reposition': {
    fires: () => log().checkIn(mins(15), { breathing: 'noisy', responsiveness: 'drowsy' }),
    not: () => log().checkIn(mins(15), { breathing: 'noisy', responsiveness: 'normal' }),
  },
  'breathing-rate-off': {
    fires: () => log().vitals(mins(15), { respRate: 11 }),
    not: () => log().vitals(mins(15), { respRate: 12 }),
  },
  'spo2-below-normal': {
    fires: () => log().vitals(mins(15), { spo2: 94 }),
    not: () => log().vitals(mins(15), { spo2: 95 }),
  },
  'pale-clammy-alert': {
    fires: () => log().checkIn(mins(15), { skin: 'pale-clammy', responsiveness: 'normal' }),
    not: () => log().checkIn(mins(15), { skin: 'normal', responsiveness: 'normal' }),
  },
  'refuses-check-ins': {
    fires: () => log().situation(mins(15), 'refusing-check-ins'),
    not: () => log().situation(mins(15), 'very-distressed'),
  },
  aggressive: {
    fires: () => log().situation(mins(15), 'aggressive'),
    not: () => log().situation(mins(15), 'very-distressed'),
  },
  overheating: {
    fires: () => log().situation(mins(15), 'overheating'),
    not: () => log().situation(mins(15), 'very-distressed'),
  },
  'depressant-with-signs': {
    fires: () => prepped(['alcohol']).checkIn(mins(15), { responsiveness: 'shake' }),
    not: () => prepped(['cannabis']).checkIn(mins(15), { responsiveness: 'shake' }),
  },
  'loud-voice-with-depressant': {
    fires: () => prepped(['opioid']).checkIn(mins(15), { responsiveness: 'loud-voice' }),
    not: () => prepped(['opioid']).checkIn(mins(15), { responsiveness: 'drowsy' }),
  },
  'pale-clammy': {
    fires: () => log().checkIn(mins(15), { skin: 'pale-clammy', responsiveness: 'loud-voice' }),
    not: () => log().checkIn(mins(15), { skin: 'pale-clammy', responsiveness: 'normal' }),
  },
  'vomit-not-alert': {
    fires: () => log().checkIn(mins(15), { nausea: 'vomited', responsiveness: 'drowsy' }),
    not: () => log().checkIn(mins(15), { nausea: 'vomited', responsiveness: 'normal' }),
  },
  seizure: {
    fires: () => log().checkIn(mins(15), { seizure: true }),
    not: () => log().situation(mins(15), 'something-else', 'shaking hands'),
  },
  'chest-pain': {
    fires: () => log().situation(mins(15), 'chest-pain-or-breathless'),
    not: () => log().situation(mins(15), 'allergy-rash'),
  },
  'stroke-signs': {
    fires: () => log().situation(mins(15), 'face-droop'),
    not: () => log().dose(mins(0)).situation(mins(15), 'confusion'),
  },
  'head-signs-late': {
    fires: () => log().dose(mins(0)).situation(mins(90, 1), 'vision-changes'),
    not: () => log().dose(mins(0)).situation(mins(90), 'vision-changes'),
  },
  'head-signs-combined': {
    fires: () =>
      log()
        .dose(mins(0))
        .vitals(mins(20), { systolic: 182, diastolic: 100 })
        .situation(mins(30), 'confusion'),
    not: () =>
      log()
        .dose(mins(0))
        .vitals(mins(20), { systolic: 179, diastolic: 119 })
        .situation(mins(30), 'confusion'),
  },
  // A sign present now (answered to the questions) with a reading of 180/120 or more.
  'bp-crisis-symptoms': {
    fires: () =>
      log()
        .vitals(mins(12), { systolic: 182, diastolic: 100 })
        .add('warning-signs-checked', { context: 'bp-crisis', signs: ['back-pain'] }, mins(13)),
    not: () =>
      log()
        .vitals(mins(12), { systolic: 179, diastolic: 119 })
        .add('warning-signs-checked', { context: 'bp-crisis', signs: ['back-pain'] }, mins(13)),
  },
  'spo2-low': {
    fires: () => log().vitals(mins(15), { spo2: 89 }),
    not: () => log().vitals(mins(15), { spo2: 90 }),
  },
  'allergy-severe': {
    fires: () => log().situation(mins(15), 'allergy-swelling'),
    not: () => log().situation(mins(15), 'allergy-rash'),
  },
  'fall-head-injury': {
    fires: () => log().situation(mins(15), 'fall-head-injury'),
    not: () => log().situation(mins(15), 'fall-no-head-injury'),
  },
  'suicide-danger': {
    fires: () => log().situation(mins(15), 'suicide-immediate-danger'),
    not: () => log().situation(mins(15), 'suicide-talk'),
  },
  'has-left': {
    fires: () => log().situation(mins(15), 'has-left-or-driving'),
    not: () => log().situation(mins(15), 'wants-to-leave'),
  },
  'drugs-with-signs': {
    fires: () =>
      log()
        .checkIn(mins(15), { responsiveness: 'loud-voice' })
        .situation(mins(20), 'sedatives-taken'),
    not: () =>
      log().checkIn(mins(15), { responsiveness: 'drowsy' }).situation(mins(20), 'sedatives-taken'),
  },
  'provider-unreachable': {
    fires: () => log().add('escalation-action', { action: 'provider-not-reached' }, mins(15)),
    not: () => log().add('escalation-action', { action: 'called-provider' }, mins(15)),
  },
  'reported-unclear': {
    fires: () => log().situation(mins(15), 'breathing-problem'),
    not: () => log().situation(mins(15), 'breathing-pauses'),
  },
  'bp-predose-severe': {
    fires: () => log().vitals(mins(0), { systolic: 175, diastolic: 110 }, 'pre-dose'),
    not: () => log().vitals(mins(0), { systolic: 179, diastolic: 109 }, 'pre-dose'),
  },
  'bp-crisis-first': {
    fires: () => log().vitals(mins(15), { systolic: 180, diastolic: 100 }),
    not: () => log().vitals(mins(15), { systolic: 179, diastolic: 119 }),
  },
  'bp-crisis-repeat': {
    fires: () =>
      log()
        .vitals(mins(10), { systolic: 185, diastolic: 125 })
        .vitals(mins(15), { systolic: 185, diastolic: 125 }),
    not: () =>
      log()
        .vitals(mins(10), { systolic: 185, diastolic: 125 })
        .vitals(mins(14, 59), { systolic: 185, diastolic: 125 }),
  },
  'bp-rise': {
    // A high session limit isolates the rise rule from the in-session limit.
    protocol: { ...DEFAULT_PROTOCOL, sessionBp: { systolic: 200, diastolic: 130 } },
    fires: () =>
      log()
        .vitals(mins(0), { systolic: 130, diastolic: 80 }, 'pre-dose')
        .dose(mins(5))
        .vitals(mins(45), { systolic: 170, diastolic: 80 }),
    not: () =>
      log()
        .vitals(mins(0), { systolic: 130, diastolic: 80 }, 'pre-dose')
        .dose(mins(5))
        .vitals(mins(45), { systolic: 169, diastolic: 104 }),
  },
  'bp-session-limit': {
    fires: () => log().vitals(mins(45), { systolic: 161, diastolic: 90 }),
    not: () => log().vitals(mins(45), { systolic: 160, diastolic: 100 }),
  },
  'heart-rate': {
    fires: () => log().vitals(mins(15), { heartRate: 121 }),
    not: () => log().vitals(mins(15), { heartRate: 120 }),
  },
  'vomit-repeat': {
    fires: () =>
      log()
        .checkIn(mins(15), { nausea: 'vomited', responsiveness: 'normal' })
        .checkIn(mins(30), { nausea: 'vomited', responsiveness: 'normal' }),
    not: () =>
      log()
        .checkIn(mins(15), { nausea: 'nauseous', responsiveness: 'normal' })
        .checkIn(mins(30), { nausea: 'vomited', responsiveness: 'normal' }),
  },
  'breathing-noisy': {
    fires: () => log().checkIn(mins(15), { breathing: 'noisy', responsiveness: 'normal' }),
    not: () => log().checkIn(mins(15), { breathing: 'normal', responsiveness: 'normal' }),
  },
  'breathing-unclear': {
    fires: () => log().checkIn(mins(15), { breathing: 'cant-tell' }),
    not: () => log().checkIn(mins(15), { breathing: 'normal' }),
  },
  'head-signs-early': {
    fires: () => log().dose(mins(0)).situation(mins(90), 'confusion'),
    not: () => log().dose(mins(0)).situation(mins(90, 1), 'confusion'),
  },
  'response-shake': {
    fires: () => log().checkIn(mins(15), { responsiveness: 'shake' }),
    not: () => log().checkIn(mins(15), { responsiveness: 'loud-voice' }),
  },
  'response-not-better': {
    fires: () =>
      log()
        .checkIn(mins(15), { responsiveness: 'loud-voice' })
        .checkIn(mins(20), { responsiveness: 'loud-voice' }),
    not: () =>
      log()
        .checkIn(mins(15), { responsiveness: 'loud-voice' })
        .checkIn(mins(20), { responsiveness: 'drowsy' }),
  },
  'response-worse': {
    fires: () =>
      log()
        .checkIn(mins(15), { responsiveness: 'normal' })
        .checkIn(mins(30), { responsiveness: 'loud-voice' }),
    not: () =>
      log()
        .checkIn(mins(15), { responsiveness: 'normal' })
        .checkIn(mins(30), { responsiveness: 'drowsy' }),
  },
  'distress-unsettled': {
    fires: () =>
      log()
        .checkIn(mins(10), { comfort: 'anxious' })
        .grounding(mins(11))
        .checkIn(mins(26), { comfort: 'distressed' }),
    not: () =>
      log()
        .checkIn(mins(10), { comfort: 'anxious' })
        .grounding(mins(11))
        .checkIn(mins(25, 59), { comfort: 'distressed' }),
  },
  'unsafe-behaviour': {
    fires: () => log().situation(mins(15), 'wants-to-leave'),
    not: () => log().checkIn(mins(15), { position: 'moving', comfort: 'calm' }),
  },
  'suicide-talk': {
    fires: () => log().situation(mins(15), 'suicide-talk'),
    not: () => log().situation(mins(15), 'very-distressed'),
  },
  'allergy-mild': {
    fires: () => log().situation(mins(15), 'allergy-rash'),
    not: () => log().situation(mins(15), 'something-else', 'itchy nose'),
  },
  'fall-no-head': {
    fires: () => log().situation(mins(15), 'fall-no-head-injury'),
    not: () => log().situation(mins(15), 'fall-head-injury'),
  },
  'extra-dose': {
    fires: () => log().situation(mins(15), 'extra-dose'),
    not: () => log().situation(mins(15), 'sedatives-taken'),
  },
  'sedatives-taken': {
    fires: () => log().situation(mins(15), 'sedatives-taken'),
    not: () => log().situation(mins(15), 'extra-dose'),
  },
  'sitter-unable': {
    fires: () => log().situation(mins(15), 'sitter-unable'),
    not: () => log().situation(mins(15), 'something-else', 'I need a break soon'),
  },
  'something-else': {
    fires: () => log().situation(mins(15), 'something-else', 'Skin very hot'),
    not: () => log().situation(mins(15), 'very-distressed'),
  },
  'response-loud-voice': {
    fires: () => log().checkIn(mins(15), { responsiveness: 'loud-voice' }),
    not: () => log().checkIn(mins(15), { responsiveness: 'drowsy' }),
  },
  grounding: {
    fires: () => log().checkIn(mins(15), { comfort: 'agitated' }),
    not: () => log().checkIn(mins(15), { comfort: 'restless' }),
  },
  'vomit-care': {
    fires: () => log().situation(mins(15), 'vomiting-awake'),
    not: () => log().situation(mins(15), 'vomiting-not-alert'),
  },
};

describe('every escalation rule', () => {
  it('has a firing and a non-firing case', () => {
    expect(Object.keys(CASES).sort()).toEqual(ESCALATION_RULES.map((r) => r.id).sort());
  });

  for (const rule of ESCALATION_RULES) {
    const c = CASES[rule.id];
    if (!c) continue;
    it(`${rule.id} fires`, () => expect(fired(c.fires(), c.protocol)).toContain(rule.id));
    it(`${rule.id} narrowly does not fire`, () =>
      expect(fired(c.not(), c.protocol)).not.toContain(rule.id));
  }

  it('has a unique id', () => {
    const ids = ESCALATION_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('has wording for its wording key, and every wording is used', () => {
    for (const r of ESCALATION_RULES) expect(wordingFor(r.wordingKey), r.id).toBeDefined();
    const used = new Set(ESCALATION_RULES.map((r) => r.wordingKey));
    expect(Object.keys(ESCALATION_WORDING).filter((k) => !used.has(k as never))).toEqual([]);
  });

  it('is worded for its tier', () => {
    for (const r of ESCALATION_RULES) {
      const w = ESCALATION_WORDING[r.wordingKey];
      expect(w.reason.length, r.id).toBeGreaterThan(0);
      if (r.tier === 'emergency') expect(w.title).toBe('Call emergency services now');
      if (r.tier === 'call-provider') expect('tell' in w && w.tell, r.id).toBeTruthy();
    }
  });

  it('is described in plain words with its sources', () => {
    for (const r of ESCALATION_RULES) {
      const d = describeRule(r);
      expect(d.summary.length, r.id).toBeGreaterThan(10);
      expect(d.sources.length, r.id).toBeGreaterThan(0);
      for (const s of d.sources) expect(s.title.length).toBeGreaterThan(0);
    }
  });

  it('lists emergency rules first in the table', () => {
    const ranks = ESCALATION_RULES.map((r) => TIER_ORDER.indexOf(r.tier));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });
});

describe('evaluate', () => {
  it('puts emergency first, then call-provider, then support', () => {
    const b = log().checkIn(mins(15), {
      responsiveness: 'none',
      comfort: 'agitated',
      breathing: 'cant-tell',
    });
    const prompts = run(b);
    expect(prompts.map((p) => p.tier)).toEqual(['emergency', 'call-provider', 'support']);
    expect(prompts.map((p) => p.ruleId)).toEqual(['no-response', 'breathing-unclear', 'grounding']);
    expect(highestTier(prompts)).toBe('emergency');
  });

  it('sorts by tier even when the table is not, keeping table order within a tier', () => {
    const rule = (id: string, tier: EscalationRule['tier']): EscalationRule => ({
      id,
      tier,
      summary: id,
      sourceKeys: ['SITWELL-DEFAULT'],
      wordingKey: 'grounding',
      when: () => true,
    });
    const rules = [
      rule('s', 'support'),
      rule('p1', 'call-provider'),
      rule('e', 'emergency'),
      rule('p2', 'call-provider'),
    ];
    const prompts = evaluate(
      { entries: log().checkIn(mins(1), {}).entries, protocol: DEFAULT_PROTOCOL, now: mins(1) },
      rules,
    );
    expect(prompts.map((p) => p.ruleId)).toEqual(['e', 'p1', 'p2', 's']);
  });

  it('returns one prompt per rule id', () => {
    const r: EscalationRule = { ...ESCALATION_RULES[0]!, when: () => true };
    const prompts = evaluate(
      { entries: log().checkIn(mins(1), {}).entries, protocol: DEFAULT_PROTOCOL, now: mins(1) },
      [r, r],
    );
    expect(prompts).toHaveLength(1);
  });

  it('carries the rule tier, wording key and source keys', () => {
    const [p] = run(log().situation(mins(15), 'seizure'));
    expect(p).toEqual({
      ruleId: 'seizure',
      tier: 'emergency',
      wordingKey: 'seizure',
      sourceKeys: ['BTI', 'USC', 'SPR-label'],
    });
  });

  it('returns nothing for a calm check-in, and nothing before any check-in', () => {
    const calm = {
      responsiveness: 'normal',
      breathing: 'normal',
      comfort: 'calm',
      nausea: 'none',
    } as const;
    expect(run(log().checkIn(mins(15), calm))).toEqual([]);
    expect(run(log().dose(mins(1)).grounding(mins(2)))).toEqual([]);
    expect(highestTier([])).toBeUndefined();
  });

  it('judges only what was just recorded, so an earlier danger is not shown again', () => {
    const b = log()
      .checkIn(mins(15), { responsiveness: 'none' })
      .checkIn(mins(30), { responsiveness: 'normal' });
    expect(run(b)).toEqual([]);
  });

  it('judges the latest check-in, vitals or answer even when other entries follow it', () => {
    const b = log()
      .situation(mins(15), 'seizure')
      .add('escalation-shown', { ruleIds: ['seizure'], tier: 'emergency' }, mins(15));
    expect(fired(b)).toEqual(['seizure']);
  });

  it('judges a `current` input against the whole log', () => {
    const b = log().checkIn(mins(15), { nausea: 'vomited', responsiveness: 'normal' });
    const prompts = run(b, DEFAULT_PROTOCOL, {
      observation: { nausea: 'vomited', responsiveness: 'normal' },
    });
    expect(prompts.map((p) => p.ruleId)).toEqual(['vomit-repeat', 'vomit-care']);
    expect(
      run(log(), DEFAULT_PROTOCOL, { situations: ['blue-grey-lips'] }).map((p) => p.ruleId),
    ).toEqual(['blue-lips']);
  });

  it('does not depend on the order the entries are passed in', () => {
    const b = log()
      .checkIn(mins(15), { responsiveness: 'normal' })
      .checkIn(mins(30), { responsiveness: 'shake' });
    const shuffled = [...b.entries].reverse();
    expect(evaluate({ entries: shuffled, protocol: DEFAULT_PROTOCOL, now: mins(30) })).toEqual(
      run(b),
    );
  });
});
