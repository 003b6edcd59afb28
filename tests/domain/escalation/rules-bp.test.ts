import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/domain/escalation/evaluate';
import { DEFAULT_PROTOCOL, type Protocol } from '../../../src/domain/protocol/protocol';
import { escalationLog as log, mins, type LogBuilder } from '../../fixtures/escalation-log';

const fired = (b: LogBuilder, protocol: Protocol = DEFAULT_PROTOCOL) =>
  evaluate({ entries: b.entries, protocol, now: b.lastAt() }).map((p) => p.ruleId);
const bp = (systolic: number, diastolic: number) => ({ systolic, diastolic });
// Keeps the in-session limit out of the way when a test is about the rise.
const HIGH_LIMIT: Protocol = { ...DEFAULT_PROTOCOL, sessionBp: bp(250, 150) };

describe('very high blood pressure on a repeat reading (call the provider) [AHA-HTN]', () => {
  it('does not fire for 179/119 twice', () => {
    expect(
      fired(log().vitals(mins(10), bp(179, 119)).vitals(mins(20), bp(179, 119))),
    ).not.toContain('bp-crisis-repeat');
  });

  it('fires at exactly 5 minutes, not at 4 min 59 s', () => {
    const early = log().vitals(mins(10), bp(185, 125)).vitals(mins(14, 59), bp(185, 125));
    expect(fired(early)).not.toContain('bp-crisis-repeat');
    expect(fired(early.vitals(mins(15), bp(185, 125)))).toContain('bp-crisis-repeat');
  });

  it('fires on either number alone', () => {
    expect(fired(log().vitals(mins(10), bp(180, 90)).vitals(mins(15), bp(181, 95)))).toContain(
      'bp-crisis-repeat',
    );
    expect(fired(log().vitals(mins(10), bp(150, 120)).vitals(mins(15), bp(150, 121)))).toContain(
      'bp-crisis-repeat',
    );
  });

  it('counts readings from check-ins as well as vitals entries', () => {
    const b = log()
      .checkIn(mins(10), { responsiveness: 'normal' }, bp(190, 100))
      .vitals(mins(16), bp(186, 99));
    expect(fired(b)).toContain('bp-crisis-repeat');
  });

  it('does not treat a reading after a lower one in between as a repeat', () => {
    const b = log()
      .vitals(mins(10), bp(185, 125))
      .vitals(mins(13), bp(150, 95))
      .vitals(mins(20), bp(185, 125));
    expect(fired(b)).not.toContain('bp-crisis-repeat');
    // A first crisis reading again: the questions, and one instruction (no session-limit prompt).
    expect(fired(b)).toEqual(['bp-crisis-first']);
  });

  it('only judges the latest reading: a lower repeat does not fire', () => {
    expect(
      fired(log().vitals(mins(10), bp(185, 125)).vitals(mins(20), bp(175, 115))),
    ).not.toContain('bp-crisis-repeat');
  });
});

