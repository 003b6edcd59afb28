import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SseFrame } from '../../src/domain/relay/sse';
import { openClinicStream, SILENT_MS, type StreamState } from '../../src/platform/clinic-stream';

// The clinic's stream over fetch: the token in a header, each frame passed on, and after a drop
// a new connection that resumes after the last feed id seen, until closed.

const creds = { clinicId: 'c1', deviceId: 'd1', deviceToken: 'tok.secret' };

function body(chunks: string[], end: boolean) {
  return new ReadableStream<Uint8Array>({
    start(ctrl) {
      for (const c of chunks) ctrl.enqueue(new TextEncoder().encode(c));
      if (end) ctrl.close();
    },
  });
}

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('openClinicStream', () => {
  it('passes frames on, and after a drop resumes after the last id with the token', async () => {
    vi.useFakeTimers();
    const calls: Headers[] = [];
    const answers = [
      () => new Response(body(['event: session\ndata: {"a":1}\nid: 4\n\n', 'event: rea'], true)),
      () => new Response(body(['event: ready\ndata: {}\n\n'], false)),
    ];
    vi.stubGlobal('fetch', async (_url: string, init: RequestInit) => {
      calls.push(new Headers(init.headers));
      return answers[calls.length - 1]!();
    });
    const frames: SseFrame[] = [];
    const states: StreamState[] = [];
    const close = openClinicStream(creds, {
      onFrame: (f) => frames.push(f),
      onState: (s) => states.push(s),
    });
    await vi.advanceTimersByTimeAsync(0);
    expect(frames).toEqual([{ event: 'session', data: '{"a":1}', id: '4' }]);
    expect(states).toEqual(['connecting', 'down']);
    expect(calls[0]!.get('authorization')).toBe('Bearer tok.secret');
    expect(calls[0]!.has('last-event-id')).toBe(false);
    await vi.advanceTimersByTimeAsync(1000);
    expect(calls).toHaveLength(2);
    expect(calls[1]!.get('last-event-id')).toBe('4');
    expect(states.at(-1)).toBe('live');
    close();
  });

  it('waits longer after each failed try, and stops for good when the token is refused', async () => {
    vi.useFakeTimers();
    let n = 0;
    vi.stubGlobal('fetch', async () => {
      n++;
      if (n <= 2) throw new TypeError('offline');
      return new Response('{}', { status: 401 });
    });
    const states: StreamState[] = [];
    openClinicStream(creds, { onFrame: () => undefined, onState: (s) => states.push(s) });
    await vi.advanceTimersByTimeAsync(0);
    expect(n).toBe(1);
    await vi.advanceTimersByTimeAsync(1000);
    expect(n).toBe(2);
    await vi.advanceTimersByTimeAsync(1999);
    expect(n).toBe(2); // the second wait is 2 s
    await vi.advanceTimersByTimeAsync(1);
    expect(n).toBe(3);
    expect(states.at(-1)).toBe('refused');
    await vi.advanceTimersByTimeAsync(60_000);
    expect(n).toBe(3);
  });
});

describe('a stream that goes silent', () => {
  it('is taken as dropped after SILENT_MS and opened again', async () => {
    vi.useFakeTimers();
    let n = 0;
    vi.stubGlobal('fetch', async (_url: string, init: RequestInit) => {
      n++;
      // As fetch does: aborting errors the body being read.
      const stream = new ReadableStream<Uint8Array>({
        start(ctrl) {
          ctrl.enqueue(new TextEncoder().encode('event: ready\ndata: {}\nid: 9\n\n'));
          init.signal?.addEventListener('abort', () => ctrl.error(new Error('aborted')));
        },
      });
      return new Response(stream);
    });
    const states: StreamState[] = [];
    const close = openClinicStream(creds, {
      onFrame: () => undefined,
      onState: (s) => states.push(s),
    });
    await vi.advanceTimersByTimeAsync(0);
    expect(states.at(-1)).toBe('live');
    await vi.advanceTimersByTimeAsync(SILENT_MS + SILENT_MS / 5);
    expect(states).toContain('down');
    await vi.advanceTimersByTimeAsync(1000);
    expect(n).toBe(2);
    close();
  });
});
