import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';

// Unit and storage tests. Browser tests live in tests/e2e and run with Playwright.
export default defineConfig({
  plugins: [preact()],
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
    ],
    environment: 'node',
    setupFiles: ['tests/setup.ts'],
  },
});
