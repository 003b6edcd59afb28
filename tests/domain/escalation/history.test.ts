import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/domain/escalation/evaluate';
import { DEFAULT_PROTOCOL } from '../../../src/domain/protocol/protocol';
import { escalationLog as log, mins, type LogBuilder } from '../../fixtures/escalation-log';

const fired = (b: LogBuilder) =>
  evaluate({ entries: b.entries, protocol: DEFAULT_PROTOCOL, now: b.lastAt() }).map(
    (p) => p.ruleId,
  );

describe('vomiting', () => {
  it('is an emergency when responsiveness was not recorded with it', () => {
    expect(fired(log().checkIn(mins(15), { nausea: 'vomited' }))).toContain('vomit-not-alert');
  });

  it('counts a reported episode and a check-in as twice', () => {
    const b = log()
      .situation(mins(10), 'vomiting-awake')
      .checkIn(mins(15), { nausea: 'vomited', responsiveness: 'normal' });
    expect(fired(b)).toContain('vomit-repeat');
  });

  it('does not keep prompting at later check-ins without vomiting', () => {
    const b = log()
      .checkIn(mins(15), { nausea: 'vomited', responsiveness: 'normal' })
      .checkIn(mins(30), { nausea: 'vomited', responsiveness: 'normal' })
      .checkIn(mins(45), { nausea: 'nauseous', responsiveness: 'normal' });
    expect(fired(b)).toEqual([]);
  });
});

describe('responsiveness getting worse', () => {
  it('fires two steps down from any level', () => {
    expect(
      fired(
        log()
          .checkIn(mins(15), { responsiveness: 'drowsy' })
          .checkIn(mins(30), { responsiveness: 'shake' }),
      ),
    ).toContain('response-worse');
  });

  it('leaves "no response" to the emergency rule', () => {
    const ids = fired(
      log()
        .checkIn(mins(15), { responsiveness: 'normal' })
        .checkIn(mins(30), { responsiveness: 'none' }),
    );
    expect(ids).toContain('no-response');
    expect(ids).not.toContain('response-worse');
  });

  it('compares with the last check-in that recorded responsiveness', () => {
    const b = log()
      .checkIn(mins(15), { responsiveness: 'normal' })
      .checkIn(mins(30), { resting: true, breathing: 'normal' })
      .checkIn(mins(45), { responsiveness: 'loud-voice' });
    expect(fired(b)).toContain('response-worse');
  });

  // This test asserted silence until the clinical review: a first check-in of "Only to a shake"
  // now calls the provider with a 5-minute re-check, though there is nothing to compare with.
  it('does not need a previous check-in: "Only to a shake" at the first check-in calls the provider', () => {
    const prompts = evaluate({
      entries: log().checkIn(mins(15), { responsiveness: 'shake' }).entries,
      protocol: DEFAULT_PROTOCOL,
      now: mins(15),
    });
    expect(prompts.map((p) => p.ruleId)).toEqual(['response-shake']);
    expect(prompts[0]).toMatchObject({
      tier: 'call-provider',
      recheck: { minutes: 5, reason: 'responsiveness' },
    });
  });

  it('judges a slow slide, one step at a time, against the best seen this session', () => {
    const b = log()
      .checkIn(mins(15), { responsiveness: 'normal' })
      .checkIn(mins(30), { responsiveness: 'drowsy' })
      .checkIn(mins(45), { responsiveness: 'loud-voice' });
    expect(fired(b)).toContain('response-worse');
  });

  it('"Only to a loud voice" at the first check-in asks for a re-check in 5 minutes', () => {
    const prompts = evaluate({
      entries: log().checkIn(mins(15), { responsiveness: 'loud-voice' }).entries,
      protocol: DEFAULT_PROTOCOL,
      now: mins(15),
    });
    expect(prompts.map((p) => [p.ruleId, p.tier])).toEqual([['response-loud-voice', 'support']]);
    expect(prompts[0]?.recheck).toEqual({ minutes: 5, reason: 'responsiveness' });
  });

  it('"Only to a loud voice" still at the re-check calls the provider; better at the re-check does not', () => {
    const still = log()
      .checkIn(mins(15), { responsiveness: 'loud-voice' })
      .checkIn(mins(20), { responsiveness: 'loud-voice' });
    expect(fired(still)).toContain('response-not-better');
    const better = log()
      .checkIn(mins(15), { responsiveness: 'loud-voice' })
      .checkIn(mins(20), { responsiveness: 'normal' });
    expect(fired(better)).toEqual([]);
  });
});

describe('distress after grounding', () => {
  const anxiousThenGrounding = () =>
    log().checkIn(mins(10), { comfort: 'anxious' }).grounding(mins(11));

  it('fires for a "very distressed" answer too', () => {
    expect(fired(anxiousThenGrounding().situation(mins(26), 'very-distressed'))).toContain(
      'distress-unsettled',
    );
  });

  it('ignores grounding used before a calm check-in', () => {
    const b = anxiousThenGrounding()
      .checkIn(mins(18), { comfort: 'calm' })
      .checkIn(mins(30), { comfort: 'anxious' });
    expect(fired(b)).toEqual(['grounding']);
  });

  it('treats a "resting, breathing normally" check-in as calm', () => {
    const b = anxiousThenGrounding()
      .checkIn(mins(18), { resting: true })
      .checkIn(mins(30), { comfort: 'anxious' });
    expect(fired(b)).not.toContain('distress-unsettled');
  });

  it('is not reset by a restless check-in', () => {
    const b = anxiousThenGrounding()
      .checkIn(mins(18), { comfort: 'restless' })
      .checkIn(mins(30), { comfort: 'agitated' });
    expect(fired(b)).toContain('distress-unsettled');
  });

  it('needs grounding to have begun', () => {
    expect(
      fired(
        log().checkIn(mins(10), { comfort: 'anxious' }).checkIn(mins(40), { comfort: 'anxious' }),
      ),
    ).toEqual(['grounding']);
  });

  it('counts from the first grounding, not a later one', () => {
    const b = anxiousThenGrounding()
      .grounding(mins(20))
      .checkIn(mins(26), { comfort: 'distressed' });
    expect(fired(b)).toContain('distress-unsettled');
  });
});

describe('grounding', () => {
  it.each(['anxious', 'distressed', 'agitated'] as const)('is offered when %s', (comfort) => {
    expect(fired(log().checkIn(mins(15), { comfort }))).toEqual(['grounding']);
  });

  it('is offered for a "very distressed" answer', () => {
    expect(fired(log().situation(mins(15), 'very-distressed'))).toEqual(['grounding']);
  });
});
