import { chromium, expect, test, type BrowserContext } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Its own preview server, so the test can stop it for real without affecting other tests.
const PORT = Number(process.env.E2E_PORT ?? 4173) + 8;
const ORIGIN = `http://localhost:${PORT}`;

async function startServer(): Promise<ChildProcess> {
  const server = spawn('npx', ['vite', 'preview', '--port', String(PORT), '--strictPort'], {
    stdio: 'pipe',
    detached: true,
  });
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(ORIGIN)).ok) return server;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('preview server did not start');
}

async function stopServer(server: ChildProcess): Promise<void> {
  // npx starts vite as a child: kill the whole process group.
  process.kill(-server.pid!, 'SIGTERM');
  for (let i = 0; i < 50; i++) {
    try {
      await fetch(ORIGIN);
    } catch {
      return;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('preview server did not stop');
}

test('the service worker takes control and the app reloads with the server stopped', async ({
  page,
}) => {
  const server = await startServer();
  try {
    await page.goto(ORIGIN);
    await expect(page.getByRole('heading', { level: 1, name: 'Sitwell' })).toBeVisible();
    await expect(page.getByText('Sitwell now works offline')).toBeVisible();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    // Lazy chunks are precached too: every built asset is in the cache before the server goes.
    const cached = await page.evaluate(async () => {
      const names = await caches.keys();
      const cache = await caches.open(names.find((n) => n.includes('precache'))!);
      return (await cache.keys()).map((r) => new URL(r.url).pathname);
    });
    expect(cached.some((p) => /StartScreen-.*\.js$/.test(p))).toBe(true);
    expect(cached.some((p) => /CheckInScreen-.*\.js$/.test(p))).toBe(true);
  } finally {
    await stopServer(server);
  }
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Sitwell' })).toBeVisible();
  // A lazily loaded screen opens offline too.
  await page.getByRole('button', { name: 'Skip to start session' }).click();
  await expect(page.getByRole('heading', { name: 'Start a session' })).toBeVisible();
});

test('Chrome reports no installability errors and the manifest is complete', async ({
  baseURL,
  browserName,
}, info) => {
  expect(browserName).toBe('chromium');
  // Installability is judged only outside incognito, so this test uses a real profile directory.
  const dir = mkdtempSync(join(tmpdir(), 'sitwell-profile-'));
  const launch = info.project.use.launchOptions ?? {};
  const context = await chromium.launchPersistentContext(dir, { ...launch, headless: true });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(baseURL!);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as {
      installabilityErrors: unknown[];
    };
    expect(installabilityErrors).toEqual([]);
    const manifest = (await (await page.request.get('/manifest.webmanifest')).json()) as Record<
      string,
      unknown
    >;
    expect(manifest).toMatchObject({
      name: 'Sitwell',
      short_name: 'Sitwell',
      display: 'standalone',
      start_url: '/',
      scope: '/',
    });
    const icons = manifest.icons as { sizes: string; purpose?: string }[];
    expect(icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
    expect(icons.some((i) => i.purpose === 'maskable')).toBe(true);
    for (const path of [
      '/icons/icon-192.png',
      '/icons/icon-512.png',
      '/icons/maskable-512.png',
      '/icons/apple-touch-icon.png',
    ]) {
      const res = await page.request.get(path);
      expect(res.headers()['content-type'], path).toBe('image/png');
    }
  } finally {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('?no-sw unregisters the service worker', async ({ page }) => {
  await page.goto('/');
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await page.goto('/?no-sw');
  await expect(page.getByText('Offline support is switched off')).toBeVisible();
  await expect
    .poll(() =>
      page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length),
    )
    .toBe(0);
});

test('the "works offline" notice waits until the session ends, so it never moves the buttons mid-tap', async ({
  page,
}) => {
  await page.goto('/start');
  const skip = page.getByRole('button', { name: 'Skip for now' });
  const name = page.getByLabel('Your name (the sitter)');
  await expect(skip.or(name).first()).toBeVisible();
  if (await skip.isVisible()) await skip.click();
  await name.fill('Alex');
  await page.getByRole('button', { name: 'Start session' }).click();
  await expect(page.getByRole('timer', { name: 'Next check-in' })).toBeVisible();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await expect(page.getByText('Sitwell now works offline')).toHaveCount(0);

  await page.getByRole('button', { name: 'End session' }).click();
  await page.getByLabel('Why are you ending now?').fill('Testing the offline notice');
  await page.getByRole('button', { name: 'End session' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Session summary' })).toBeVisible();
  await expect(page.getByText('Sitwell now works offline')).toBeVisible();
});

/** Holds back the service worker's script (and so its notices) until `release` is called. */
async function holdWorker(context: BrowserContext): Promise<() => void> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await context.route('**/sw.js', async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

test('the "works offline" notice comes in below the screen: nothing moves when it appears', async ({
  page,
  context,
}) => {
  await page.addInitScript(() => {
    const w = window as unknown as { shifted: number };
    w.shifted = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        w.shifted += (e as PerformanceEntry & { value: number }).value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  const release = await holdWorker(context);
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Skip to start session' })).toBeVisible();
  release();
  await expect(page.getByText('Sitwell now works offline')).toBeVisible();
  // Layout shifts are reported after the frame that made them.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r))));
  expect(
    await page.evaluate(() => (window as unknown as { shifted: number }).shifted),
  ).toBeLessThan(0.001);
});

test('a tap held down while the "works offline" notice appears still lands', async ({
  page,
  context,
}) => {
  const release = await holdWorker(context);
  await page.goto('/');
  const skip = page.getByRole('button', { name: 'Skip to start session' });
  const box = (await skip.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  release();
  await expect(page.getByText('Sitwell now works offline')).toBeVisible();
  expect(await skip.boundingBox()).toEqual(box);
  await page.mouse.up();
  await expect(page.getByRole('heading', { name: 'Start a session' })).toBeVisible();
});
