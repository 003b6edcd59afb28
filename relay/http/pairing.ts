import type { Context, Hono } from 'hono';
import { PairingClaimSchema, PairingDeliverSchema } from '../../src/domain/relay/pairing-wire';
import {
  claimPairing,
  deliverPairing,
  getPairing,
  openPairing,
  pickUpPairing,
} from '../store/pairings';
import type { Grant } from '../store/tokens';
import { bearer, mayTouchClinic } from './auth';
import { readBody } from './body';
import type { RelayDeps } from './deps';
import { Refusal } from './errors';

// Pairing a second clinic device (docs/relay.md): the device that has the key opens a pairing
// and shows its code; the new device claims it with its pairing key; a person compares the
// pairing key's fingerprint on both screens; the first device delivers the clinic key sealed to
// that key; the new device picks it up once.

type GrantFn = (c: Context, kinds: ['device']) => Promise<Grant>;

/** Adds the pairing routes to `api`. */
export function pairingRoutes(
  api: Hono,
  d: RelayDeps,
  grant: GrantFn,
  idParam: (c: Context, name: string) => string,
): void {
  const ownPairing = async (c: Context) => {
    const g = await grant(c, ['device']);
    const p = await getPairing(d.store, idParam(c, 'pairingId'), d.now());
    if (!p) throw new Refusal(404, 'not-found', 'pairingId', 'no such pairing (or it expired)');
    mayTouchClinic(g, p.clinicId);
    return p;
  };

  api.post('/clinics/:clinicId/pairings', async (c) => {
    const g = await grant(c, ['device']);
    const clinicId = idParam(c, 'clinicId');
    mayTouchClinic(g, clinicId);
    return c.json(await openPairing(d.store, clinicId, g.subjectId!, d.now()), 201);
  });

  api.post('/pairings/claim', async (c) => {
    const b = await readBody(c, PairingClaimSchema);
    const r = await claimPairing(d.store, b.code, b.publicKey, d.now());
    if (!r) throw new Refusal(404, 'not-found', 'code', 'no open pairing has this code');
    return c.json(r, 201);
  });

  api.get('/pairings/:pairingId', async (c) => {
    const { clinicId: _c, ...p } = await ownPairing(c);
    return c.json(p);
  });

  api.post('/pairings/:pairingId/deliver', async (c) => {
    const p = await ownPairing(c);
    const b = await readBody(c, PairingDeliverSchema);
    if (!(await deliverPairing(d.store, p.id, b, d.now())))
      throw new Refusal(409, 'conflict', 'pairingId', 'not claimed yet, or delivered already');
    return c.json({ ok: true });
  });

  api.get('/pairings/:pairingId/delivery', async (c) => {
    const token = bearer(c);
    if (!token)
      throw new Refusal(401, 'unauthorized', 'authorization', 'the claim token is needed');
    const r = await pickUpPairing(d.store, idParam(c, 'pairingId'), token, d.now());
    if (r.status === 'missing')
      throw new Refusal(404, 'not-found', 'pairingId', 'no such pairing (or it expired)');
    if (r.status === 'refused')
      throw new Refusal(401, 'unauthorized', 'authorization', 'the claim token is not valid');
    if (r.status === 'waiting') return c.json({ delivered: false });
    return c.json({ delivered: true, clinicId: r.clinicId, ...r.sealed });
  });
}
