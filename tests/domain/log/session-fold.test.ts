import { describe, expect, it } from 'vitest';
import { missedDueTimes, scheduleState } from '../../../src/domain/check-in/schedule';
import type { Entry } from '../../../src/domain/log/entry';
import { alarmKey, foldSession, hasRaisedAlarm } from '../../../src/domain/log/session-fold';
import { MIN, makeLog, started, type Step } from '../../fixtures/entries';

const S = Date.UTC(2026, 2, 10, 13, 0);

const realistic: Step[] = [
  started(15), // 1
  { t: 1 * MIN, kind: 'prep-completed', data: { answers: { bucket: true } } }, // 2
  {
    t: 2 * MIN,
    kind: 'vitals',
    data: { vitals: { systolic: 128, diastolic: 82, heartRate: 74 }, context: 'pre-dose' },
  }, // 3
  { t: 3 * MIN, kind: 'dose-recorded', data: { doseAt: S + 2.5 * MIN, medication: 'ketamine' } }, // 4
  { t: 14 * MIN, kind: 'alarm-raised', data: { dueAt: S + 15 * MIN, level: 'pre' } }, // 5
  { t: 15 * MIN, kind: 'alarm-raised', data: { dueAt: S + 15 * MIN, level: 'due' } }, // 6
  {
    t: 15.5 * MIN,
    kind: 'check-in',
    data: {
      observation: {
        responsiveness: 'normal',
        breathing: 'normal',
        comfort: 'calm',
        position: 'side',
        nausea: 'none',
      },
      vitals: { heartRate: 80, spo2: 97 },
    },
  }, // 7
  { t: 20 * MIN, kind: 'note', data: { text: 'Asked for water' } }, // 8
  { t: 25 * MIN, kind: 'app-hidden', data: {} }, // 9
  { t: 47 * MIN, kind: 'app-visible', data: { hiddenMs: 22 * MIN } }, // 10
  { t: 47 * MIN, kind: 'check-in-missed', data: { dueAt: S + 30.5 * MIN, lateMs: 16.5 * MIN } }, // 11
  { t: 47 * MIN, kind: 'alarm-raised', data: { dueAt: S + 30.5 * MIN, level: 'urgent' } }, // 12
  {
    t: 48 * MIN,
    kind: 'check-in',
    data: {
      observation: { responsiveness: 'drowsy', breathing: 'normal' },
      vitals: { systolic: 150, diastolic: 95 },
    },
  }, // 13
  {
    t: 50 * MIN,
    kind: 'correction',
    data: { targetSeq: 8, text: 'Asked for water and a blanket' },
  }, // 14
  { t: 51 * MIN, kind: 'escalation-shown', data: { ruleIds: ['bp-high'], tier: 'call-provider' } }, // 15
  { t: 52 * MIN, kind: 'escalation-action', data: { action: 'called-provider' } }, // 16
  { t: 55 * MIN, kind: 'correction', data: { targetSeq: 8, text: 'And a pillow' } }, // 17
  { t: 130 * MIN, kind: 'session-ended', data: { reason: 'Criteria met' } }, // 18
];

describe('foldSession on a realistic log', () => {
  const f = foldSession(makeLog('sess-1', S, realistic));

  it('takes the session details from the start entry', () => {
    expect(f).toMatchObject({
      sessionId: 'sess-1',
      startedAt: S,
      sitterName: 'Alex',
      patientName: 'Sam',
      intervalMin: 15,
      preAlert: true,
    });
  });

  it('takes the dose time from the dose entry, not the entry time', () => {
    expect(f.doseAt).toBe(S + 2.5 * MIN);
  });

  it('anchors on the last check-in', () => {
    expect(f.anchorAt).toBe(S + 48 * MIN);
    expect(f.lastCheckIn?.seq).toBe(13);
    expect(f.lastCheckIn?.data.observation.responsiveness).toBe('drowsy');
    expect(f.checkInCount).toBe(2);
  });

  it('counts missed check-ins and remembers their due times', () => {
    expect(f.missedCount).toBe(1);
    expect(f.missedDueAts).toEqual([S + 30.5 * MIN]);
  });

  it('remembers which alarms were raised', () => {
    expect(f.alarmsRaised).toBe(3);
    expect(hasRaisedAlarm(f, S + 15 * MIN, 'pre')).toBe(true);
    expect(hasRaisedAlarm(f, S + 15 * MIN, 'due')).toBe(true);
    expect(hasRaisedAlarm(f, S + 15 * MIN, 'urgent')).toBe(false);
    expect(hasRaisedAlarm(f, S + 30.5 * MIN, 'urgent')).toBe(true);
    expect(f.raisedAlarms.has(alarmKey(S + 30.5 * MIN, 'due'))).toBe(false);
  });

  it('tracks escalations, corrections and the end', () => {
    expect(f.escalationCount).toBe(1);
    expect(f.lastEscalation?.data.tier).toBe('call-provider');
    expect(f.correctedSeqs.get(8)).toEqual(['Asked for water and a blanket', 'And a pillow']);
    expect(f.correctedSeqs.size).toBe(1);
    expect(f.ended).toBe(true);
    expect(f.endedAt).toBe(S + 130 * MIN);
  });

  it('pairs background periods', () => {
    expect(f.hiddenPeriods).toEqual([{ from: S + 25 * MIN, to: S + 47 * MIN, ms: 22 * MIN }]);
    expect(f.hidden).toBe(false);
    expect(f.hiddenMsTotal).toBe(22 * MIN);
  });

  it('keeps the latest value of each vital sign with its time', () => {
    expect(f.latestVitals).toEqual({
      systolic: { value: 150, at: S + 48 * MIN, seq: 13 },
      diastolic: { value: 95, at: S + 48 * MIN, seq: 13 },
      heartRate: { value: 80, at: S + 15.5 * MIN, seq: 7 },
      spo2: { value: 97, at: S + 15.5 * MIN, seq: 7 },
    });
  });

  it('knows the last entry', () => {
    expect(f.lastEntryAt).toBe(S + 130 * MIN);
    expect(f.lastSeq).toBe(18);
    expect(f.entryCount).toBe(18);
  });
});

