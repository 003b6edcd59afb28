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

// One "fires" and one narrow "does not fire" log per rule; the coverage test below makes sure no
// rule is left without both. Further edge cases live in the rule-specific files.
const CASES: Record<
  string,
  { fires: () => LogBuilder; not: () => LogBuilder; protocol?: Protocol }
> = {
  'no-response': {
    fires: () => log().checkIn(mins(15), { responsiveness: 'none' }),
    not: () => log().checkIn(mins(15), { responsiveness: 'shake' }),
  },
  'breathing-pauses': {
    fires: () => log().checkIn(mins(15), { breathing: 'pauses' }),
    not: () => log().checkIn(mins(15), { breathing: 'noisy' }),
  },
  'breathing-slow': {
    fires: () => log().vitals(mins(15), { respRate: 8 }),
    not: () => log().vitals(mins(15), { respRate: 9 }),
  },
  'not-breathing': {
    fires: () => log().situation(mins(15), 'not-breathing'),
    not: () => log().situation(mins(15), 'breathing-noisy'),
  },
  'blue-lips': {
    fires: () => log().situation(mins(15), 'blue-grey-lips'),
    not: () => log().situation(mins(15), 'breathing-slow'),
  },
  seizure: {
    fires: () => log().situation(mins(15), 'seizure'),
    not: () => log().situation(mins(15), 'something-else', 'shaking hands'),
  },
  'chest-pain': {
    fires: () => log().situation(mins(15), 'chest-pain-or-breathless'),
    not: () => log().situation(mins(15), 'severe-headache'),
  },
  'head-signs': {
    fires: () => log().situation(mins(15), 'one-sided-weakness'),
    not: () => log().situation(mins(15), 'chest-pain-or-breathless'),
  },
  'vomit-not-alert': {
    fires: () => log().checkIn(mins(15), { nausea: 'vomited', responsiveness: 'drowsy' }),
    not: () => log().checkIn(mins(15), { nausea: 'vomited', responsiveness: 'normal' }),
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
  'bp-crisis-symptoms': {
    fires: () =>
      log()
        .situation(mins(10), 'severe-headache')
        .vitals(mins(12), { systolic: 182, diastolic: 100 }),
    not: () =>
      log()
        .situation(mins(10), 'severe-headache')
        .vitals(mins(12), { systolic: 179, diastolic: 119 }),
  },
  'spo2-low': {
    fires: () => log().vitals(mins(15), { spo2: 89 }),
    not: () => log().vitals(mins(15), { spo2: 90 }),
  },
  'reported-unclear': {
    fires: () => log().situation(mins(15), 'breathing-problem'),
    not: () => log().situation(mins(15), 'breathing-pauses'),
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
  'response-reduced': {
    fires: () => log().situation(mins(15), 'responds-to-shake-or-loud-voice'),
    not: () => log().situation(mins(15), 'no-response-to-shaking'),
  },
  'heart-rate': {
    fires: () => log().vitals(mins(15), { heartRate: 121 }),
    not: () => log().vitals(mins(15), { heartRate: 120 }),
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
    fires: () => log().situation(mins(15), 'trying-to-leave'),
    not: () => log().checkIn(mins(15), { position: 'moving', comfort: 'calm' }),
  },
  'breathing-noisy': {
    fires: () => log().checkIn(mins(15), { breathing: 'noisy' }),
    not: () => log().checkIn(mins(15), { breathing: 'normal' }),
  },
  'breathing-unclear': {
    fires: () => log().checkIn(mins(15), { breathing: 'cant-tell' }),
    not: () => log().checkIn(mins(15), { breathing: 'normal' }),
  },
  'something-else': {
    fires: () => log().situation(mins(15), 'something-else', 'Skin very hot'),
    not: () => log().situation(mins(15), 'very-distressed'),
  },
  'vomit-care': {
    fires: () => log().situation(mins(15), 'vomiting-awake'),
    not: () => log().situation(mins(15), 'vomiting-not-alert'),
  },
  grounding: {
    fires: () => log().checkIn(mins(15), { comfort: 'agitated' }),
    not: () => log().checkIn(mins(15), { comfort: 'restless' }),
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
      breathing: 'noisy',
    });
    const prompts = run(b);
    expect(prompts.map((p) => p.tier)).toEqual(['emergency', 'call-provider', 'support']);
    expect(prompts.map((p) => p.ruleId)).toEqual(['no-response', 'breathing-noisy', 'grounding']);
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
