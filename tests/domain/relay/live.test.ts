import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../../src/platform/crypto';
import { standingAcknowledgment } from '../../../src/domain/relay/acknowledged';
import {
  clinicFingerprint,
  clinicLinkProblem,
  compareClinicKey,
} from '../../../src/domain/relay/clinic-key';
import { choiceFor } from '../../../src/domain/relay/consent';
import {
  eventClassOf,
  liveEnvelope,
  recordParts,
  RECORD_PART_CHARS,
} from '../../../src/domain/relay/live-event';
import { liveLine } from '../../../src/domain/relay/live-status';
import { watchLine, type WatchedSession } from '../../../src/domain/relay/watch-view';
import type { AnyEntry } from '../../../src/domain/log/entry';
import { makeLog, MIN, started } from '../../fixtures/entries';

const T = Date.UTC(2026, 5, 1, 12, 0);
const KEY = `B${'A'.repeat(86)}`;

describe('the clinic named by a protocol', () => {
  it('is refused from another origin, and when its fingerprint is not its key’s', async () => {
    const fingerprint = await clinicFingerprint(KEY, sha256Hex);
    expect(fingerprint).toMatch(/^[0-9A-F]{4}(-[0-9A-F]{4}){7}$/);
    const clinic = { relay: 'https://a.example', id: 'c', name: 'C', publicKey: KEY, fingerprint };
    expect(await clinicLinkProblem(clinic, 'https://a.example', sha256Hex)).toBeUndefined();
    expect(await clinicLinkProblem(clinic, 'https://b.example', sha256Hex)).toMatch(
      /for the Sitwell at https:\/\/a\.example, but this is https:\/\/b\.example/,
    );
    const other = { ...clinic, fingerprint: fingerprint.replace(/^..../, '0000') };
    expect(await clinicLinkProblem(other, 'https://a.example', sha256Hex)).toMatch(
      /fingerprint in this protocol does not match its key/,
    );
  });

  it('is compared with the relay’s record: a changed key is never used', () => {
    const clinic = { id: 'c', publicKey: KEY };
    expect(compareClinicKey(clinic, { id: 'c', publicKey: KEY })).toBe('same');
    expect(compareClinicKey(clinic, { id: 'c', publicKey: 'other' })).toBe('changed');
    expect(compareClinicKey(clinic, undefined)).toBe('unknown-clinic');
  });

  it('keeps an answer only for the same clinic and key', () => {
    const clinic = { relay: 'r', id: 'c', name: 'C', publicKey: KEY, fingerprint: 'F' };
    const choice = {
      decision: 'agreed' as const,
      clinicId: 'c',
      fingerprint: 'F',
      includePatientWords: false,
      includePatientEntries: false,
      at: T,
    };
    expect(choiceFor(choice, clinic)).toBe(choice);
    expect(choiceFor(choice, { ...clinic, fingerprint: 'G' })).toBeUndefined();
    expect(choiceFor(choice, { ...clinic, id: 'd' })).toBeUndefined();
  });
});

