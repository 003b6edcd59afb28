import type { Context } from 'hono';
import { checkToken, type Grant, type TokenCache, type TokenKind } from '../store/tokens';
import type { Store } from '../store/store';
import { Refusal } from './errors';
import type { RateLimiter } from './rate-limit';

// Reads the capability token from `Authorization: Bearer …` and checks what it may touch.

/** The bearer token of a request, or undefined. */
export function bearer(c: Context): string | undefined {
  const h = c.req.header('authorization');
  const m = h ? /^Bearer ([^\s]+)$/i.exec(h.trim()) : null;
  return m?.[1];
}

/** The grant for the request's token, of one of `kinds`; refuses otherwise (401, 403, 429). */
export async function grantOf(
  c: Context,
  store: Store,
  limiter: RateLimiter,
  now: number,
  kinds: readonly TokenKind[],
  cache?: TokenCache,
): Promise<Grant> {
  const token = bearer(c);
  if (!token) throw new Refusal(401, 'unauthorized', 'authorization', 'a Bearer token is needed');
  const grant = await checkToken(store, token, cache);
  if (!grant) throw new Refusal(401, 'unauthorized', 'authorization', 'the token is not valid');
  if (!limiter.take(`t:${grant.tokenId}`, now))
    throw new Refusal(429, 'rate-limited', 'authorization', 'too many requests with this token');
  if (!kinds.includes(grant.kind))
    throw new Refusal(
      403,
      'forbidden',
      'authorization',
      `this needs a ${kinds.join(' or ')} token`,
    );
  return grant;
}

/** Refuses unless the grant may touch the session (its own, or a session of its clinic). */
export function mayTouchSession(
  g: Grant,
  session: { id: string; clinicId: string } | undefined,
): asserts session is { id: string; clinicId: string } {
  const ok =
    session !== undefined &&
    (g.kind === 'device' ? g.clinicId === session.clinicId : g.sessionId === session.id);
  if (!ok)
    throw new Refusal(403, 'forbidden', 'authorization', 'this token is not for that session');
}

/** Refuses unless the grant is a device of this clinic. */
export function mayTouchClinic(g: Grant, clinicId: string): void {
  if (g.kind !== 'device' || g.clinicId !== clinicId)
    throw new Refusal(403, 'forbidden', 'authorization', 'this token is not for that clinic');
}
