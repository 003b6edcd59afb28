import { describe, expect, it } from 'vitest';
import { DEFAULT_PROTOCOL } from '../../../src/domain/protocol/protocol';
import { longestGap, readyAtOf, sessionSummary } from '../../../src/domain/report/summary';
import { ALERT, MINUTE, atMin, closingLog } from '../../fixtures/closing-log';

// A realistic session: a missed check-in, a high reading with an escalation, nausea near the end.
const dayLog = () =>
  closingLog()
    .started(0)
    .dose(3, 2)
    .alarm(14, 'pre', 15)
    .alarm(15, 'due')
    .checkIn(16)
    .alarm(29, 'pre', 30)
    .alarm(30, 'due')
    .alarm(32, 'urgent', 30)
    .missed(35, 30)
    .checkIn(
      38,
      { responsiveness: 'drowsy', nausea: 'none' },
      { systolic: 150, diastolic: 95, heartRate: 88 },
    )
    .add(38, 'escalation-shown', { ruleIds: ['bp-session-high'], tier: 'call-provider' })
    .add(40, 'escalation-action', { action: 'called-provider', ruleIds: ['bp-session-high'] })
    .bp(42, 145, 92, 'recheck')
    .checkIn(60)
    .checkIn(100)
    .checkIn(115) // alert, but before the 2 h minimum (dose at 2 → 122)
    .checkIn(125, { responsiveness: 'normal', nausea: 'nauseous' })
    .checkIn(135, { responsiveness: 'normal' }) // first ready: nausea not asked counts as none
    .bp(140, 130, 85, 'closing')
    .ended(142, 'Criteria met', { 'min-time': true, responsive: true });

describe('sessionSummary of an ended session', () => {
  const s = sessionSummary(dayLog().entries, DEFAULT_PROTOCOL, atMin(500));

  it('times the session from start to end, not to now', () => {
    expect(s).toMatchObject({
      startedAt: atMin(0),
      endedAt: atMin(142),
      until: atMin(142),
      monitoringMs: 142 * MINUTE,
    });
    expect(s).toMatchObject({ doseAt: atMin(2), doseRecorded: true });
  });

  it('finds when the patient was first ready, after the minimum time', () => {
    expect(s.readyAt).toBe(atMin(135));
    expect(s.doseToReadyMs).toBe(133 * MINUTE);
  });

  it('counts check-ins, missed check-ins and alarms by level', () => {
    expect(s.checkInCount).toBe(7);
    expect(s.missedCount).toBe(1);
    expect(s.alarms).toEqual({ total: 5, pre: 2, due: 2, urgent: 1 });
  });

  it('finds the longest gap between check-ins', () => {
    expect(s.longestGap).toEqual({ from: atMin(60), to: atMin(100), ms: 40 * MINUTE });
  });

  it('lists escalations, actions and blood-pressure readings with their times', () => {
    expect(s.escalations).toEqual([
      { at: atMin(38), ruleIds: ['bp-session-high'], tier: 'call-provider' },
    ]);
    expect(s.escalationActions).toEqual([
      { at: atMin(40), action: 'called-provider', ruleIds: ['bp-session-high'] },
    ]);
    // Each reading also names its entry (seq), so a correction can be traced to it.
    expect(s.bpReadings.map(({ seq: _seq, ...r }) => r)).toEqual([
      { at: atMin(38), systolic: 150, diastolic: 95, heartRate: 88, context: 'check-in' },
      { at: atMin(42), systolic: 145, diastolic: 92, context: 'recheck' },
      { at: atMin(140), systolic: 130, diastolic: 85, context: 'closing' },
    ]);
  });

  it('keeps the end reason and the recorded criteria', () => {
    expect(s.endReason).toBe('Criteria met');
    expect(s.endCriteria).toEqual({ 'min-time': true, responsive: true });
  });

  it('does not depend on the order the entries are passed in', () => {
    const shuffled = [...dayLog().entries].reverse();
    expect(sessionSummary(shuffled, DEFAULT_PROTOCOL, atMin(500))).toEqual(s);
  });
});

describe('sessionSummary of a running session', () => {
  const running = () => closingLog().started(0).dose(1).checkIn(15).checkIn(30);

  it('runs to now, and counts the time since the last check-in as a gap', () => {
    const s = sessionSummary(running().entries, DEFAULT_PROTOCOL, atMin(90));
    expect(s).toMatchObject({
      endedAt: undefined,
      until: atMin(90),
      monitoringMs: 90 * MINUTE,
      endReason: undefined,
    });
    expect(s.longestGap).toEqual({ from: atMin(30), to: atMin(90), ms: 60 * MINUTE });
    expect(s.readyAt).toBeUndefined();
    expect(s.doseToReadyMs).toBeUndefined();
  });

  it('stops at the last entry when no now is given', () => {
    expect(sessionSummary(running().entries, DEFAULT_PROTOCOL).monitoringMs).toBe(30 * MINUTE);
  });

  it('falls back to the session start for the dose time', () => {
    const s = sessionSummary(closingLog().started(0).checkIn(120).entries, DEFAULT_PROTOCOL);
    expect(s).toMatchObject({
      doseAt: atMin(0),
      doseRecorded: false,
      readyAt: atMin(120),
      doseToReadyMs: 120 * MINUTE,
    });
  });

  it('is empty but well-formed for an empty log', () => {
    expect(sessionSummary([], DEFAULT_PROTOCOL)).toMatchObject({
      startedAt: undefined,
      monitoringMs: 0,
      checkInCount: 0,
      longestGap: undefined,
      bpReadings: [],
    });
  });
});

describe('longestGap', () => {
  it('counts from the session start to the first check-in', () => {
    const log = closingLog().started(0).checkIn(50).checkIn(60).ended(70);
    expect(longestGap(log.entries, atMin(0), atMin(70))).toEqual({
      from: atMin(0),
      to: atMin(50),
      ms: 50 * MINUTE,
    });
  });

  it('is the whole session when there was no check-in', () => {
    const s = sessionSummary(closingLog().started(0).ended(30).entries, DEFAULT_PROTOCOL);
    expect(s.longestGap).toEqual({ from: atMin(0), to: atMin(30), ms: 30 * MINUTE });
  });
});

describe('readyAtOf', () => {
  it('needs normal responsiveness and no nausea at or after the minimum time', () => {
    const log = closingLog()
      .started(0)
      .checkIn(110, ALERT)
      .checkIn(121, { responsiveness: 'drowsy', nausea: 'none' })
      .checkIn(130, { responsiveness: 'normal', nausea: 'vomited' })
      .checkIn(140, ALERT);
    expect(readyAtOf(log.entries, atMin(0), 120)).toBe(atMin(140));
    expect(readyAtOf(log.entries, atMin(0), 100)).toBe(atMin(110));
    expect(readyAtOf(log.entries, atMin(0), 150)).toBeUndefined();
  });
});
