// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EMPTY_CONTACTS } from '../../src/domain/contacts/contacts';
import { ServicesContext, type Services } from '../../src/state/services';
import { SessionStore } from '../../src/state/session-store';
import { useStartSession, type StartRequest } from '../../src/state/start-session';
import { loadReceived, openRecordFile } from '../../src/state/use-received';
import { readNamedSetting, saveNamedSetting } from '../../src/state/use-setting';
import { openSitwellDb } from '../../src/storage/db';
import { listEntries } from '../../src/storage/entries';
import { listSessions } from '../../src/storage/sessions';
import { LOG_CRYPTO } from '../fixtures/log-crypto';
import { signedRecord, START } from '../fixtures/session-record';

// Names typed on this device, and file names of opened records, are kept without bidirectional
// controls: "Sam" + U+202E + "gm 003" would show as "Sam300 mg".

const RLO = '\u202E';
let services: Services;

beforeEach(async () => {
  const db = await openSitwellDb(`t-${crypto.randomUUID()}`);
  services = { db, store: new SessionStore(db, () => START, LOG_CRYPTO) };
});
afterEach(() => {
  cleanup();
  services.db.close();
});

function Starter({ req }: { req: StartRequest }) {
  const start = useStartSession();
  return (
    <button
      onClick={() =>
        void start(req).then((r) => {
          document.body.dataset.result = r.ok ? 'started' : r.message;
        })
      }
    >
      Start
    </button>
  );
}

describe('names without bidirectional controls', () => {
  it('starts a session with the typed names stripped, in the record and the log', async () => {
    await saveNamedSetting(services.db, 'contacts', {
      ...EMPTY_CONTACTS,
      emergencyNumber: '911',
      backupName: `Jo${RLO}`,
    });
    const req: StartRequest = {
      sitterName: `Al${RLO}ex`,
      patientName: `\u2066Sam${RLO}gm 003\u2069`,
      intervalMin: 15,
      doseAt: START,
      preAlert: true,
      prep: undefined,
    };
    render(
      <ServicesContext.Provider value={services}>
        <Starter req={req} />
      </ServicesContext.Provider>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Start' }));
    await expect.poll(() => document.body.dataset.result).toBe('started');
    const [session] = await listSessions(services.db);
    expect(session!.people).toEqual({ sitterName: 'Alex', patientName: 'Samgm 003' });
    expect(session!.contacts.backupName).toBe('Jo');
    const [first] = await listEntries(services.db, session!.id);
    expect(first!.data).toMatchObject({ sitterName: 'Alex', patientName: 'Samgm 003' });
  });

  it('refuses to start when the sitter’s name is nothing but controls', async () => {
    render(
      <ServicesContext.Provider value={services}>
        <Starter
          req={{
            sitterName: `${RLO}\u200F`,
            intervalMin: 15,
            doseAt: START,
            preAlert: true,
            prep: undefined,
          }}
        />
      </ServicesContext.Provider>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Start' }));
    await expect
      .poll(() => document.body.dataset.result)
      .toBe('Enter your name: it goes on the log as the person who monitored.');
    expect(await listSessions(services.db)).toEqual([]);
  });

  it('saves contacts with the names stripped', async () => {
    const typed = { ...EMPTY_CONTACTS, providerName: `Dr ${RLO}Rivera`, address: `12 Elm${RLO}` };
    expect((await saveNamedSetting(services.db, 'contacts', typed)).ok).toBe(true);
    const kept = await readNamedSetting(services.db, 'contacts');
    expect(kept).toMatchObject({ providerName: 'Dr Rivera', address: '12 Elm' });
  });

  it('keeps an opened record under its file name stripped', async () => {
    const { text } = await signedRecord();
    const file = new File([text], `sitwell-${RLO}nosj.pdf`);
    const ids = { now: () => START, newId: () => crypto.randomUUID() };
    const outcome = await openRecordFile(services.db, file, ids);
    expect(outcome.ok).toBe(true);
    const view = await loadReceived(services.db, outcome.ok ? outcome.id : '');
    expect(view.kind === 'intact' && view.fileName).toBe('sitwell-nosj.pdf');
  });
});
