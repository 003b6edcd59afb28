// The sitter's app talking to the relay on its own origin (the only place it may send to). Every
// call answers: a status with its JSON, or status 0 when the relay could not be reached at all.
// No call throws, so the sender decides what each outcome means.

/** A relay reply: `status` 0 when the network failed (offline, the relay down). */
export interface RelayReply {
  status: number;
  body: Record<string, unknown>;
  /** Seconds to wait, from a 429's or 503's Retry-After. */
  retryAfterS?: number;
}

/** How the client reaches the network (window.fetch in the app; a test may give its own). */
export type Fetch = (url: string, init: RequestInit) => Promise<Response>;

/** A JSON client for the relay at `base` (the app's own origin). */
export function relayClient(base: string, fetchImpl: Fetch = (u, i) => fetch(u, i)) {
  const call = async (
    method: 'GET' | 'POST' | 'PUT',
    path: string,
    opts: { token?: string; body?: unknown } = {},
  ): Promise<RelayReply> => {
    const headers: Record<string, string> = {};
    if (opts.token) headers.authorization = `Bearer ${opts.token}`;
    if (opts.body !== undefined) headers['content-type'] = 'application/json';
    try {
      const res = await fetchImpl(`${base}/api/v1${path}`, {
        method,
        headers,
        cache: 'no-store',
        credentials: 'omit',
        ...(opts.body !== undefined && { body: JSON.stringify(opts.body) }),
      });
      const text = await res.text();
      let body: Record<string, unknown> = {};
      try {
        const parsed = JSON.parse(text) as unknown;
        if (parsed && typeof parsed === 'object') body = parsed as Record<string, unknown>;
      } catch {
        // Not JSON (a proxy's error page): the status says enough.
      }
      const after = Number(res.headers.get('retry-after'));
      return { status: res.status, body, ...(after > 0 && { retryAfterS: after }) };
    } catch {
      return { status: 0, body: {} };
    }
  };
  return { base, call };
}

/** The relay client's type. */
export type RelayClient = ReturnType<typeof relayClient>;
