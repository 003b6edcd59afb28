import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

// Every refusal is JSON naming the field at fault, so a client (or a person reading a log) knows
// what to fix: { "error": "invalid", "field": "ciphertext", "message": "must be base64url …" }.

/** The kinds of refusal. */
export type ErrorCode =
  | 'invalid'
  | 'unauthorized'
  | 'forbidden'
  | 'not-found'
  | 'conflict'
  | 'too-large'
  | 'unsupported-media-type'
  | 'rate-limited'
  | 'internal';

/** A JSON refusal. */
export function fail(
  c: Context,
  status: ContentfulStatusCode,
  error: ErrorCode,
  field: string,
  message: string,
) {
  return c.json({ error, field, message }, status);
}

/** Thrown by helpers to end a request with a refusal. */
export class Refusal extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: ErrorCode,
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}
