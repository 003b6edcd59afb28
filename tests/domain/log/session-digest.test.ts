import { describe, expect, it } from 'vitest';
import {
  countDistressEpisodes,
  DIGEST_VERSION,
  doseTextOf,
  isCurrentDigest,
  sessionDigest,
} from '../../../src/domain/log/session-digest';
import { DEFAULT_PROTOCOL } from '../../../src/domain/protocol/protocol';
import { ALERT, MINUTE, atMin, closingLog } from '../../fixtures/closing-log';

// A session with a bit of everything: a typed dose, a missed check-in, a high reading that called
// the provider, two separate runs of distress, grounding, and the patient's own mood both sides.
const dayLog = () =>
  closingLog()
    .started(0)
    .add(0, 'patient-mood', { moment: 'before', score: 3 })
    .add(1, 'patient-mood', { moment: 'before', score: 4 })
    .add(2, 'dose-recorded', {
      doseAt: atMin(2),
      medication: 'Ketamine',
      amount: '200 mg',
      route: 'oral',
    })
    .checkIn(15, { responsiveness: 'drowsy', comfort: 'anxious' })
    .add(16, 'grounding-used', {})
    .checkIn(30, { responsiveness: 'drowsy', comfort: 'distressed' })
    .checkIn(45, { responsiveness: 'drowsy', comfort: 'calm' }, { systolic: 165, diastolic: 95 })
    .add(45, 'escalation-shown', { ruleIds: ['bp-session-limit'], tier: 'call-provider' })
    .missed(65, 60)
    .checkIn(75, { comfort: 'restless' }, { systolic: 165, diastolic: 101 })
    .add(80, 'situation-reported', { situation: 'very-distressed' })
    .add(80, 'escalation-shown', { ruleIds: ['distress'], tier: 'support' })
    .checkIn(90, { resting: true, breathing: 'normal', comfort: 'calm' })
    .checkIn(125, ALERT)
    .add(130, 'patient-mood', { moment: 'after', score: 7 })
    .ended(131, 'Criteria met');

describe('sessionDigest', () => {
  const d = sessionDigest(dayLog().entries, DEFAULT_PROTOCOL);

  it('times the session and counts its check-ins', () => {
    expect(d).toMatchObject({
      v: DIGEST_VERSION,
      startedAt: atMin(0),
      endedAt: atMin(131),
      durationMs: 131 * MINUTE,
      checkIns: 6,
      missed: 1,
      sitterName: 'Sam',
    });
    expect(d.patientName).toBeUndefined();
  });

  it('keeps the dose as typed and the time from dose to ready', () => {
    expect(d.doseAt).toBe(atMin(2));
    expect(d.doseText).toBe('Ketamine 200 mg, oral');
    expect(d.doseToReadyMs).toBe(123 * MINUTE);
  });

  it('takes the highest reading by systolic, then diastolic', () => {
    expect(d.highestBp).toEqual({ systolic: 165, diastolic: 101, at: atMin(75) });
  });

  it('counts distress episodes, escalations by tier and the latest mood of each moment', () => {
    expect(d.distressEpisodes).toBe(2);
    expect(d.escalations).toEqual({ emergency: 0, 'call-provider': 1, support: 1 });
    expect([d.moodBefore, d.moodAfter]).toEqual([4, 7]);
  });

  it('is a current digest, and a damaged or older one is not', () => {
    expect(isCurrentDigest(d)).toBe(true);
    expect(isCurrentDigest(structuredClone(d))).toBe(true);
    expect(isCurrentDigest({ ...d, v: 0 })).toBe(false);
    expect(isCurrentDigest({ ...d, checkIns: -1 })).toBe(false);
    expect(isCurrentDigest({ ...d, escalations: undefined })).toBe(false);
    expect(isCurrentDigest(null)).toBe(false);
  });
});

describe('sessionDigest of a bare log', () => {
  it('leaves out what was never recorded', () => {
    const d = sessionDigest(closingLog().started(0).checkIn(10).entries, DEFAULT_PROTOCOL);
    expect(d).toMatchObject({ checkIns: 1, missed: 0, distressEpisodes: 0 });
    for (const key of ['endedAt', 'durationMs', 'doseAt', 'doseText', 'highestBp', 'moodBefore'])
      expect(d[key as keyof typeof d], key).toBeUndefined();
    // No dose recorded: counted from the start, as the summary does; 10 min is before the minimum.
    expect(d.doseToReadyMs).toBeUndefined();
  });
});

describe('countDistressEpisodes', () => {
  it('does not count a second upset check-in before a calm one as a new episode', () => {
    const log = closingLog()
      .started(0)
      .checkIn(10, { comfort: 'agitated' })
      .checkIn(20, { comfort: 'restless' })
      .checkIn(30, { comfort: 'anxious' });
    expect(countDistressEpisodes(log.entries)).toBe(1);
    log.checkIn(40, { comfort: 'calm' }).checkIn(50, { comfort: 'anxious' });
    expect(countDistressEpisodes(log.entries)).toBe(2);
  });
});

describe('doseTextOf', () => {
  it('joins what was typed and skips what was not', () => {
    expect(doseTextOf({ doseAt: 0, amount: '56 mg', route: 'nasal' })).toBe('56 mg, nasal');
    expect(doseTextOf({ doseAt: 0, medication: 'Esketamine' })).toBe('Esketamine');
    expect(doseTextOf({ doseAt: 0, medication: '  ' })).toBeUndefined();
  });
});
