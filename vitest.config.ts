import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';
import { readFileSync } from 'node:fs';

const APP_VERSION = (
  JSON.parse(readFileSync(new URL('package.json', import.meta.url), 'utf8')) as { version: string }
).version;

// Unit and storage tests. Browser tests live in tests/e2e and run with Playwright.
export default defineConfig({
  plugins: [preact()],
  // As in vite.config.ts: the version exports carry.
  define: { __APP_VERSION__: JSON.stringify(APP_VERSION) },
  test: {
    include: [
      'tests/domain/**/*.test.{ts,tsx}',
      'tests/state/**/*.test.{ts,tsx}',
      'tests/components/**/*.test.tsx',
      'tests/lib/**/*.test.{ts,tsx}',
      'tests/platform/**/*.test.{ts,tsx}',
      'tests/architecture/**/*.test.ts',
      'tests/docs/**/*.test.ts',
      'tests/storage/**/*.test.{ts,tsx}',
      'tests/platform/**/*.test.ts',
      'tests/fuzz/**/*.test.ts',
      'tests/relay/**/*.test.ts',
    ],
    environment: 'node',
    setupFiles: ['tests/setup.ts'],
  },
});
