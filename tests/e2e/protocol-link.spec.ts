import { expect, test } from '@playwright/test';

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
