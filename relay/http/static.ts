import { existsSync } from 'node:fs';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Hono } from 'hono';

// The built app (dist/) on the relay's origin, as `vite preview` served it: files as they are,
// hashed assets cached for good, and every app path (/session, /clinic, …) answered with
// index.html so the app routes in the browser.

/** Adds dist/ to `app`; without a build, app paths say how to make one. */
export function staticRoutes(app: Hono, distDir: string): void {
  if (!existsSync(distDir)) {
    app.get('*', (c, next) =>
      c.req.path.startsWith('/api/')
        ? next()
        : c.text('Sitwell is not built yet: run `npm run build:app`.', 503),
    );
    return;
  }
  app.use('/assets/*', async (c, next) => {
    await next();
    if (c.res.ok) c.header('Cache-Control', 'public, max-age=31536000, immutable');
  });
  app.use(
    '*',
    serveStatic({
      root: distDir,
      onFound: (path, c) => {
        if (!path.includes('/assets/')) c.header('Cache-Control', 'no-cache');
      },
    }),
  );
  app.get('*', async (c, next) => {
    // A file-like path (with an extension) that is not in dist/ is a 404, not the app.
    if (/\.[a-z0-9]+$/i.test(c.req.path) || c.req.path.startsWith('/api/')) return next();
    if (!existsSync(`${distDir}/index.html`))
      return c.text('Sitwell is not built yet: run `npm run build:app`.', 503);
    return serveStatic({ root: distDir, path: 'index.html' })(c, next);
  });
}
