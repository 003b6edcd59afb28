import { describe, expect, it } from 'vitest';
import {
  EventPostSchema,
  parseBody,
  PushSubscriptionSchema,
  SessionCreateSchema,
} from '../../../src/domain/relay/wire';

// The relay's shared schemas name the field at fault, as the relay answers and the app shows.

const at = Date.UTC(2026, 5, 1, 12);
const ok = {
  seq: 3,
  class: 'check-in',
  at,
  nextDueAt: at + 900_000,
  enc: `B${'e'.repeat(86)}`,
  ciphertext: 'abc_-',
};

describe('relay wire schemas', () => {
  it('accept a well-formed event and name the first bad field of a broken one', () => {
    expect(parseBody(EventPostSchema, ok)).toEqual({ ok: true, value: ok });
    const field = (body: unknown) => {
      const r = parseBody(EventPostSchema, body);
      return r.ok ? null : r.problem.field;
    };
    expect(field({ ...ok, seq: -1 })).toBe('seq');
    expect(field({ ...ok, class: 'vitals' })).toBe('class');
    expect(field({ ...ok, at: 1 })).toBe('at');
    expect(field({ ...ok, enc: 'short' })).toBe('enc');
    expect(field({ ...ok, ciphertext: 'not base64url!' })).toBe('ciphertext');
    expect(field({ ...ok, ciphertext: 'x'.repeat(16 * 1024 + 1) })).toBe('ciphertext');
    expect(field('a string')).toBe('body');
  });

  it('name nested fields by their path, and check the protocol’s minutes', () => {
    const sub = { endpoint: 'https://push.example/x', keys: { p256dh: 'B'.repeat(87), auth: 'a' } };
    const r = parseBody(PushSubscriptionSchema, sub);
    expect(r.ok ? null : r.problem.field).toBe('keys.auth');
    const s = parseBody(SessionCreateSchema, {
      clinicId: '11111111-1111-4111-8111-111111111111',
      missedAfterMin: 0,
    });
    expect(s.ok ? null : s.problem).toEqual({
      field: 'missedAfterMin',
      message: 'must be at least 1',
    });
  });
});
