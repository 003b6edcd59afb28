import { expect, type Locator, type Page } from '@playwright/test';
import { SETUP_CODE } from './clinic-fixture';

// Page helpers for the clinic console's specs.

/** Presses Tab until `target` has focus (keyboard only, as a user without a mouse would). */
export async function tabTo(page: Page, target: Locator, max = 40): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

/** Sets the console up in `page` by keyboard; resolves once the fingerprint is shown. */
export async function setUpConsole(page: Page, name: string): Promise<void> {
  await page.goto('/clinic');
  await expect(page.getByRole('heading', { name: 'Set up the clinic console' })).toBeVisible();
  await tabTo(page, page.getByLabel('Clinic name (as sitters will see it)'));
  await page.keyboard.type(name);
  await page.keyboard.press('Tab');
  await page.keyboard.type(SETUP_CODE);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'The clinic is set up' })).toBeVisible();
}
