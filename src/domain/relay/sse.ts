// A reader of server-sent events (the WHATWG event-stream format) fed in chunks as they arrive,
// so the clinic console can read its stream with `fetch` and keep the token in a header.

/** One event as the stream framed it. */
export interface SseFrame {
  /** The `event:` field, "message" when absent. */
  event: string;
  /** The `data:` lines joined with line breaks. */
  data: string;
  /** The `id:` field when the event set one. */
  id?: string;
}

/** Feed text chunks in order; each call returns the events completed by that chunk. */
export function sseReader(): (chunk: string) => SseFrame[] {
  let buffer = '';
  let held = '';
  return (chunk) => {
    // Events end at a blank line; CRLF and CR line ends are read as LF (a CR at the very end
    // waits for the next chunk, which may start with its LF).
    const text = held + chunk;
    held = text.endsWith('\r') ? '\r' : '';
    buffer += (held ? text.slice(0, -1) : text).replace(/\r\n?/g, '\n');
    const frames: SseFrame[] = [];
    let cut: number;
    while ((cut = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, cut);
      buffer = buffer.slice(cut + 2);
      const frame = frameOf(block);
      if (frame) frames.push(frame);
    }
    return frames;
  };
}

function frameOf(block: string): SseFrame | undefined {
  let event = 'message';
  let id: string | undefined;
  const data: string[] = [];
  for (const line of block.split('\n')) {
    if (line === '' || line.startsWith(':')) continue; // a comment (the keep-alive)
    const colon = line.indexOf(':');
    const field = colon < 0 ? line : line.slice(0, colon);
    let value = colon < 0 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'event') event = value;
    else if (field === 'data') data.push(value);
    else if (field === 'id' && !value.includes('\0')) id = value;
  }
  if (data.length === 0) return undefined; // no data: nothing is dispatched
  return { event, data: data.join('\n'), ...(id !== undefined && { id }) };
}
