import { describe, expect, it } from 'vitest';
import { sseReader } from '../../../src/domain/relay/sse';
import { readFeedEvent, readSessionList } from '../../../src/domain/relay/clinic-feed';

describe('sseReader', () => {
  it('frames events split anywhere across chunks, with ids and several data lines', () => {
    const read = sseReader();
    const text = 'event: alert\ndata: {"a":1}\nid: 7\n\n: keep-alive\n\ndata: x\ndata: y\n\n';
    const frames = [...text].flatMap((ch) => read(ch));
    expect(frames).toEqual([
      { event: 'alert', data: '{"a":1}', id: '7' },
      { event: 'message', data: 'x\ny' },
    ]);
  });

  it('reads CRLF line ends, even when a CR and its LF arrive in different chunks', () => {
    const read = sseReader();
    expect(read('event: ready\r\ndata: {}\r')).toEqual([]);
    expect(read('\n\r\n')).toEqual([{ event: 'ready', data: '{}' }]);
  });

  it('keeps an unfinished event until its blank line comes', () => {
    const read = sseReader();
    expect(read('event: session\ndata: {"x":1}\n')).toEqual([]);
    expect(read('\n')).toEqual([{ event: 'session', data: '{"x":1}' }]);
  });
});

describe('the clinic feed, read defensively', () => {
  const sid = '7b0c7a52-3b8e-4d59-9a43-0f7f1d3c2a10';
  it('reads a well-formed event and refuses a malformed or unknown one', () => {
    const ok = JSON.stringify({
      sessionId: sid,
      at: 1,
      seq: 0,
      class: 'started',
      nextDueAt: 900,
      deadlineAt: 1200,
      enc: 'e',
      ciphertext: 'c',
    });
    expect(readFeedEvent('event', ok)).toMatchObject({ type: 'event', data: { seq: 0 } });
    expect(readFeedEvent('event', ok.replace('"started"', '"shouting"'))).toBeUndefined();
    expect(readFeedEvent('event', '{not json')).toBeUndefined();
    expect(readFeedEvent('toString', '{}')).toBeUndefined();
    expect(readFeedEvent('ready', '{"after":"3"}')).toBeUndefined();
  });

  it('leaves out rows of the session list that do not match, keeping the rest', () => {
    const good = { id: sid, state: 'live', lastSeq: 2, nextDueAt: 5, deadlineAt: 6 };
    const rows = readSessionList({
      sessions: [
        { ...good, updatedAt: 1, openAlerts: 0 },
        { ...good, updatedAt: 'x' },
      ],
    });
    expect(rows.map((r) => r.id)).toEqual([sid]);
    expect(readSessionList(null)).toEqual([]);
  });
});
