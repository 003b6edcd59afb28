import type { Context } from 'hono';
import type { Store } from '../store/store';
import type { TokenCache } from '../store/tokens';
import type { FeedHub } from '../stream/hub';
import type { RateLimiter } from './rate-limit';

/** What the HTTP layer needs, passed in (tests inject their own clock and limits). */
export interface RelayDeps {
  store: Store;
  hub: FeedHub;
  now: () => number;
  version: string;
  /** SHA-256 of the set-up code that opens clinics. */
  setupHash: Buffer;
  vapidPublicKey: string;
  ipLimiter: RateLimiter;
  tokenLimiter: RateLimiter;
  /** Token rows recently read (hash and scope), for a few seconds. */
  tokens: TokenCache;
  /** Whether push endpoints may be plain http:// (tests with a local push service only). */
  allowHttpPush: boolean;
  clientIp: (c: Context) => string;
}