describe('foldSession edge cases', () => {
  it('folds an empty log to defaults', () => {
    const f = foldSession([], { sessionId: 'empty' });
    expect(f).toMatchObject({
      sessionId: 'empty',
      startedAt: undefined,
      anchorAt: undefined,
      intervalMin: 15,
      ended: false,
    });
    expect(f.lastSeq).toBeUndefined();
  });

  it('anchors on the start until the first check-in', () => {
    const f = foldSession(
      makeLog('s', S, [started(10), { t: 2 * MIN, kind: 'note', data: { text: 'x' } }]),
    );
    expect(f.anchorAt).toBe(S);
    expect(f.intervalMin).toBe(10);
    expect(f.lastCheckIn).toBeUndefined();
  });

  it('anchors on the last check-in in log order even if its clock went backwards', () => {
    const obs = { observation: { resting: true } };
    const f = foldSession(
      makeLog('s', S, [
        started(),
        { t: 20 * MIN, kind: 'check-in', data: obs },
        { t: 10 * MIN, kind: 'check-in', data: obs },
      ]),
    );
    expect(f.anchorAt).toBe(S + 10 * MIN);
  });

  it('keeps the first end time and the latest dose', () => {
    const f = foldSession(
      makeLog('s', S, [
        started(),
        { t: 1 * MIN, kind: 'dose-recorded', data: { doseAt: S } },
        { t: 40 * MIN, kind: 'dose-recorded', data: { doseAt: S + 39 * MIN } },
        { t: 90 * MIN, kind: 'session-ended', data: {} },
        { t: 95 * MIN, kind: 'session-ended', data: {} },
      ]),
    );
    expect(f.doseAt).toBe(S + 39 * MIN);
    expect(f.endedAt).toBe(S + 90 * MIN);
  });

  it('keeps an open background period open, from the first hide', () => {
    const f = foldSession(
      makeLog('s', S, [
        started(),
        { t: 5 * MIN, kind: 'app-hidden', data: {} },
        { t: 6 * MIN, kind: 'app-hidden', data: {} },
      ]),
    );
    expect(f.hidden).toBe(true);
    expect(f.hiddenPeriods).toEqual([{ from: S + 5 * MIN }]);
    expect(f.hiddenMsTotal).toBe(0);
  });

  it('rebuilds a background period from hiddenMs after a reload', () => {
    const f = foldSession(
      makeLog('s', S, [
        started(),
        { t: 30 * MIN, kind: 'app-visible', data: { hiddenMs: 10 * MIN } },
      ]),
    );
    expect(f.hiddenPeriods).toEqual([{ from: S + 20 * MIN, to: S + 30 * MIN, ms: 10 * MIN }]);
    const g = foldSession(
      makeLog('s', S, [started(), { t: 30 * MIN, kind: 'app-visible', data: {} }]),
    );
    expect(g.hiddenPeriods).toEqual([]);
  });

  it('works with the schedule so a missed check-in is never logged twice', () => {
    const log = makeLog('s', S, [
      started(15),
      { t: 21 * MIN, kind: 'check-in-missed', data: { dueAt: S + 15 * MIN, lateMs: 6 * MIN } },
    ]);
    const f = foldSession(log);
    const now = S + 40 * MIN;
    expect(
      missedDueTimes({
        anchorAt: f.anchorAt!,
        intervalMin: f.intervalMin,
        now,
        alreadyRecorded: f.missedDueAts,
      }),
    ).toEqual([S + 30 * MIN]);
    expect(
      scheduleState({ anchorAt: f.anchorAt!, intervalMin: f.intervalMin, now }).nextDueAt,
    ).toBe(S + 15 * MIN);
  });
});

describe('foldSession on a long log', () => {
  // Speed is measured by `npm run bench`, not asserted here (timed unit tests flake).
  it('folds 1,000 mixed entries with the right counts', () => {
    const steps: Step[] = [started(15)];
    for (let i = 1; i < 1000; i++) {
      const t = i * 10_000;
      const k = i % 4;
      if (k === 0)
        steps.push({
          t,
          kind: 'check-in',
          data: { observation: { resting: true }, vitals: { heartRate: 70 + (i % 9) } },
        });
      else if (k === 1) steps.push({ t, kind: 'alarm-raised', data: { dueAt: t, level: 'due' } });
      else if (k === 2) steps.push({ t, kind: 'note', data: { text: `n${i}` } });
      else steps.push({ t, kind: i % 8 === 3 ? 'app-hidden' : 'app-visible', data: {} });
    }
    const log: Entry[] = makeLog('perf', S, steps);
    const f = foldSession(log);
    expect(f.entryCount).toBe(1000);
    expect(f.checkInCount).toBe(249);
    expect(f.alarmsRaised).toBe(250);
    expect(f.lastSeq).toBe(log.at(-1)!.seq);
  });
});
