import { defineConfig, type Plugin } from 'vite';
import preact from '@preact/preset-vite';
import { VitePWA } from 'vite-plugin-pwa';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { META_CSP, SECURITY_HEADERS } from './scripts/security-headers.mjs';

/** The version every export names (`app.version`), from package.json. */
const APP_VERSION = (
  JSON.parse(readFileSync(new URL('package.json', import.meta.url), 'utf8')) as { version: string }
).version;

/**
 * The built index.html carries the Content-Security-Policy in a <meta> too, for hosts that cannot
 * send headers. Not in dev: Vite's dev server injects styles inline, which the policy forbids.
 */
const metaCsp = (): Plugin => ({
  name: 'sitwell-meta-csp',
  apply: 'build',
  transformIndexHtml: () => [
    {
      tag: 'meta',
      attrs: { 'http-equiv': 'Content-Security-Policy', content: META_CSP },
      injectTo: 'head-prepend',
    },
  ],
});

// Production build: Preact app plus an injectManifest service worker that precaches every built
// file (lazy chunks included) and waits for the page's SKIP_WAITING before taking over.
export default defineConfig({
  define: { __APP_VERSION__: JSON.stringify(APP_VERSION) },
  resolve: {
    // jsPDF's optional helpers (HTML and SVG rendering) are never used by the export.
    alias: [
      {
        find: /^(html2canvas|canvg|dompurify)$/,
        replacement: fileURLToPath(new URL('src/platform/jspdf-unused.ts', import.meta.url)),
      },
    ],
  },
  plugins: [
    preact(),
    metaCsp(),
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src/sw',
      filename: 'sw.ts',
      registerType: 'prompt',
      injectRegister: false,
      // Icons, robots.txt and the manifest are covered by globPatterns below.
      injectManifest: {
        globPatterns: ['**/*.{js,css,html,png,svg,webmanifest,txt}'],
        rollupFormat: 'iife',
      },
      manifest: {
        name: 'Sitwell',
        short_name: 'Sitwell',
        description:
          'Check-in timer, observation log and clear next steps for the sober sitter at an at-home ketamine session.',
        id: '/',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        orientation: 'any',
        background_color: '#0f1420',
        theme_color: '#0f1420',
        lang: 'en',
        categories: ['health', 'medical'],
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          {
            src: '/icons/maskable-512.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable',
          },
        ],
      },
      devOptions: { enabled: false },
    }),
  ],
  build: {
    target: 'es2022',
    sourcemap: false,
    // The first screen is one file (everything index.html needs statically, in one chunk), so
    // there is nothing to preload; without it Vite also leaves out the list of every lazy chunk's
    // dependencies (2 KB gzip of the first screen). A lazy chunk's own imports load when it does.
    modulePreload: false,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'first-screen', tags: ['$initial'], priority: 3 },
            // Reopening during a session waits on these two, each one file rather than a chain
            // of small ones: the session store with the log's code, then the session screen and
            // the monitor that rings the alarm.
            {
              name: 'session-store',
              test: /src[\\/]state[\\/]open-store\.ts$/,
              priority: 2,
            },
            // Home's past-session list, apart from the session screen it shares date formats with.
            { name: 'past-sessions', test: /components[\\/]PastSessionList\.tsx$/, priority: 2 },
            {
              name: 'session-screen',
              test: /src[\\/](screens[\\/]SessionScreen|app[\\/]SessionMonitor)\.tsx$/,
              priority: 1,
            },
          ],
        },
      },
    },
  },
  // `vite preview` (and so `npm start`) sends the security headers with every file it serves.
  preview: { port: 4173, strictPort: true, headers: SECURITY_HEADERS },
});
