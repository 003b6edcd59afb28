import { defineConfig } from '@playwright/test';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findChromium } from './scripts/chromium-path.mjs';

// Browser tests against the production build served by the relay itself (the app and /api/v1/
// on one origin), as `npm start` runs it. `vite build` comes first (npm run test:e2e:relay).
// Each run gets a fresh data folder and a known set-up code.
const executablePath = findChromium();
const port = Number(process.env.E2E_RELAY_PORT ?? process.env.E2E_PORT ?? 4392);
if (!executablePath)
  throw new Error('No Chromium found: run `node scripts/ensure-chromium.mjs` first.');
// Made once, in the runner (workers load this file too, and inherit it). The relay still writes
// to it as it stops, after any teardown, so instead each run removes the folders that runs on
// this port left more than half an hour ago (a run takes minutes).
if (!process.env.TEST_WORKER_INDEX && !process.env.SITWELL_E2E_DATA) {
  const prefix = `sitwell-e2e-relay-${port}-`;
  for (const name of readdirSync(tmpdir())) {
    const dir = join(tmpdir(), name);
    if (name.startsWith(prefix) && Date.now() - statSync(dir).mtimeMs > 30 * 60_000)
      rmSync(dir, { recursive: true, force: true });
  }
  process.env.SITWELL_E2E_DATA = mkdtempSync(join(tmpdir(), prefix));
}
/** The set-up code the tests open clinics with (tests/e2e-relay/clinic-fixture.ts). */
process.env.SITWELL_E2E_SETUP ??= 'e2e-setup-code-0123456789';

export default defineConfig({
  testDir: 'tests/e2e-relay',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 120_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    actionTimeout: 15_000,
    baseURL: `http://127.0.0.1:${port}`,
    colorScheme: 'dark',
    launchOptions: {
      executablePath,
      args: ['--disable-background-networking', '--disable-component-update', '--no-first-run'],
    },
  },
  webServer: {
    command: 'npx tsx relay/main.ts',
    url: `http://127.0.0.1:${port}/api/v1/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    env: {
      PORT: String(port),
      HOST: '127.0.0.1',
      SITWELL_DATA: process.env.SITWELL_E2E_DATA ?? '',
      SITWELL_SETUP_TOKEN: process.env.SITWELL_E2E_SETUP,
      // The tests post many events from one address; the limits themselves are tested in
      // tests/relay.
      SITWELL_RATE_IP: '1000',
      SITWELL_BURST_IP: '5000',
      SITWELL_RATE_TOKEN: '1000',
      SITWELL_BURST_TOKEN: '5000',
    },
  },
});