describe('very high blood pressure with a warning sign (emergency)', () => {
  const open = (b: LogBuilder, at: number, ruleIds: string[]) =>
    b.add('escalation-shown', { tier: 'emergency', ruleIds }, at);

  it('fires on one crisis reading while an emergency with a warning sign is still open', () => {
    const noResponse = open(log().checkIn(mins(15), { responsiveness: 'none' }), mins(15), [
      'no-response',
    ]);
    expect(fired(noResponse.vitals(mins(18), bp(182, 100)))).toContain('bp-crisis-symptoms');
    const unclear = open(log().situation(mins(15), 'chest-or-head'), mins(15), [
      'reported-unclear',
    ]);
    expect(fired(unclear.vitals(mins(18), bp(170, 120)))).toContain('bp-crisis-symptoms');
  });

  it('does not use a sign from an emergency already marked resolved: it asks the questions', () => {
    const b = open(log().situation(mins(10), 'not-breathing'), mins(10), ['not-breathing'])
      .add('escalation-action', { action: 'resolved' }, mins(12))
      .checkIn(mins(43), { responsiveness: 'normal' }, bp(186, 124));
    expect(fired(b)).toEqual(['bp-crisis-first']);
  });

  it('does not use an old sign that never opened an emergency', () => {
    const b = log()
      .checkIn(mins(10), { breathing: 'pauses' })
      .checkIn(mins(20), { responsiveness: 'normal' }, bp(186, 124));
    expect(fired(b)).not.toContain('bp-crisis-symptoms');
  });

  it('names the reading and the sign it used', () => {
    const b = log()
      .vitals(mins(15), bp(186, 124))
      .add('warning-signs-checked', { context: 'bp-crisis', signs: ['severe-headache'] }, mins(16));
    const p = evaluate({ entries: b.entries, protocol: DEFAULT_PROTOCOL, now: mins(16) });
    expect(p.find((x) => x.ruleId === 'bp-crisis-symptoms')?.because).toEqual([
      'Blood pressure 186/124',
      'Chest pain, bad headache or stroke signs: Sudden, severe headache',
    ]);
  });

  it('lets a lower reading supersede a crisis reading: a later sign is judged on its own', () => {
    const b = log()
      .vitals(mins(10), bp(186, 124))
      .vitals(mins(16), bp(150, 90))
      .add('warning-signs-checked', { context: 'bp-crisis', signs: ['back-pain'] }, mins(18));
    expect(fired(b)).not.toContain('bp-crisis-symptoms');
  });

  it('does not fire on one crisis reading with no warning sign', () => {
    const ids = fired(
      log().checkIn(mins(15), { comfort: 'anxious' }).vitals(mins(18), bp(182, 100)),
    );
    expect(ids).not.toContain('bp-crisis-symptoms');
    expect(ids).not.toContain('bp-crisis-repeat');
  });
});

describe('blood pressure risen from the pre-dose reading (call the provider)', () => {
  const pre = (s: number, d: number) => log().vitals(mins(0), bp(s, d), 'pre-dose').dose(mins(5));

  it('fires at +25 diastolic, not +24', () => {
    expect(fired(pre(130, 80).vitals(mins(45), bp(130, 105)), HIGH_LIMIT)).toContain('bp-rise');
    expect(fired(pre(130, 80).vitals(mins(45), bp(130, 104)), HIGH_LIMIT)).not.toContain('bp-rise');
  });

  it('falls back to the first reading before the dose when none is marked pre-dose', () => {
    const b = log()
      .vitals(mins(0), bp(130, 80))
      .vitals(mins(3), bp(150, 90))
      .dose(mins(5))
      .vitals(mins(45), bp(170, 85));
    expect(fired(b, HIGH_LIMIT)).toContain('bp-rise');
  });

  it('uses the last reading marked pre-dose (a re-take after resting)', () => {
    const b = log()
      .vitals(mins(0), bp(150, 95), 'pre-dose')
      .vitals(mins(5), bp(130, 80), 'pre-dose')
      .dose(mins(6));
    expect(fired(b.vitals(mins(45), bp(170, 80)), HIGH_LIMIT)).toContain('bp-rise');
  });

  it('needs a baseline: no pre-dose reading and no dose means no rise', () => {
    expect(
      fired(log().vitals(mins(0), bp(120, 70)).vitals(mins(45), bp(175, 100)), HIGH_LIMIT),
    ).not.toContain('bp-rise');
  });

  it('does not treat a second pre-dose reading as a rise', () => {
    const b = log()
      .vitals(mins(0), bp(120, 70), 'pre-dose')
      .vitals(mins(5), bp(165, 96), 'pre-dose');
    expect(fired(b, HIGH_LIMIT)).not.toContain('bp-rise');
  });

  it('compares each number on its own when one is missing', () => {
    const b = log()
      .vitals(mins(0), { systolic: 130 }, 'pre-dose')
      .dose(mins(5))
      .vitals(mins(45), bp(170, 80));
    expect(fired(b, HIGH_LIMIT)).toContain('bp-rise');
  });
});

