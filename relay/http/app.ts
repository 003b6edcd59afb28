import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { SECURITY_HEADERS } from '../../scripts/security-headers.mjs';
import { LIMITS } from '../../src/domain/relay/limits';
import { apiRoutes } from './api';
import type { RelayDeps } from './deps';
import { fail, Refusal } from './errors';
import { staticRoutes } from './static';

// The relay's one origin: /api/v1 and the built app, every response with the app's security
// headers (the list in scripts/security-headers.mjs, as `vite preview` sends them).

/** The whole HTTP app; `distDir` undefined serves the API alone. */
export function relayApp(d: RelayDeps, distDir: string | undefined): Hono {
  const app = new Hono();
  app.use('*', async (c, next) => {
    await next();
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) c.header(name, value);
  });
  app.use('/api/*', async (c, next) => {
    c.header('Cache-Control', 'no-store');
    if (!d.ipLimiter.take(`ip:${d.clientIp(c)}`, d.now()))
      return fail(c, 429, 'rate-limited', 'ip', 'too many requests from this address');
    return next();
  });
  app.use(
    '/api/*',
    bodyLimit({
      maxSize: LIMITS.bodyBytes,
      onError: (c) =>
        fail(c, 413, 'too-large', 'body', `the body is over ${LIMITS.bodyBytes} bytes`),
    }),
  );
  app.route('/api/v1', apiRoutes(d));
  app.all('/api/*', (c) => fail(c, 404, 'not-found', 'path', 'no such endpoint'));
  app.onError((err, c) => {
    if (err instanceof Refusal) {
      if (err.status === 429) c.header('Retry-After', '1');
      return fail(c, err.status, err.code, err.field, err.message);
    }
    console.error('relay: unexpected error', err);
    return fail(c, 500, 'internal', 'server', 'the relay could not do that; try again');
  });
  if (distDir) staticRoutes(app, distDir);
  return app;
}
