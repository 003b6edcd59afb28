import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EMPTY_PREP_DRAFT, type PrepDraft } from '../../src/domain/before/prep-draft';
import { PREP_DRAFT } from '../../src/storage/app-settings';
import { openSitwellDb, type Db } from '../../src/storage/db';
import { readSetting, writeSetting } from '../../src/storage/settings';

const T0 = Date.UTC(2026, 10, 21, 13, 30);

let db: Db;

beforeEach(async () => {
  db = await openSitwellDb(`t-${crypto.randomUUID()}`);
});

afterEach(() => {
  db.close();
});

describe('the preparation draft setting', () => {
  it('is empty before anything is saved', async () => {
    expect(await readSetting(db, PREP_DRAFT)).toEqual(EMPTY_PREP_DRAFT);
  });

  it('reads back a draft exactly as saved, and the empty draft after it is cleared', async () => {
    const draft: PrepDraft = {
      ...EMPTY_PREP_DRAFT,
      step: 'bp',
      sitter: 'Alex',
      agreement: { touch: 'agreed' },
      bp: { systolic: '150', diastolic: '95' },
    };
    await writeSetting(db, PREP_DRAFT, draft, T0);
    expect(await readSetting(db, PREP_DRAFT)).toEqual(draft);
    await writeSetting(db, PREP_DRAFT, EMPTY_PREP_DRAFT, T0 + 1);
    expect(await readSetting(db, PREP_DRAFT)).toEqual(EMPTY_PREP_DRAFT);
  });

  it('falls back to an empty draft when the stored record is not a draft', async () => {
    const tx = db.transaction('settings', 'readwrite');
    await Promise.all([
      tx.store.put({ key: 'prep-draft', version: 1, value: 'garbage', updatedAt: T0 }),
      tx.done,
    ]);
    expect(await readSetting(db, PREP_DRAFT)).toEqual(EMPTY_PREP_DRAFT);
  });
});
