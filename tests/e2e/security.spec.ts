import { expect, test, type APIRequestContext } from '@playwright/test';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer as createHttpServer } from 'node:http';
import { createServer, type AddressInfo } from 'node:net';
import { META_CSP, SECURITY_HEADERS } from '../../scripts/security-headers.mjs';

// The served app carries its security headers on every kind of file, cannot be framed by another
// site, and `npm start`'s server (the relay) and the static server send the same headers as the
// preview the tests run against.

/** Every security header, with its exact value, on the response at `path`. */
async function expectHeaders(request: APIRequestContext, path: string): Promise<void> {
  const res = await request.get(path);
  expect(res.status(), path).toBe(200);
  const got = res.headers();
  for (const [name, value] of Object.entries(SECURITY_HEADERS))
    expect(got[name.toLowerCase()], `${name} on ${path}`).toBe(value);
}

test('the page, an app path, the service worker, an asset and the manifest all carry the headers', async ({
  request,
}) => {
  const html = await (await request.get('/')).text();
  const asset = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
  expect(asset).toBeDefined();
  for (const path of ['/', '/session/check-in', '/sw.js', asset!, '/manifest.webmanifest'])
    await expectHeaders(request, path);
});

test('the built page has one manifest link and the policy in a <meta>; the worker installs and precaches', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Sitwell' })).toBeVisible();
  await expect(page.locator('link[rel="manifest"]')).toHaveCount(1);
  const meta = page.locator('meta[http-equiv="Content-Security-Policy"]');
  await expect(meta).toHaveCount(1);
  await expect(meta).toHaveAttribute('content', META_CSP);

  // The worker's own script is served under the same policy, and still installs and precaches.
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  const cached = await page.evaluate(async () => {
    const names = await caches.keys();
    const cache = await caches.open(names.find((n) => n.includes('precache'))!);
    return (await cache.keys()).map((r) => new URL(r.url).pathname);
  });
  expect(cached).toContain('/index.html');
  expect(cached).toContain('/manifest.webmanifest');
  // The hosts' header file is for the host, not for the app's cache.
  expect(cached.filter((p) => p.includes('_headers'))).toEqual([]);
});

test('another site cannot show Sitwell in a frame', async ({ page, baseURL }) => {
  // Another origin on this machine (same host, another port) with two frames: one of its own
  // pages, and Sitwell.
  const parent =
    '<iframe id="own" src="/own"></iframe>' +
    `<iframe id="app" src="${baseURL}/" onload="document.body.dataset.app = 'loaded'"></iframe>`;
  const site = createHttpServer((req, res) => {
    res.setHeader('Content-Type', 'text/html');
    res.end(req.url === '/own' ? '<h1>A page that may be framed</h1>' : parent);
  }).listen(0, 'localhost');
  await once(site, 'listening');
  try {
    await page.goto(`http://localhost:${(site.address() as AddressInfo).port}/`);
    await expect(page.locator('body')).toHaveAttribute('data-app', 'loaded');
    // The harness can see a framed page: the other site's own frame shows its heading.
    await expect(
      page.frameLocator('#own').getByRole('heading', { name: 'A page that may be framed' }),
    ).toBeVisible();
    // Sitwell's frame holds the browser's error page instead of the app.
    const app = await page.locator('#app').elementHandle();
    expect((await app!.contentFrame())!.url()).toMatch(/^chrome-error:/);
    await expect(page.frameLocator('#app').getByRole('heading', { name: 'Sitwell' })).toHaveCount(
      0,
    );
  } finally {
    site.close();
  }
});

/** A port nothing listens on. */
async function freePort(): Promise<number> {
  const server = createServer().listen(0);
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  server.close();
  await once(server, 'close');
  return port;
}

test('`npm start`’s server, the relay, serves the build with the headers too', async () => {
  test.setTimeout(180_000);
  const port = await freePort();
  const origin = `http://localhost:${port}`;
  const data = mkdtempSync(join(tmpdir(), 'sitwell-e2e-relay-'));
  const server = spawn(process.execPath, ['--import', 'tsx', 'relay/main.ts'], {
    env: { ...process.env, PORT: String(port), SITWELL_DATA: data },
    stdio: 'ignore',
  });
  const exited = once(server, 'exit');
  try {
    let health: Response | undefined;
    for (let i = 0; i < 1500 && !health?.ok; i++) {
      health = await fetch(`${origin}/api/v1/health`).catch(() => undefined);
      if (!health?.ok) await new Promise((r) => setTimeout(r, 100));
    }
    expect(await health?.json()).toEqual({ ok: true, store: 'pglite', version: '0.1.0' });
    for (const path of ['/', '/session/check-in', '/sw.js', '/manifest.webmanifest']) {
      const res = await fetch(origin + path);
      expect(res.status, path).toBe(200);
      for (const [name, value] of Object.entries(SECURITY_HEADERS))
        expect(res.headers.get(name), `${name} on ${path}`).toBe(value);
    }
  } finally {
    server.kill('SIGTERM');
    await exited;
  }
});

test('the static server (npm run serve:static, scripts/serve.mjs) sends the headers too', async () => {
  const port = await freePort();
  const origin = `http://localhost:${port}`;
  // Its own process group, so stopping it stops the Vite preview it starts.
  const server = spawn('node', ['scripts/serve.mjs'], {
    env: { ...process.env, PORT: String(port) },
    stdio: 'ignore',
    detached: true,
  });
  const exited = once(server, 'exit');
  try {
    let res: Response | undefined;
    for (let i = 0; i < 100 && !res; i++) {
      res = await fetch(`${origin}/sw.js`).catch(() => undefined);
      if (!res) await new Promise((r) => setTimeout(r, 100));
    }
    expect(res?.status).toBe(200);
    for (const [name, value] of Object.entries(SECURITY_HEADERS))
      expect(res!.headers.get(name), name).toBe(value);
  } finally {
    process.kill(-server.pid!, 'SIGTERM');
    await exited;
  }
});
