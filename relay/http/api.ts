import { Hono, type Context } from 'hono';
import { LADDER_DEFAULTS } from '../../src/domain/relay/limits';
import {
  AckSchema,
  ClinicCreateSchema,
  DeviceCreateSchema,
  EventPostSchema,
  PushPutSchema,
  SessionCreateSchema,
  WatcherCreateSchema,
  type PushSubscriptionJSON,
} from '../../src/domain/relay/wire';
import { acknowledge } from '../store/alerts';
import {
  addDevice,
  addWatcher,
  alertList,
  clinicSessions,
  createClinic,
  getClinic,
  setPush,
} from '../store/clinics';
import { appendEventFast } from '../store/event-fast';
import { appendEvent, createSession, eventsAfter, getSession } from '../store/sessions';
import { sameSecret } from '../store/tokens';
import { grantOf, bearer, mayTouchClinic, mayTouchSession } from './auth';
import { readBody } from './body';
import type { RelayDeps } from './deps';
import { Refusal } from './errors';
import { pairingRoutes } from './pairing';
import { clinicStream } from './stream';

// The /api/v1 routes. Each handler validates first and stores in one transaction after, so a
// refused request leaves nothing behind.

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function idParam(c: Context, name: string): string {
  const id = c.req.param(name) ?? '';
  if (!UUID_RE.test(id)) throw new Refusal(404, 'not-found', name, 'no such id');
  return id;
}

function checkPush(d: RelayDeps, sub: PushSubscriptionJSON | null | undefined, field: string) {
  if (sub && !d.allowHttpPush && !sub.endpoint.startsWith('https://'))
    throw new Refusal(400, 'invalid', `${field}.endpoint`, 'must be an https URL');
  return sub ?? null;
}

