import { describe, expect, it } from 'vitest';
import { escalateLatest } from '../../src/state/escalate';
import type { PendingEntry } from '../../src/state/session-store';
import { StorageError } from '../../src/storage/storage-error';
import { escalationLog, mins } from '../fixtures/escalation-log';
import { fakeStore } from '../fixtures/fake-session-store';

describe('escalateLatest', () => {
  it('logs the most urgent warning for the entry just written and names its screen', async () => {
    const { store, appended } = fakeStore(
      escalationLog().dose(mins(0)).checkIn(mins(15), { responsiveness: 'none' }).entries,
    );
    expect(await escalateLatest(store)).toBe('emergency');
    expect(appended).toEqual([
      {
        kind: 'escalation-shown',
        data: { tier: 'emergency', ruleIds: ['no-response'] },
        at: expect.any(Number),
      },
    ]);
  });

  it('sends distress to grounding and a repeat crisis reading to the questions [AHA-HTN]', async () => {
    const distress = fakeStore(escalationLog().checkIn(mins(15), { comfort: 'agitated' }).entries);
    expect(await escalateLatest(distress.store)).toBe('grounding');
    const bp = fakeStore(
      escalationLog()
        .checkIn(mins(15), {}, { systolic: 185, diastolic: 125 })
        .checkIn(mins(20), {}, { systolic: 185, diastolic: 125 }).entries,
    );
    expect(await escalateLatest(bp.store)).toBe('bp-check');
    expect(bp.appended[0]!.data).toMatchObject({
      ruleIds: expect.arrayContaining(['bp-crisis-repeat']),
    });
  });

  it('sends a first crisis reading to the warning-sign questions and schedules the re-measure', async () => {
    const first = fakeStore(
      escalationLog().vitals(mins(15), { systolic: 200, diastolic: 125 }).entries,
    );
    expect(await escalateLatest(first.store)).toBe('bp-check');
    const recheck = first.appended.find((e) => e.kind === 'recheck-scheduled');
    expect(recheck?.data).toMatchObject({ reason: 'bp-crisis', ruleIds: ['bp-crisis-first'] });
    const dueIn = (recheck!.data as { dueAt: number }).dueAt - (recheck!.at as number);
    expect(dueIn).toBe(5 * 60_000);
  });

  it('judges an entry that could not be saved yet, as the latest', async () => {
    const error = new StorageError('quota', 'full');
    const pending: PendingEntry[] = [
      {
        input: {
          kind: 'check-in',
          data: { observation: { breathing: 'pauses' } },
          at: mins(15),
          actionId: 'a1',
        },
        error,
      },
    ];
    const { store } = fakeStore(
      escalationLog().checkIn(mins(5), { resting: true }).entries,
      pending,
    );
    expect(await escalateLatest(store)).toBe('emergency');
  });

  it('writes nothing when all is well', async () => {
    const { store, appended } = fakeStore(
      escalationLog().checkIn(mins(15), { resting: true, breathing: 'normal', comfort: 'calm' })
        .entries,
    );
    expect(await escalateLatest(store)).toBeUndefined();
    expect(appended).toEqual([]);
  });
});
