import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer as createHttps, globalAgent, type Server } from 'node:https';
import { request as httpRequest } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// web-push-testing as the push service, in this process. `web-push` speaks only HTTPS, so a
// small TLS front (a certificate made here by openssl, trusted by this process alone) passes
// each request to the service's plain-HTTP port.

const require = createRequire(import.meta.url);

/** A running push service. */
export interface PushService {
  /** A subscription for the relay's VAPID key, as a browser would hand the app. */
  subscribe(
    vapidPublicKey: string,
  ): Promise<{ endpoint: string; keys: { p256dh: string; auth: string }; clientHash: string }>;
  /** Messages the service received for a subscription (still encrypted: it cannot read them). */
  messages(clientHash: string): Promise<unknown[]>;
  /** Makes the service answer 410 Gone for this subscription from now on. */
  expire(clientHash: string): Promise<void>;
  close(): Promise<void>;
}

const listen = (s: {
  listen: (p: number, h: string, cb: () => void) => unknown;
  address: () => unknown;
}) =>
  new Promise<number>((resolve) =>
    s.listen(0, '127.0.0.1', () => resolve((s.address() as AddressInfo).port)),
  );

function certificate(): { key: Buffer; cert: Buffer } {
  const dir = mkdtempSync(join(tmpdir(), 'sitwell-tls-'));
  const made = spawnSync('openssl', [
    'req',
    '-x509',
    '-newkey',
    'ec',
    '-pkeyopt',
    'ec_paramgen_curve:P-256',
    '-nodes',
    '-keyout',
    join(dir, 'key.pem'),
    '-out',
    join(dir, 'cert.pem'),
    '-days',
    '1',
    '-subj',
    '/CN=localhost',
    '-addext',
    'subjectAltName=DNS:localhost,IP:127.0.0.1',
  ]);
  if (made.status !== 0) throw new Error(`openssl failed: ${String(made.stderr)}`);
  return { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
}

/** Starts web-push-testing behind TLS on free ports. */
export async function startPushService(): Promise<PushService> {
  const { PushApiModel } = require('web-push-testing/src/PushApiModel.js');
  const TestingServer = require('web-push-testing/src/server.js');
  const inner = new TestingServer(new PushApiModel(), 0);
  // startServer() listens on the port given at construction; bind it ourselves on a free one.
  inner._server = inner._app.listen(0, '127.0.0.1');
  await new Promise((r) => inner._server.once('listening', r));
  inner.setRequestHandlers();
  const innerPort = (inner._server.address() as AddressInfo).port;
  const tls = certificate();
  globalAgent.options.ca = [tls.cert];
  const front: Server = createHttps(tls, (req, res) => {
    const fwd = httpRequest(
      {
        host: '127.0.0.1',
        port: innerPort,
        path: req.url,
        method: req.method,
        headers: req.headers,
      },
      (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      },
    );
    req.pipe(fwd);
  });
  const port = await listen(front);
  const post = async (path: string, body?: unknown) => {
    const res = await fetch(`http://127.0.0.1:${innerPort}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body ?? {}),
    });
    return (await res.json().catch(() => ({}))) as { data?: Record<string, unknown> };
  };
  return {
    async subscribe(key) {
      const { data } = await post('/subscribe', {
        userVisibleOnly: 'true',
        applicationServerKey: key,
      });
      const endpoint = String(data!.endpoint).replace(
        /^http:\/\/localhost:\d+/,
        `https://localhost:${port}`,
      );
      return {
        ...(data as { keys: { p256dh: string; auth: string }; clientHash: string }),
        endpoint,
      };
    },
    async messages(clientHash) {
      const { data } = await post('/get-notifications', { clientHash });
      return (data?.messages as unknown[]) ?? [];
    },
    async expire(clientHash) {
      await fetch(`http://127.0.0.1:${innerPort}/expire-subscription/${clientHash}`, {
        method: 'POST',
      });
    },
    async close() {
      front.closeAllConnections();
      await new Promise((r) => front.close(r));
      inner._server.closeAllConnections?.();
      await new Promise((r) => inner._server.close(r));
    },
  };
}
