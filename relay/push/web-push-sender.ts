import webpush, { WebPushError } from 'web-push';
import type { PushOutcome, PushSender } from './deliver';

// The production sender: RFC 8291 encryption and VAPID (RFC 8292) by the `web-push` package.

/** A sender signing with the relay's VAPID keys; `subject` is a mailto: or https: URL. */
export function webPushSender(
  vapid: { publicKey: string; privateKey: string },
  subject: string,
  timeoutMs = 10_000,
): PushSender {
  return {
    async send(sub, payload, opts): Promise<PushOutcome> {
      try {
        const res = await webpush.sendNotification(sub, payload, {
          vapidDetails: { subject, ...vapid },
          TTL: opts.ttlS,
          urgency: opts.urgency,
          topic: opts.topic,
          timeout: timeoutMs,
        });
        return { statusCode: res.statusCode };
      } catch (e) {
        if (e instanceof WebPushError) {
          const retry = Number(e.headers?.['retry-after']);
          return {
            statusCode: e.statusCode,
            error: String(e.body || e.message).slice(0, 500),
            ...(Number.isFinite(retry) ? { retryAfterS: retry } : {}),
          };
        }
        return { statusCode: 0, error: String(e).slice(0, 500) };
      }
    },
  };
}