describe('limits from the protocol', () => {
  const provider: Protocol = {
    ...DEFAULT_PROTOCOL,
    sessionBp: bp(170, 105),
    heartRate: { min: 45, max: 110 },
    spo2Min: 92,
  };

  it('uses the in-session blood-pressure limit, either number', () => {
    expect(fired(log().vitals(mins(45), bp(150, 101)))).toContain('bp-session-limit');
    expect(fired(log().vitals(mins(45), bp(165, 100)), provider)).not.toContain('bp-session-limit');
    expect(fired(log().vitals(mins(45), bp(171, 100)), provider)).toContain('bp-session-limit');
  });

  it('uses the heart-rate range at both ends', () => {
    expect(fired(log().vitals(mins(15), { heartRate: 49 }))).toContain('heart-rate');
    expect(fired(log().vitals(mins(15), { heartRate: 50 }))).not.toContain('heart-rate');
    expect(fired(log().vitals(mins(15), { heartRate: 111 }), provider)).toContain('heart-rate');
    expect(fired(log().vitals(mins(15), { heartRate: 46 }), provider)).not.toContain('heart-rate');
  });

  it('uses the oxygen limit', () => {
    expect(fired(log().vitals(mins(15), { spo2: 91 }), provider)).toContain('spo2-low');
    expect(fired(log().vitals(mins(15), { spo2: 92 }), provider)).not.toContain('spo2-low');
  });

  it('fires nothing for a reading with no numbers out of range', () => {
    expect(
      fired(
        log().vitals(mins(15), {
          systolic: 125,
          diastolic: 80,
          heartRate: 80,
          spo2: 97,
          respRate: 14,
        }),
      ),
    ).toEqual([]);
  });
});

describe('one very high reading, after the AHA [AHA-HTN]', () => {
  const run = (b: LogBuilder) =>
    evaluate({ entries: b.entries, protocol: DEFAULT_PROTOCOL, now: b.lastAt() });

  it('calls the provider, asks for a re-measure in 5 minutes, and is not an emergency alone', () => {
    const prompts = run(log().vitals(mins(15), bp(200, 125)));
    expect(prompts[0]).toMatchObject({
      ruleId: 'bp-crisis-first',
      tier: 'call-provider',
      recheck: { minutes: 5, reason: 'bp-crisis' },
    });
    expect(prompts.some((p) => p.tier === 'emergency')).toBe(false);
  });

  it('turns into an emergency when a warning sign is answered yes', () => {
    const b = log()
      .vitals(mins(15), bp(200, 125))
      .add('warning-signs-checked', { context: 'bp-crisis', signs: ['back-pain'] }, mins(16));
    expect(fired(b)).toContain('bp-crisis-symptoms');
  });

  it('stays a provider call when no warning sign is present', () => {
    const b = log()
      .vitals(mins(15), bp(200, 125))
      .add('warning-signs-checked', { context: 'bp-crisis', signs: [] }, mins(16));
    expect(fired(b)).toEqual([]);
  });

  it('counts a warning sign only near the crisis reading (within 30 minutes)', () => {
    const late = log()
      .vitals(mins(15), bp(200, 125))
      .add('warning-signs-checked', { context: 'bp-crisis', signs: ['back-pain'] }, mins(46));
    expect(fired(late)).not.toContain('bp-crisis-symptoms');
  });

  it('still that high 5 minutes later: call the provider (no longer an emergency on its own)', () => {
    const prompts = run(log().vitals(mins(15), bp(200, 125)).vitals(mins(20), bp(190, 121)));
    expect(prompts.map((p) => [p.ruleId, p.tier])).toContainEqual([
      'bp-crisis-repeat',
      'call-provider',
    ]);
    expect(prompts.some((p) => p.tier === 'emergency')).toBe(false);
  });
});
