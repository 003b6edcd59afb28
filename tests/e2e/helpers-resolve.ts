import { expect, type Page } from '@playwright/test';

/**
 * On the emergency screen: "Mark emergency resolved", then the confirm step: choose what
 * happened, add `words` if given, "Yes, mark it resolved". Leaves the page on the session screen.
 */
export async function resolveEmergency(
  page: Page,
  outcome = 'Breathing normally again',
  words?: string,
): Promise<void> {
  await page.getByRole('button', { name: 'Mark emergency resolved' }).click();
  const step = page.getByRole('region', { name: 'Is the emergency over?' });
  await step.getByRole('radio', { name: outcome }).check();
  if (words) await step.getByLabel('In your own words (optional)').fill(words);
  await step.getByRole('button', { name: 'Yes, mark it resolved' }).click();
  await expect(page.getByRole('timer', { name: 'Next check-in' })).toBeVisible();
}
