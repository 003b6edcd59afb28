// Token buckets, in memory, per process: a key (an IP or a token id) may make `burst` requests
// at once and `perS` a second after that. Behind a load balancer each process counts its own.

/** A limiter's settings. */
export interface RateSpec {
  perS: number;
  burst: number;
}

/** Makes a limiter; `take(key, now)` is false when the key is over its rate. */
export function rateLimiter(spec: RateSpec) {
  const buckets = new Map<string, { tokens: number; at: number }>();
  let swept = 0;
  return {
    take(key: string, now: number): boolean {
      if (now - swept > 60_000) {
        // Full buckets carry no information: drop them so the map stays small.
        for (const [k, b] of buckets)
          if (b.tokens + ((now - b.at) / 1000) * spec.perS >= spec.burst) buckets.delete(k);
        swept = now;
      }
      const b = buckets.get(key) ?? { tokens: spec.burst, at: now };
      b.tokens = Math.min(spec.burst, b.tokens + ((now - b.at) / 1000) * spec.perS);
      b.at = now;
      buckets.set(key, b);
      if (b.tokens < 1) return false;
      b.tokens -= 1;
      return true;
    },
  };
}

/** A limiter's type. */
export type RateLimiter = ReturnType<typeof rateLimiter>;
