import { describe, expect, it } from 'vitest';
import { isSaved } from '../../src/domain/log/entry';
import { inSeqOrder } from '../../src/domain/log/log-queries';
import { logWithPending, type SessionSnapshot } from '../../src/state/session-store';
import { StorageError } from '../../src/storage/storage-error';
import { makeEntry } from '../fixtures/entries';

describe('logWithPending', () => {
  const saved = [
    makeEntry('s', 0, 1000, 'note', { text: 'a' }),
    makeEntry('s', 1, 2000, 'note', { text: 'b' }),
  ];
  const error = new StorageError('quota', 'full');
  const snap = {
    session: { id: 's' },
    entries: saved,
    pending: [
      { input: { kind: 'note', data: { text: 'c' }, at: 3000 }, error },
      { input: { kind: 'note', data: { text: 'd' }, at: 4000 }, error },
    ],
  } as unknown as SessionSnapshot;

  it('numbers unsaved entries after the saved ones, so seq order is the order things happened', () => {
    const log = logWithPending(snap);
    expect(log.map((e) => e.seq)).toEqual([0, 1, 2, 3]);
    expect(inSeqOrder(log).map((e) => (e.data as { text: string }).text)).toEqual([
      'a',
      'b',
      'c',
      'd',
    ]);
  });

  it('marks only the unsaved ones as not saved', () => {
    expect(logWithPending(snap).map(isSaved)).toEqual([true, true, false, false]);
  });
});
