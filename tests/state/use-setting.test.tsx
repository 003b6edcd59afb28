// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EMPTY_CONTACTS } from '../../src/domain/contacts/contacts';
import { ServicesContext, type Services } from '../../src/state/services';
import { SessionStore } from '../../src/state/session-store';
import { useSetting } from '../../src/state/use-setting';
import { CONTACTS } from '../../src/storage/app-settings';
import { openSitwellDb } from '../../src/storage/db';
import { readSetting } from '../../src/storage/settings';
import { LOG_CRYPTO } from '../fixtures/log-crypto';

// The one hook behind every settings screen: read once, save durably, and a plain message when
// storage fails, with what was typed still on screen.

let services: Services;

beforeEach(async () => {
  const db = await openSitwellDb(`t-${crypto.randomUUID()}`);
  services = { db, store: new SessionStore(db, () => 0, LOG_CRYPTO) };
});
afterEach(() => {
  cleanup();
  services.db.close();
});

function AddressEditor() {
  const { value, loadError, save } = useSetting('contacts');
  if (loadError) return <p role="alert">{loadError}</p>;
  if (!value) return <p role="status">Loading</p>;
  return (
    <div>
      <p>Address: {value.address || 'none'}</p>
      <button
        onClick={() =>
          void save({ ...value, address: '1 Elm St' }).then((r) => {
            document.body.dataset.result = r.ok ? 'saved' : r.message;
          })
        }
      >
        Save address
      </button>
    </div>
  );
}

const renderEditor = () =>
  render(
    <ServicesContext.Provider value={services}>
      <AddressEditor />
    </ServicesContext.Provider>,
  );

describe('useSetting', () => {
  it('reads the default, saves durably, and shows the saved value', async () => {
    renderEditor();
    expect(await screen.findByText('Address: none')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Save address' }));
    expect(await screen.findByText('Address: 1 Elm St')).toBeTruthy();
    expect(document.body.dataset.result).toBe('saved');
    expect(await readSetting(services.db, CONTACTS)).toEqual({
      ...EMPTY_CONTACTS,
      address: '1 Elm St',
    });
  });

  it('reports a failed save in plain words and keeps the value shown unchanged', async () => {
    renderEditor();
    await screen.findByText('Address: none');
    services.db.close();
    fireEvent.click(screen.getByRole('button', { name: 'Save address' }));
    await waitFor(() => expect(document.body.dataset.result).toMatch(/storage is not available/));
    expect(screen.getByText('Address: none')).toBeTruthy();
  });

  it('says why when the setting cannot be read', async () => {
    services.db.close();
    renderEditor();
    expect((await screen.findByRole('alert')).textContent).toMatch(/storage is not available/);
  });
});
