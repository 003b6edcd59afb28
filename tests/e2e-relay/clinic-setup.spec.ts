import { expect, test } from '@playwright/test';
import { decodeProtocolFragment } from '../../src/domain/protocol/fragment';
import { clinicFingerprint } from '../../src/domain/relay/clinic-key';
import { sha256Hex } from '../../src/platform/crypto';
import { expectNoAxeViolations } from '../e2e/helpers';
import { browserClinic, clinicLinkOf } from './clinic-fixture';
import { setUpConsole, tabTo } from './clinic-ui';

test('set-up by keyboard makes the key here, registers, and shows its fingerprint', async ({
  page,
  request,
}) => {
  await page.goto('/clinic');
  await expectNoAxeViolations(page, 'clinic set-up');
  await setUpConsole(page, 'Dr. Lee’s clinic');
  const c = await browserClinic(page);
  const fingerprint = await clinicFingerprint(c.publicKey, sha256Hex);
  expect(c.fingerprint).toBe(fingerprint);
  await expect(page.getByText(fingerprint, { exact: true })).toBeVisible();
  await expectNoAxeViolations(page, 'clinic set up');
  // The relay knows the clinic by the key this browser made, and nothing more.
  const known = await (await request.get(`/api/v1/clinics/${c.clinicId}`)).json();
  expect(known).toEqual({ id: c.clinicId, name: 'Dr. Lee’s clinic', publicKey: c.publicKey });
  // The private key is in IndexedDB and cannot be read out of it.
  const extractable = await page.evaluate(
    () =>
      new Promise<boolean>((resolve) => {
        const open = indexedDB.open('sitwell');
        open.onsuccess = () => {
          const get = open.result.transaction('keys').objectStore('keys').get('clinic-hpke');
          get.onsuccess = () => resolve((get.result as CryptoKeyPair).privateKey.extractable);
        };
      }),
  );
  expect(extractable).toBe(false);

  // The protocol link names the clinic, with a QR code and a printable page.
  const make = page.getByRole('button', { name: 'Make a protocol link' });
  await tabTo(page, make);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Protocol link for a household' })).toBeVisible();
  await page.getByRole('button', { name: 'Create link and file' }).click();
  const link = await page.getByLabel('Link to send').inputValue();
  const decoded = decodeProtocolFragment(new URL(link).hash);
  expect(decoded.ok && decoded.clinic).toEqual(clinicLinkOf(c, new URL(link).origin));
  const qr = page.getByRole('img', { name: 'QR code of the protocol link from Dr. Lee’s clinic' });
  await expect(qr).toBeVisible();
  expect(await qr.locator('path').getAttribute('d')).toMatch(/^M\d+ \d+h\d+v1h-\d+z/);
  await expect(page.locator('.print-sheet').getByText(fingerprint)).toBeVisible();
  await expectNoAxeViolations(page, 'clinic protocol link');
  // The printed page is the sheet alone.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Print this page' })).toBeHidden();
  await expect(page.getByLabel('Link to send')).toBeHidden();
  await page.emulateMedia({ media: 'screen' });

  // The registration survives a reload: the board opens, with nothing on it yet.
  await page.goto('/clinic');
  await expect(
    page.getByRole('heading', { name: 'Dr. Lee’s clinic: live sessions' }),
  ).toBeVisible();
  await expect(page.getByText('Live: updates arrive as they happen.')).toBeVisible();
  await expect(page.getByText('No live sessions.')).toBeVisible();
  await expectNoAxeViolations(page, 'empty board');
});
