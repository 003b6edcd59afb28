import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { webPushSender } from '../../relay/push/web-push-sender';
import { clinicAndSession, event, STORES, testRelay } from './helpers';
import { startPushService, type PushService } from './push-service';

vi.setConfig({ testTimeout: 90_000, hookTimeout: 60_000 });

// The relay's real sender (web-push: VAPID, RFC 8291 encryption) against a real local push
// service: a passed deadline reaches the subscription, and an expired one is pruned.

let service: PushService;
beforeAll(async () => {
  service = await startPushService();
});
afterAll(async () => service?.close());

describe.each(STORES)('Web Push on %s', (kind) => {
  it('hands the backup alarm to the push service, and prunes a subscription it calls gone', async () => {
    const r = await testRelay(kind, {}, (vapid) =>
      webPushSender(vapid, 'mailto:test@example.test'),
    );
    try {
      const ids = await clinicAndSession(r, { sitterPush: false });
      const sub = await service.subscribe(r.relay.vapidPublicKey);
      const put = await r.call('PUT', `/api/v1/sessions/${ids.sessionId}/push`, {
        token: ids.writeToken,
        body: { subscription: { endpoint: sub.endpoint, keys: sub.keys } },
      });
      expect(put.status).toBe(200);
      // Due 5 min ago: the deadline is now.
      await r.call('POST', `/api/v1/sessions/${ids.sessionId}/events`, {
        token: ids.writeToken,
        body: event(0, 'started', r.clock.t, r.clock.t - 5 * 60_000),
      });
      await r.relay.tick();
      const got = await service.messages(sub.clientHash);
      expect(got).toHaveLength(1);
      expect(JSON.stringify(got[0])).toContain('Check-in overdue: open Sitwell');

      await service.expire(sub.clientHash);
      r.clock.t += 60_000;
      await r.relay.tick();
      const [s] = await r.relay.store.query('SELECT push FROM sessions');
      expect(s!.push).toBeNull();
      const results = await r.relay.store.query(
        `SELECT p.status, o.round FROM push_results p JOIN outbox o ON o.id = p.outbox_id
         WHERE o.recipient = 'sitter' ORDER BY p.id`,
      );
      expect(results.map((x) => [x.status, x.round])).toEqual([
        [201, 0],
        [410, 1],
      ]);
    } finally {
      await r.close();
    }
  });
});
