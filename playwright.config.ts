import { defineConfig } from '@playwright/test';
import { findChromium } from './scripts/chromium-path.mjs';

// Browser tests run against the production build (`vite build` first, then `vite preview`).
const executablePath = findChromium();
// E2E_PORT lets two runs (say, CI in a scratch clone and a developer's) share a machine.
const port = Number(process.env.E2E_PORT ?? 4173);
if (!executablePath)
  throw new Error('No Chromium found: run `node scripts/ensure-chromium.mjs` first.');

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  workers: process.env.CI ? 2 : 2,
  retries: 0,
  // Long journeys (a whole session with several axe scans) need room on a busy 2-core machine.
  timeout: 120_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    // A click that cannot land fails with the reason, not a bare test timeout.
    actionTimeout: 15_000,
    baseURL: `http://localhost:${port}`,
    colorScheme: 'dark',
    launchOptions: {
      executablePath,
      args: [
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        // Lets the alarm tone play after a reload without a tap, so tests can observe it; real
        // browsers may need a tap, which the alarm screen asks for.
        '--autoplay-policy=no-user-gesture-required',
      ],
    },
  },
  webServer: {
    command: `npx vite preview --port ${port} --strictPort`,
    url: `http://localhost:${port}`,
    reuseExistingServer: !process.env.CI,
    // Long journeys (a whole session with several axe scans) need room on a busy 2-core machine.
    timeout: 120_000,
  },
});
