import * as v from 'valibot';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntryData, EntryKind } from '../../../src/domain/log/entry';
import { describeEntry } from '../../../src/domain/report/describe-entry';
import { ENTRY_DATA_SCHEMAS } from '../../../src/domain/report/entry-data-schema';
import { MIN, makeEntry } from '../../fixtures/entries';

// Node re-reads the zone whenever env.TZ is assigned; the unit tsconfig has no Node types.
const env = (globalThis as unknown as { process: { env: Record<string, string | undefined> } })
  .process.env;
const savedTz = env.TZ;
const setTz = (tz: string | undefined) => {
  if (tz === undefined) delete env.TZ;
  else env.TZ = tz;
};
beforeAll(() => setTz('UTC'));
afterAll(() => setTz(savedTz));

const T = Date.UTC(2026, 2, 10, 14, 30); // 14:30 UTC
const line = <K extends EntryKind>(kind: K, data: EntryData[K], at = T, seq = 5) =>
  describeEntry(makeEntry('s', seq, at, kind, data));

describe('describeEntry', () => {
  it('describes a full check-in with the form labels and vitals', () => {
    expect(
      line('check-in', {
        observation: {
          responsiveness: 'normal',
          breathing: 'normal',
          comfort: 'calm',
          position: 'side',
          nausea: 'none',
        },
        vitals: { systolic: 128, diastolic: 82, heartRate: 74 },
      }),
    ).toBe(
      'Check-in: Responds normally · Breathing normal · Calm · On side · Nausea none · Blood pressure 128/82 · Heart rate 74',
    );
  });

  it('describes worrying answers, the quick answer, SpO2, rate and a note', () => {
    expect(
      line('check-in', {
        observation: { responsiveness: 'shake', breathing: 'pauses', nausea: 'vomited' },
        vitals: { spo2: 88, respRate: 8 },
        note: 'Lips\nlook pale',
      }),
    ).toBe(
      'Check-in: Only to a shake · Breathing pauses of more than 10 seconds · Vomited · Oxygen 88 % · 8 breaths a minute · Note: Lips look pale',
    );
    expect(line('check-in', { observation: { resting: true }, quick: true })).toBe(
      'Check-in: Resting, breathing normally (not roused)',
    );
    expect(line('check-in', { observation: { breathing: 'cant-tell' } })).toBe(
      "Check-in: Breathing: can't tell",
    );
    expect(line('check-in', { observation: {} })).toBe('Check-in (nothing noted)');
  });

  it('describes a missed check-in with its due time and lateness', () => {
    expect(line('check-in-missed', { dueAt: T, lateMs: 5 * MIN }, T + 5 * MIN)).toBe(
      'Missed check-in (due 14:30, 5 min late)',
    );
  });

  it('describes alarms and the chime', () => {
    expect(line('alarm-raised', { dueAt: T, level: 'due' })).toBe('Alarm: check-in due');
    expect(line('alarm-raised', { dueAt: T, level: 'urgent' }, T + 2 * MIN)).toBe(
      'Alarm: urgent, 2 min overdue',
    );
    expect(line('alarm-raised', { dueAt: T, level: 'pre' }, T - MIN)).toBe(
      'Chime: check-in in 1 minute',
    );
    expect(line('alarm-raised', { dueAt: T, level: 'due' }, T + 12 * MIN)).toBe(
      'Alarm: check-in due since 14:30 (12 min overdue)',
    );
  });

  it('describes the start, the dose and the end', () => {
    expect(line('session-started', { sitterName: 'Alex', intervalMin: 15, preAlert: true })).toBe(
      'Session started by Alex (check-ins every 15 min)',
    );
    expect(
      line('session-started', {
        sitterName: 'Alex',
        patientName: 'Sam',
        intervalMin: 10,
        preAlert: false,
      }),
    ).toBe('Session started by Alex for Sam (check-ins every 10 min)');
    expect(line('dose-recorded', { doseAt: Date.UTC(2026, 2, 10, 13, 5) })).toBe(
      'Dose taken at 13:05',
    );
    expect(
      line('dose-recorded', { doseAt: T, medication: 'Ketamine', amount: '200 mg', route: 'oral' }),
    ).toBe('Dose taken at 14:30: Ketamine, 200 mg, oral');
    expect(line('session-ended', {})).toBe('Session ended');
    expect(
      line('session-ended', {
        reason: 'Patient alert',
        criteria: { alert: true, steady: true, nausea: false },
      }),
    ).toBe('Session ended: Patient alert (2 of 3 closing checks met)');
  });

  it('describes notes, background time and corrections', () => {
    expect(line('note', { text: 'Asked for water' })).toBe('Sitter’s note: Asked for water');
    expect(line('patient-words', { text: 'I am\na cloud' })).toBe('What they said: I am a cloud');
    expect(line('app-hidden', {})).toBe('App in background');
    expect(line('app-visible', { hiddenMs: 12 * MIN })).toBe('App back on screen after 12 min');
    expect(line('app-visible', {})).toBe('App back on screen');
    expect(line('clock-changed', { deltaMs: -60 * MIN, offsetMs: 60 * MIN, wallAt: T })).toBe(
      'Device clock set back 1 h 00 min; Sitwell kept counting the time that really passed',
    );
    expect(line('clock-changed', { deltaMs: 60 * MIN, offsetMs: 0, wallAt: T })).toBe(
      'Device clock jumped ahead 1 h 00 min (changed, or the device was asleep)',
    );
    expect(
      line('clock-changed', { deltaMs: -60 * MIN, offsetMs: 0, wallAt: T, undoes: 4 }),
    ).toMatch(/undoing the jump in entry #4: check-ins it made look missed are not counted$/);
    expect(line('correction', { targetSeq: 7, text: 'BP was 138/82' })).toBe(
      'Correction to entry #7: BP was 138/82',
    );
  });

  it('describes vitals, escalations and the rest', () => {
    expect(line('vitals', { vitals: { systolic: 150, diastolic: 95 }, context: 'recheck' })).toBe(
      'Vitals re-check: Blood pressure 150/95',
    );
    expect(line('vitals', { vitals: {}, context: 'pre-dose' })).toBe(
      'Vitals before dose: none entered',
    );
    expect(line('escalation-shown', { ruleIds: ['slow-breathing'], tier: 'emergency' })).toBe(
      'Warning shown: call emergency services (slow breathing)',
    );
    expect(line('escalation-action', { action: 'called-emergency' })).toBe(
      'Called emergency services',
    );
    expect(line('escalation-action', { action: 'other', text: 'Opened a window' })).toBe(
      'Action taken: Opened a window',
    );
    // How it ended, in words, then the sitter's own; a log older than `outcome` has neither.
    expect(line('escalation-action', { action: 'resolved', outcome: 'breathing-normally' })).toBe(
      'Marked as resolved (breathing normally again)',
    );
    expect(
      line('escalation-action', {
        action: 'resolved',
        outcome: 'other',
        text: 'Sat up, asked for water',
      }),
    ).toBe('Marked as resolved (something else happened): Sat up, asked for water');
    expect(line('escalation-action', { action: 'resolved' })).toBe('Marked as resolved');
    expect(line('situation-reported', { situation: 'vomiting' })).toBe(
      "Something's wrong: vomiting",
    );
    expect(line('grounding-used', { reason: 'distressed' })).toBe('Grounding used: distressed');
    expect(line('prep-completed', { answers: {} })).toBe('Preparation completed');
    expect(line('reminder-done', { reminderId: 'bp-recheck' })).toBe('Reminder done: bp recheck');
    expect(line('reminder-skipped', { reminderId: 'bp-recheck', reason: 'asleep' })).toBe(
      'Reminder skipped: bp recheck (asleep)',
    );
  });

  it('uses label lookups from the context', () => {
    const e = makeEntry('s', 3, T, 'escalation-shown', {
      ruleIds: ['r1', 'r2'],
      tier: 'call-provider',
    });
    expect(describeEntry(e, { ruleLabel: (id) => `Rule ${id.toUpperCase()}` })).toBe(
      'Warning shown: call the provider (Rule R1; Rule R2)',
    );
    const m = makeEntry('s', 4, T, 'check-in-missed', { dueAt: T, lateMs: 5 * MIN });
    expect(describeEntry(m, { formatTime: () => '2:30 PM' })).toBe(
      'Missed check-in (due 2:30 PM, 5 min late)',
    );
  });

  it('says whether the session was shared live, and who acknowledged an alert', () => {
    const link = { clinicId: 'c', clinicName: 'Dr. Lee’s clinic', fingerprint: 'AB12-CD34' };
    expect(line('live-link', { ...link, decision: 'agreed' })).toBe(
      'Shared live with Dr. Lee’s clinic (key AB12-CD34), as agreed',
    );
    expect(line('live-link', { ...link, decision: 'declined' })).toMatch(
      /^Not shared live with Dr. Lee’s clinic: declined/,
    );
    const ack = (by: string) =>
      describeEntry(makeEntry('s', 1, T, 'clinic-acknowledged', { alertId: 'a', by, ackAt: T }), {
        formatTime: () => '2:30 PM',
      });
    expect(ack('device:1')).toBe('The clinic acknowledged the alert at 2:30 PM: they will call');
    expect(ack('watcher:2')).toMatch(/^The backup contact acknowledged/);
  });

  it('gives every entry kind a line without gaps', () => {
    const samples: { [K in EntryKind]: EntryData[K] } = {
      'session-started': { sitterName: 'A', intervalMin: 15, preAlert: true },
      'prep-completed': { answers: {} },
      'dose-recorded': { doseAt: T },
      'alarm-raised': { dueAt: T, level: 'due' },
      'check-in': { observation: { resting: true } },
      vitals: { vitals: { heartRate: 70 } },
      'check-in-missed': { dueAt: T, lateMs: 5 * MIN },
      'escalation-shown': { ruleIds: [], tier: 'support' },
      'escalation-action': { action: 'resolved' },
      'situation-reported': { situation: 'other' },
      'grounding-used': {},
      note: { text: 'n' },
      'app-hidden': {},
      'app-visible': {},
      'clock-changed': { deltaMs: -60 * MIN, offsetMs: 60 * MIN, wallAt: T },
      correction: { targetSeq: 1, text: 't' },
      'reminder-done': { reminderId: 'r' },
      'reminder-skipped': { reminderId: 'r' },
      'session-ended': {},
      'warning-signs-checked': { context: 'bp-crisis', signs: [] },
      'recheck-scheduled': { dueAt: T, reason: 'responsiveness' },
      'patient-words': { text: 'w' },
      'patient-intention': { text: 'i' },
      'patient-mood': { moment: 'before', score: 5 },
      'patient-reflection': { text: 'r' },
      'live-link': { decision: 'agreed', clinicId: 'c', clinicName: 'C', fingerprint: 'F' },
      'clinic-acknowledged': { alertId: 'a', by: 'device:d', ackAt: T },
    };
    const lines = (Object.keys(samples) as EntryKind[]).map((k) => line(k, samples[k]));
    expect(new Set(lines).size).toBe(lines.length);
    for (const l of lines) expect(l).not.toMatch(/undefined|NaN|\[object/);
  });
});

describe('describeEntry across the 2026-11-01 fall-back in New York', () => {
  beforeAll(() => setTz('America/New_York'));
  afterAll(() => setTz('UTC'));

  it('shows the local wall-clock time on each side of the change', () => {
    // 05:30 UTC is 01:30 EDT; 06:30 UTC is 01:30 EST, one hour later in absolute time.
    const before = line('dose-recorded', { doseAt: Date.UTC(2026, 10, 1, 5, 30) });
    const after = line('dose-recorded', { doseAt: Date.UTC(2026, 10, 1, 6, 30) });
    expect(before).toBe('Dose taken at 01:30');
    expect(after).toBe('Dose taken at 01:30');
    expect(line('check-in-missed', { dueAt: Date.UTC(2026, 10, 1, 7, 5), lateMs: 6 * MIN })).toBe(
      'Missed check-in (due 02:05, 6 min late)',
    );
  });
});

describe('a session started without a dose', () => {
  const started = { sitterName: 'Sam', intervalMin: 15, preAlert: true };

  it('says so in its first line, and an older start reads as before', () => {
    expect(line('session-started', { ...started, withoutDose: true })).toBe(
      'Session started by Sam (check-ins every 15 min, without a dose)',
    );
    expect(line('session-started', started)).toBe(
      'Session started by Sam (check-ins every 15 min)',
    );
  });

  it('is read back from a record: the mark is optional, and only `true`', () => {
    const schema = ENTRY_DATA_SCHEMAS['session-started'];
    expect(v.safeParse(schema, started).success).toBe(true);
    expect(v.safeParse(schema, { ...started, withoutDose: true }).success).toBe(true);
    expect(v.safeParse(schema, { ...started, withoutDose: 'yes' }).success).toBe(false);
    const recheck = ENTRY_DATA_SCHEMAS['recheck-scheduled'];
    expect(v.safeParse(recheck, { dueAt: T, reason: 'bp-predose' }).success).toBe(true);
    expect(line('recheck-scheduled', { dueAt: T + 5 * MIN, reason: 'bp-predose' })).toContain(
      'very high blood pressure before the dose',
    );
  });
});
