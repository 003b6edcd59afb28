import type { APIRequestContext, Page } from '@playwright/test';
import type { Entry } from '../../src/domain/log/entry';
import { toBase64Url } from '../../src/domain/parse/base64';
import type { ClinicLink } from '../../src/domain/protocol/clinic';
import type { Protocol } from '../../src/domain/protocol/protocol';
import { clinicFingerprint } from '../../src/domain/relay/clinic-key';
import { liveEnvelope, type LivePayload } from '../../src/domain/relay/live-event';
import { generateKeyPair, serializePublicKey } from '../../src/lib/hpke';
import { newId, sha256Hex } from '../../src/platform/crypto';
import { sealLive } from '../../src/platform/live-crypto';
import { chainEntry, type NewEntry } from '../../src/storage/entries';

// Generic helpers for the relay suite (clinic and sitter sides): open a clinic through the API,
// read the clinic a browser set up, open a relay session, and post a log's entries to it sealed
// exactly as a sitter's Sitwell seals them.

/** The relay's set-up code for this run (playwright.relay.config.ts sets it). */
export const SETUP_CODE = process.env.SITWELL_E2E_SETUP ?? 'e2e-setup-code-0123456789';

/** A clinic as the tests hold it. */
export interface TestClinic {
  clinicId: string;
  deviceId: string;
  deviceToken: string;
  name: string;
  publicKey: string;
  fingerprint: string;
  /** Present when the test made the key (registerClinic); absent for one the browser made. */
  keyPair?: CryptoKeyPair;
}

/** Opens a clinic through the API with a fresh key pair made here. */
export async function registerClinic(
  request: APIRequestContext,
  name = 'Test Clinic',
): Promise<TestClinic> {
  const keyPair = await generateKeyPair();
  const publicKey = toBase64Url(await serializePublicKey(keyPair.publicKey));
  const res = await request.post('/api/v1/clinics', {
    headers: { authorization: `Bearer ${SETUP_CODE}` },
    data: { name, publicKey },
  });
  if (res.status() !== 201) throw new Error(`POST /clinics: ${res.status()} ${await res.text()}`);
  const body = (await res.json()) as { clinicId: string; deviceId: string; deviceToken: string };
  const fingerprint = await clinicFingerprint(publicKey, sha256Hex);
  return { ...body, name, publicKey, fingerprint, keyPair };
}

/** The clinic the console in `page` set up (its registration, read from IndexedDB). */
export async function browserClinic(page: Page): Promise<TestClinic> {
  const device = await page.evaluate(
    () =>
      new Promise<unknown>((resolve, reject) => {
        const open = indexedDB.open('sitwell');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const get = open.result
            .transaction('settings')
            .objectStore('settings')
            .get('clinic-device');
          get.onsuccess = () => resolve((get.result as { value: unknown } | undefined)?.value);
          get.onerror = () => reject(get.error);
        };
      }),
  );
  if (!device) throw new Error('This page has no clinic set up.');
  return device as TestClinic;
}

/** The protocol's clinic object for a clinic on this relay. */
export function clinicLinkOf(c: TestClinic, origin: string): ClinicLink {
  const { clinicId: id, name, publicKey, fingerprint } = c;
  return { relay: origin, id, name, publicKey, fingerprint };
}

/** A relay session as a sitter's app opens it. */
export interface TestSession {
  sessionId: string;
  writeToken: string;
}

/** `POST /api/v1/sessions` for the clinic. */
export async function openRelaySession(
  request: APIRequestContext,
  clinicId: string,
): Promise<TestSession> {
  const res = await request.post('/api/v1/sessions', { data: { clinicId } });
  if (res.status() !== 201) throw new Error(`POST /sessions: ${res.status()} ${await res.text()}`);
  return (await res.json()) as TestSession;
}

/** A chained log as the sitter's storage writes it, from inputs with their times. */
export async function chainedLog(sessionId: string, inputs: readonly NewEntry[]): Promise<Entry[]> {
  const out: Entry[] = [];
  const crypto = { sha256: sha256Hex, newId };
  for (const input of inputs) out.push(await chainEntry(sessionId, out.at(-1), input, 0, crypto));
  return out;
}

/** Seals and posts the event of entry `index` of `log` (the first one carries the protocol). */
export async function postEntry(
  request: APIRequestContext,
  clinic: Pick<TestClinic, 'publicKey'>,
  session: TestSession,
  log: readonly Entry[],
  index: number,
  protocol?: Protocol,
): Promise<void> {
  const entry = log[index]!;
  const envelope = liveEnvelope(log, index);
  const payload: LivePayload = {
    v: 1,
    type: 'entry',
    entry,
    ...(index === 0 && protocol && { protocol }),
  };
  await postPayload(request, clinic, session, entry.seq, envelope, payload);
}

/** Seals and posts any payload at `seq` with its envelope. */
export async function postPayload(
  request: APIRequestContext,
  clinic: Pick<TestClinic, 'publicKey'>,
  session: TestSession,
  seq: number,
  envelope: ReturnType<typeof liveEnvelope>,
  payload: LivePayload,
): Promise<void> {
  const place = { relaySessionId: session.sessionId, seq, envelope };
  const sealed = await sealLive(clinic.publicKey, place, payload);
  const res = await request.post(`/api/v1/sessions/${session.sessionId}/events`, {
    headers: { authorization: `Bearer ${session.writeToken}` },
    data: { seq, ...envelope, ...sealed },
  });
  if (res.status() >= 300) throw new Error(`POST events: ${res.status()} ${await res.text()}`);
}
