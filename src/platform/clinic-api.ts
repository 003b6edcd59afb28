import type { PushSubscriptionJSON } from '../domain/relay/wire';

// The clinic console's calls to the relay on this origin (docs/relay.md). Each answers with the
// body or a plain sentence; none throws, so a screen can always say what happened.

/** What a clinic device holds to speak for its clinic. */
export interface ClinicCredentials {
  clinicId: string;
  deviceId: string;
  deviceToken: string;
}

/** A call's outcome: the JSON body, or why there is none. */
export type ApiResult<T = unknown> =
  { ok: true; body: T } | { ok: false; status: number; message: string; field?: string };

const API = '/api/v1';

const SAID: Record<number, string> = {
  0: 'The relay could not be reached. Check the connection and try again.',
  401: 'The relay did not accept this device’s key (or the set-up code).',
  403: 'The relay refused: this device may not do that.',
  404: 'The relay does not know that clinic or session.',
  429: 'The relay is busy with too many requests. Try again in a moment.',
};

/** One call; `token` goes in the Authorization header, never in the address. */
export async function relayCall<T = unknown>(
  method: 'GET' | 'POST' | 'PUT',
  path: string,
  token: string | undefined,
  body?: unknown,
): Promise<ApiResult<T>> {
  let res: Response;
  try {
    res = await fetch(API + path, {
      method,
      mode: 'same-origin',
      credentials: 'omit',
      redirect: 'error',
      cache: 'no-store',
      headers: {
        accept: 'application/json',
        ...(token && { authorization: `Bearer ${token}` }),
        ...(body !== undefined && { 'content-type': 'application/json' }),
      },
      ...(body !== undefined && { body: JSON.stringify(body) }),
    });
  } catch {
    return { ok: false, status: 0, message: SAID[0]! };
  }
  const json = (await res.json().catch(() => undefined)) as Record<string, unknown> | undefined;
  if (res.ok) return { ok: true, body: json as T };
  const detail = typeof json?.message === 'string' ? json.message : undefined;
  const field = typeof json?.field === 'string' ? json.field : undefined;
  const message =
    SAID[res.status] ??
    (detail
      ? `The relay refused ${field ?? 'it'}: ${detail}.`
      : `The relay answered ${res.status}.`);
  return { ok: false, status: res.status, message, ...(field && { field }) };
}

/** `POST /clinics`: open the clinic with the relay's set-up code. */
export function registerClinic(
  setupCode: string,
  body: { name: string; publicKey: string; deviceLabel?: string },
) {
  return relayCall<ClinicCredentials>('POST', '/clinics', setupCode.trim(), body);
}

const clinicPath = (c: ClinicCredentials, rest: string) =>
  `/clinics/${encodeURIComponent(c.clinicId)}${rest}`;

/** `GET …/sessions`: the clinic's live sessions (and those ended in the last day). */
export const fetchSessions = (c: ClinicCredentials) =>
  relayCall('GET', clinicPath(c, '/sessions'), c.deviceToken);

/** `GET …/alerts`: the audit list, newest first. */
export const fetchAlerts = (c: ClinicCredentials) =>
  relayCall('GET', clinicPath(c, '/alerts'), c.deviceToken);

/** `GET /sessions/:id/events?after=`: one session's sealed events in seq order (500 at most). */
export const fetchEvents = (c: ClinicCredentials, sessionId: string, after: number) =>
  relayCall<{ events?: unknown }>(
    'GET',
    `/sessions/${encodeURIComponent(sessionId)}/events?after=${after}`,
    c.deviceToken,
  );

/** `POST /sessions/:id/ack`: "I'm calling", for every open alert of the session. */
export const acknowledge = (c: ClinicCredentials, sessionId: string) =>
  relayCall<{ first?: boolean; by?: string; at?: number }>(
    'POST',
    `/sessions/${encodeURIComponent(sessionId)}/ack`,
    c.deviceToken,
    {},
  );

/** `PUT /devices/me/push`: where this device's alerts go (null: nowhere). */
export const putDevicePush = (c: ClinicCredentials, subscription: PushSubscriptionJSON | null) =>
  relayCall('PUT', '/devices/me/push', c.deviceToken, { subscription });
