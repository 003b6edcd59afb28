// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EMPTY_PREP_DRAFT, type PrepDraft } from '../../src/domain/before/prep-draft';
import { EMPTY_CONTACTS } from '../../src/domain/contacts/contacts';
import { PATHS } from '../../src/platform/router';
import { ServicesContext, type Services } from '../../src/state/services';
import { SessionStore } from '../../src/state/session-store';
import { useStartSession, type StartRequest } from '../../src/state/start-session';
import { saveNamedSetting } from '../../src/state/use-setting';
import { openSitwellDb } from '../../src/storage/db';
import { listEntries } from '../../src/storage/entries';
import { listSessions } from '../../src/storage/sessions';
import { LOG_CRYPTO } from '../fixtures/log-crypto';
import { START } from '../fixtures/session-record';

// The start tap without a dose: the reading preparation took is the session's first observation,
// the rules judge it at once, and the start says which safety screen to open.

let services: Services;

beforeEach(async () => {
  const db = await openSitwellDb(`t-${crypto.randomUUID()}`);
  services = { db, store: new SessionStore(db, () => START, LOG_CRYPTO) };
  await saveNamedSetting(services.db, 'contacts', { ...EMPTY_CONTACTS, emergencyNumber: '911' });
});
afterEach(() => {
  cleanup();
  services.db.close();
});

const prep = (systolic: string, diastolic: string): PrepDraft => ({
  ...EMPTY_PREP_DRAFT,
  step: 'bp',
  sitter: 'Alex',
  bp: { systolic, diastolic },
  completed: true,
});

async function start(req: StartRequest): Promise<string> {
  function Starter() {
    const run = useStartSession();
    return (
      <button
        onClick={() =>
          void run(req).then((r) => {
            document.body.dataset.result = r.ok ? `path:${r.path}` : r.message;
          })
        }
      >
        Start
      </button>
    );
  }
  delete document.body.dataset.result;
  render(
    <ServicesContext.Provider value={services}>
      <Starter />
    </ServicesContext.Provider>,
  );
  fireEvent.click(screen.getByRole('button', { name: 'Start' }));
  await expect.poll(() => document.body.dataset.result).toBeDefined();
  return document.body.dataset.result!;
}

const base = { sitterName: 'Alex', intervalMin: 15, preAlert: true };

describe('starting without a dose', () => {
  it('logs a reading too high to dose, judges it, and opens the provider screen', async () => {
    const result = await start({ ...base, doseAt: undefined, prep: prep('175', '112') });
    expect(result).toBe(`path:${PATHS.provider}`);
    const [session] = await listSessions(services.db);
    const entries = await listEntries(services.db, session!.id);
    expect(entries.map((e) => e.kind)).toEqual([
      'session-started',
      'prep-completed',
      'vitals',
      'escalation-shown',
      'recheck-scheduled',
    ]);
    expect(entries[0]!.data).toMatchObject({ withoutDose: true });
    expect(entries[2]!.data).toEqual({
      vitals: { systolic: 175, diastolic: 112 },
      context: 'pre-dose',
    });
    expect(entries[3]!.data).toMatchObject({ ruleIds: ['bp-predose-severe'] });
    expect(entries[4]!.data).toMatchObject({
      dueAt: entries[3]!.at + 5 * 60_000,
      reason: 'bp-predose',
    });
  });

  it('refuses the same reading with a dose time: it can’t be approved', async () => {
    const result = await start({ ...base, doseAt: START, prep: prep('175', '112') });
    expect(result).toMatch(/^The pre-dose blood pressure is above the provider’s limit/);
    expect(await listSessions(services.db)).toEqual([]);
  });

  it('with a reading within the limit opens the timer, and a dose start is not marked', async () => {
    expect(await start({ ...base, doseAt: START, prep: prep('120', '80') })).toBe(
      `path:${PATHS.session}`,
    );
    const [session] = await listSessions(services.db);
    const [first] = await listEntries(services.db, session!.id);
    expect(first!.data).not.toHaveProperty('withoutDose');
  });
});
