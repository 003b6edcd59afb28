import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectNoAxeViolations, openStartForm } from './helpers';

// A protocol link cut off when it was copied (`#protocol`, `#protocol=`) must say so: silently
// showing the protocol screen as if nothing had been sent would leave the defaults in use unnoticed.

for (const fragment of ['#protocol', '#protocol=']) {
  test(`opening /${fragment} says the link is empty and changes nothing`, async ({ page }) => {
    await page.goto(`/${fragment}`);
    const alert = page.getByRole('alert').filter({
      hasText: 'This link’s protocol can’t be used. Nothing was changed.',
    });
    await expect(alert).toBeVisible();
    await expect(alert).toContainText('Link: empty, it has nothing after "#protocol="');
    await expect(page).toHaveURL(/\/settings\/protocol#protocol=?$/);
    await expect(
      page.getByText('No protocol imported: Sitwell’s conservative defaults'),
    ).toBeVisible();
    await page.getByRole('button', { name: 'Dismiss' }).click();
    await expect(alert).toBeHidden();
    expect(new URL(page.url()).hash).toBe('');
  });
}

const REASON_20 =
  'Check-in interval: 20 minutes is longer than the 15 minutes programs require ' +
  '[seed interview, MB-help]; choose 15 or less.';
const START = new Date('2026-11-21T14:00:00');

/** A `#protocol=` fragment carrying these settings, as a provider's link would. */
function linkFragment(protocol: Record<string, unknown>): string {
  const json = JSON.stringify({
    format: 'sitwell-protocol',
    version: 1,
    issuedBy: 'Dr Lee',
    protocol,
  });
  return `#protocol=${Buffer.from(json).toString('base64url')}`;
}

/** The value and source of one row of a description list, found by its label. */
function row(page: Page, group: string, label: string): Locator {
  return page
    .getByRole('group', { name: group })
    .locator('dl > div')
    .filter({ has: page.getByRole('term').filter({ hasText: new RegExp(`^${label}$`) }) });
}

/** The stored protocol setting, written or read straight in IndexedDB. */
function storedProtocol(page: Page, value?: unknown): Promise<unknown> {
  return page.evaluate(
    (write) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('sitwell');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          let store: IDBObjectStore;
          try {
            store = db.transaction('settings', 'readwrite').objectStore('settings');
          } catch (err) {
            return reject(err as Error);
          }
          const req = write
            ? store.put({ key: 'protocol', version: 1, value: write.value, updatedAt: 0 })
            : store.get('protocol');
          req.onsuccess = () => {
            db.close();
            resolve(write ? undefined : (req.result as { value: unknown } | undefined)?.value);
          };
          req.onerror = () => reject(req.error);
        };
      }),
    value === undefined ? undefined : { value },
  );
}

test.describe('clinical limits on a provider’s protocol', () => {
  test.beforeEach(async ({ page }) => {
    await page.clock.install({ time: START });
  });

  test('a link asking for a 20-minute interval is refused with the reason, and nothing is applied', async ({
    page,
  }) => {
    await page.goto(`/${linkFragment({ intervalMin: 20, spo2Min: 92 })}`);
    const alert = page.getByRole('alert').filter({
      hasText: 'This link’s protocol can’t be used. Nothing was changed.',
    });
    await expect(alert).toContainText(REASON_20);
    await expect(page.getByRole('button', { name: 'Apply this protocol' })).toHaveCount(0);
    await expect(row(page, 'Protocol in use', 'Check-in interval')).toContainText('Every 15 min');
    await expect(row(page, 'Protocol in use', 'Lowest oxygen saturation')).toContainText(
      'Below 90 %Sitwell’s conservative default; the provider may change it',
    );
    await expectNoAxeViolations(page, 'protocol link refused for its interval');
    await page.getByRole('button', { name: 'Dismiss' }).click();
    await page.reload();
    await expect(
      page.getByText('No protocol imported: Sitwell’s conservative defaults'),
    ).toBeVisible();
    expect(await storedProtocol(page)).toBeUndefined();

    // The start form never offers more than 15 minutes.
    await page.goto('/');
    await openStartForm(page);
    const offered = await page
      .getByRole('radio')
      .evaluateAll((rs) => rs.map((r) => Number((r as HTMLInputElement).value)));
    expect(Math.max(...offered)).toBe(15);
    await expect(page.getByRole('radio', { name: '15 min' })).toBeChecked();
    await expect(page.getByLabel('Or minutes (5–15)')).toHaveAttribute('max', '15');
  });

  test('a stored protocol past the limits is set aside for the defaults, with the reason, and kept as it was', async ({
    page,
  }) => {
    // Once the screen has read the setting, the app has made its database.
    await page.goto('/settings/protocol');
    await expect(
      page.getByText('No protocol imported: Sitwell’s conservative defaults'),
    ).toBeVisible();
    // Imported under the old, wider bounds.
    const old = { values: { intervalMin: 20, minMonitoringMin: 90 }, importedAt: START.getTime() };
    await storedProtocol(page, old);
    await page.reload();
    const alert = page.getByRole('alert').filter({ hasText: 'The saved protocol' });
    await expect(alert).toContainText('can’t be used, so Sitwell’s defaults are in use');
    await expect(alert).toContainText(REASON_20);
    await expect(alert).toContainText(
      'Minimum monitoring time: 90 minutes is shorter than the 2 hours (120 minutes)',
    );
    await expect(row(page, 'Protocol in use', 'Check-in interval')).toContainText(
      'Every 15 minDefault',
    );
    await expect(row(page, 'Protocol in use', 'Minimum monitoring time')).toContainText(
      '120 min after the dose',
    );
    await expectNoAxeViolations(page, 'protocol screen with a stored protocol set aside');

    await page.goto('/');
    await openStartForm(page);
    await expect(
      page.getByRole('status').filter({ hasText: 'The provider’s saved protocol can’t be used' }),
    ).toBeVisible();
    await expect(page.getByRole('radio', { name: '15 min' })).toBeChecked();
    await expect(page.getByLabel('Or minutes (5–15)')).toBeVisible();
    expect(await storedProtocol(page)).toEqual(old);
  });
});
