// Injected at build time (vite.config.ts and vitest.config.ts `define`) from package.json.

/** The app's version, e.g. "0.1.0", as package.json says. */
declare const __APP_VERSION__: string;
