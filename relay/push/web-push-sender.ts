import webpush, { WebPushError } from 'web-push';
import type { PushOutcome, PushSender } from './deliver';

// The production sender: RFC 8291 encryption and VAPID (RFC 8292) by the `web-push` package.
// The signed VAPID header is made once per push service origin and reused for hours (RFC 8292
// allows up to 24 h), so a burst of alarms costs one encryption each, not an ECDSA signature as
// well. (Node's global agent keeps the connections to a push service open between pushes.)

const VAPID_EXP_S = 12 * 3600;
const VAPID_REUSE_MS = 6 * 3600_000;

/** A sender signing with the relay's VAPID keys; `subject` is a mailto: or https: URL. */
export function webPushSender(
  vapid: { publicKey: string; privateKey: string },
  subject: string,
  timeoutMs = 10_000,
): PushSender {
  const auth = new Map<string, { header: string; until: number }>();
  const authFor = (endpoint: string): string => {
    const audience = new URL(endpoint).origin;
    const hit = auth.get(audience);
    if (hit && hit.until > Date.now()) return hit.header;
    const exp = Math.floor(Date.now() / 1000) + VAPID_EXP_S;
    const h = webpush.getVapidHeaders(
      audience,
      subject,
      vapid.publicKey,
      vapid.privateKey,
      'aes128gcm',
      exp,
    );
    const header = String(h.Authorization);
    auth.set(audience, { header, until: Date.now() + VAPID_REUSE_MS });
    return header;
  };
  return {
    async send(sub, payload, opts): Promise<PushOutcome> {
      try {
        const res = await webpush.sendNotification(sub, payload, {
          headers: { Authorization: authFor(sub.endpoint) },
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