/** The API routes on `d`. */
export function apiRoutes(d: RelayDeps): Hono {
  const api = new Hono();
  const grant = (c: Context, kinds: Parameters<typeof grantOf>[4]) =>
    grantOf(c, d.store, d.tokenLimiter, d.now(), kinds, d.tokens);
  const session = async (c: Context) => getSession(d.store, idParam(c, 'sessionId'));

  api.get('/health', (c) => c.json({ ok: true, store: d.store.kind, version: d.version }));

  api.get('/push/key', (c) => c.json({ publicKey: d.vapidPublicKey }));

  api.post('/clinics', async (c) => {
    const code = bearer(c);
    if (!code || !sameSecret(code, d.setupHash))
      throw new Refusal(401, 'unauthorized', 'authorization', 'the relay set-up code is needed');
    const b = await readBody(c, ClinicCreateSchema);
    const made = await createClinic(
      d.store,
      { name: b.name, publicKey: b.publicKey, deviceLabel: b.deviceLabel ?? null },
      d.now(),
    );
    return c.json(made, 201);
  });

  api.get('/clinics/:clinicId', async (c) => {
    const clinic = await getClinic(d.store, idParam(c, 'clinicId'));
    if (!clinic) throw new Refusal(404, 'not-found', 'clinicId', 'no such clinic');
    return c.json(clinic);
  });

  api.post('/clinics/:clinicId/devices', async (c) => {
    const g = await grant(c, ['device']);
    const clinicId = idParam(c, 'clinicId');
    mayTouchClinic(g, clinicId);
    const b = await readBody(c, DeviceCreateSchema);
    return c.json(await addDevice(d.store, clinicId, b.label ?? null, d.now()), 201);
  });

  api.get('/clinics/:clinicId/sessions', async (c) => {
    const g = await grant(c, ['device']);
    const clinicId = idParam(c, 'clinicId');
    mayTouchClinic(g, clinicId);
    return c.json({ sessions: await clinicSessions(d.store, clinicId, d.now()) });
  });

  api.get('/clinics/:clinicId/alerts', async (c) => {
    const g = await grant(c, ['device']);
    const clinicId = idParam(c, 'clinicId');
    mayTouchClinic(g, clinicId);
    return c.json({ alerts: await alertList(d.store, { clinicId }) });
  });

  api.get('/clinics/:clinicId/stream', async (c) => {
    const g = await grant(c, ['device']);
    const clinicId = idParam(c, 'clinicId');
    mayTouchClinic(g, clinicId);
    return clinicStream(c, d.store, d.hub, clinicId);
  });

  api.put('/devices/me/push', async (c) => {
    const g = await grant(c, ['device']);
    const b = await readBody(c, PushPutSchema);
    await setPush(d.store, 'device', g.subjectId!, checkPush(d, b.subscription, 'subscription'));
    return c.json({ ok: true });
  });

  api.put('/watchers/me/push', async (c) => {
    const g = await grant(c, ['watch']);
    const b = await readBody(c, PushPutSchema);
    await setPush(d.store, 'watcher', g.subjectId!, checkPush(d, b.subscription, 'subscription'));
    return c.json({ ok: true });
  });

  api.post('/sessions', async (c) => {
    const b = await readBody(c, SessionCreateSchema);
    const push = checkPush(d, b.subscription, 'subscription');
    if (!(await getClinic(d.store, b.clinicId)))
      throw new Refusal(404, 'not-found', 'clinicId', 'no such clinic on this relay');
    const min = (m: number | undefined, dflt: number) => (m ?? dflt) * 60_000;
    const times = {
      missedAfterMs: min(b.missedAfterMin, LADDER_DEFAULTS.missedAfterMin),
      clinicAfterMs: min(b.clinicAfterMin, LADDER_DEFAULTS.clinicAfterMin),
      backupAfterMs: min(b.backupAfterMin, LADDER_DEFAULTS.backupAfterMin),
    };
    const made = await createSession(d.store, { clinicId: b.clinicId, times, push }, d.now());
    return c.json(made, 201);
  });

  api.get('/sessions/:sessionId', async (c) => {
    const g = await grant(c, ['write', 'watch', 'device']);
    const s = await session(c);
    mayTouchSession(g, s);
    const alerts = await alertList(d.store, { clinicId: s.clinicId, sessionId: s.id });
    return c.json({ ...s, alerts: alerts.slice(0, 20) });
  });

  api.put('/sessions/:sessionId/push', async (c) => {
    const g = await grant(c, ['write']);
    const s = await session(c);
    mayTouchSession(g, s);
    const b = await readBody(c, PushPutSchema);
    await setPush(d.store, 'sitter', s.id, checkPush(d, b.subscription, 'subscription'));
    return c.json({ ok: true });
  });

  api.post('/sessions/:sessionId/events', async (c) => {
    const g = await grant(c, ['write']);
    const id = idParam(c, 'sessionId');
    // A write token's session exists (a foreign key): its own id needs no lookup.
    mayTouchSession(g, g.sessionId === id ? { id, clinicId: g.clinicId } : undefined);
    const b = await readBody(c, EventPostSchema);
    const r =
      (await appendEventFast(d.store, id, b, d.now())) ??
      (await appendEvent(d.store, id, b, d.now));
    if (r.status === 'conflict')
      throw new Refusal(409, 'conflict', 'seq', 'this seq is stored with other content');
    if (r.status !== 'stored' && r.status !== 'replayed')
      throw new Refusal(
        409,
        'conflict',
        'class',
        'the session has ended; only a record may follow',
      );
    const { deadlineAt, state } = r.session;
    return c.json(
      { seq: b.seq, stored: r.status === 'stored', deadlineAt, state },
      r.status === 'stored' ? 201 : 200,
    );
  });

  api.get('/sessions/:sessionId/events', async (c) => {
    const g = await grant(c, ['write', 'device']);
    const s = await session(c);
    mayTouchSession(g, s);
    const after = Number(c.req.query('after') ?? -1);
    if (!Number.isSafeInteger(after)) throw new Refusal(400, 'invalid', 'after', 'must be a seq');
    return c.json({ events: await eventsAfter(d.store, s.id, after) });
  });

  api.post('/sessions/:sessionId/watchers', async (c) => {
    const g = await grant(c, ['write']);
    const s = await session(c);
    mayTouchSession(g, s);
    const b = await readBody(c, WatcherCreateSchema);
    return c.json(await addWatcher(d.store, s, b.label ?? null, d.now()), 201);
  });

  api.post('/sessions/:sessionId/ack', async (c) => {
    const g = await grant(c, ['device', 'watch']);
    const s = await session(c);
    mayTouchSession(g, s);
    const b = await readBody(c, AckSchema);
    const by = `${g.kind === 'device' ? 'device' : 'watcher'}:${g.subjectId}`;
    const r = await d.store.tx((db) => acknowledge(db, s, by, d.now(), b.alertId));
    if (r.alertIds.length === 0)
      throw new Refusal(409, 'conflict', 'alertId', 'there is no alert to acknowledge');
    return c.json(r);
  });

  pairingRoutes(api, d, grant, idParam);
  return api;
}