describe('each entry’s event', () => {
  const log = makeLog('s', T, [
    started(15),
    { t: 5 * MIN, kind: 'check-in', data: { observation: { resting: true } } },
    { t: 6 * MIN, kind: 'escalation-shown', data: { ruleIds: ['r'], tier: 'emergency' } },
    { t: 7 * MIN, kind: 'note', data: { text: 'n' } },
    { t: 8 * MIN, kind: 'escalation-action', data: { action: 'resolved' } },
    { t: 9 * MIN, kind: 'session-ended', data: {} },
  ]);

  it('has the class the relay acts on', () => {
    expect(log.map((e) => eventClassOf(e as AnyEntry))).toEqual([
      'started',
      'check-in',
      'emergency',
      'record',
      'resolved',
      'ended',
    ]);
  });

  it('carries when the next check-in is due as of that entry, none after the end', () => {
    expect(liveEnvelope(log, 0).nextDueAt).toBe(T + 15 * MIN);
    // The check-in moves the schedule; later entries keep its due time.
    expect(liveEnvelope(log, 1).nextDueAt).toBe(T + 20 * MIN);
    expect(liveEnvelope(log, 3).nextDueAt).toBe(T + 20 * MIN);
    expect(liveEnvelope(log, 5)).toEqual({ class: 'ended', at: T + 9 * MIN, nextDueAt: null });
  });

  it('cuts the final record into parts that each fit one event, in order', () => {
    const text = 'x'.repeat(RECORD_PART_CHARS * 2 + 5);
    const parts = recordParts(text);
    expect(parts.map((p) => p.type === 'record' && [p.part, p.parts])).toEqual([
      [0, 3],
      [1, 3],
      [2, 3],
    ]);
    expect(parts.map((p) => (p.type === 'record' ? p.text : '')).join('')).toBe(text);
  });
});

describe('the live line', () => {
  it('says who sees the session and how fresh it is, or why not and what to do', () => {
    expect(liveLine({ kind: 'sent', lastSentAt: T - 12_000 }, 'Dr. Lee’s clinic', T).text).toBe(
      'Dr. Lee’s clinic sees this session · last sent 12 s ago',
    );
    const offline = liveLine({ kind: 'offline', waiting: 3 }, 'C', T);
    expect(offline.text).toBe('Offline: 3 updates waiting, they go when you’re back');
    expect(offline.tone).toBe('warn');
    const changed = liveLine({ kind: 'key-changed', waiting: 1 }, 'C', T);
    expect(changed.text).toBe('C can’t see this session: the clinic’s key has changed');
    expect(changed.help).toMatch(/Sitwell sent nothing/);
  });
});

describe('the clinic’s word back', () => {
  it('stands until a check-in follows it', () => {
    const ack = makeLog('s', T, [
      started(15),
      { t: MIN, kind: 'clinic-acknowledged', data: { alertId: 'a', by: 'device:1', ackAt: T } },
    ]);
    expect(standingAcknowledgment(ack)?.data.alertId).toBe('a');
    const after = makeLog('s', T, [
      started(15),
      { t: MIN, kind: 'clinic-acknowledged', data: { alertId: 'a', by: 'device:1', ackAt: T } },
      { t: 2 * MIN, kind: 'check-in', data: { observation: { resting: true } } },
    ]);
    expect(standingAcknowledgment(after)).toBeUndefined();
  });
});

describe('the backup contact’s screen', () => {
  const time = (at: number) => new Date(at).toISOString().slice(11, 16);
  const base: WatchedSession = {
    state: 'live',
    nextDueAt: T + 10 * MIN,
    deadlineAt: T + 15 * MIN,
    lastSeq: 3,
    alerts: [],
  };
  const alert = { id: 'a', openedAt: T + 15 * MIN, acknowledgedBy: null, closedAt: null };

  it('says on time, overdue with who to call, acknowledged, or ended', () => {
    expect(watchLine(base, T, time).text).toBe('On time: the next check-in is due by 12:10.');
    const overdue = {
      ...base,
      alerts: [{ ...alert, kind: 'overdue' as const, acknowledgedAt: null }],
    };
    const line = watchLine(overdue, T + 16 * MIN, time);
    expect(line).toMatchObject({ tone: 'error', canAcknowledge: true });
    expect(line.text).toMatch(/^A check-in is overdue by 6 min/);
    const acked = {
      ...base,
      alerts: [
        {
          ...alert,
          kind: 'overdue' as const,
          acknowledgedAt: T + 16 * MIN,
          acknowledgedBy: 'device:1',
        },
      ],
    };
    expect(watchLine(acked, T + 17 * MIN, time).text).toBe(
      'The clinic is calling the sitter (since 12:16).',
    );
    expect(watchLine({ ...base, state: 'ended' }, T, time).text).toBe('The session has ended.');
  });
});
