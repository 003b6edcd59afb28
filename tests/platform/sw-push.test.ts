import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  onNotificationClick,
  onPush,
  OPEN_REPLY_MS,
  type NoticeLike,
  type WindowLike,
  type WorkerScope,
} from '../../src/sw/push';
import { listenForOpenRequests } from '../../src/platform/sw-open';

// The service worker's push and click handlers (src/sw/push.ts) with fake clients and a fake
// registration, and the page's side of "open this screen".

const ORIGIN = 'https://sitwell.example';
const SESSION = '2b7f3c1e-4d5a-4f6b-8c9d-0e1f2a3b4c5d';

class FakeNotice implements NoticeLike {
  closed = false;
  constructor(
    readonly title: string,
    readonly tag: string,
    readonly data: unknown,
    readonly options: Record<string, unknown> = {},
  ) {}
  close(): void {
    this.closed = true;
  }
}

type PageReply = 'answers' | 'silent';

class FakeWindow implements WindowLike {
  focusCalls = 0;
  navigated: string[] = [];
  messages: unknown[] = [];
  constructor(
    public url: string,
    readonly reply: PageReply,
    readonly focused = false,
    readonly visibilityState = 'hidden',
    readonly controlled = true,
  ) {}
  async focus() {
    this.focusCalls++;
    return this;
  }
  async navigate(url: string) {
    if (!this.controlled) throw new TypeError('not controlled');
    this.navigated.push(url);
    this.url = url;
    return this;
  }
  postMessage(message: unknown, transfer: Transferable[]) {
    this.messages.push(message);
    const port = transfer[0] as MessagePort;
    const m = message as { type: string; path: string };
    if (this.reply === 'answers') port.postMessage({ type: 'opened', path: m.path });
  }
}

function fakeScope(windows: FakeWindow[] = []) {
  const shown: FakeNotice[] = [];
  const opened: string[] = [];
  const scope: WorkerScope = {
    location: { origin: ORIGIN },
    registration: {
      async showNotification(title, options) {
        const o = options as { tag: string; data?: unknown };
        const i = shown.findIndex((n) => n.tag === o.tag && !n.closed);
        if (i >= 0) shown.splice(i, 1);
        shown.push(new FakeNotice(title, o.tag, o.data, o as Record<string, unknown>));
      },
      async getNotifications(filter) {
        return shown.filter((n) => !n.closed && (!filter?.tag || n.tag === filter.tag));
      },
    },
    clients: {
      async matchAll() {
        return windows;
      },
      async openWindow(url) {
        opened.push(url);
        return null;
      },
    },
  };
  return { scope, shown, opened, open: () => shown.filter((n) => !n.closed) };
}

const push = (kind: string, rung = 'sitter') =>
  JSON.stringify({ kind, sessionId: SESSION, alertId: 'a1', rung, round: 0 });

afterEach(() => vi.useRealTimers());

describe('onPush', () => {
  it('shows the overdue alarm, replaces it with the clinic’s word, and all clear closes it', async () => {
    const f = fakeScope([new FakeWindow(`${ORIGIN}/session`, 'answers', true, 'visible')]);
    await onPush(push('overdue'), f.scope);
    expect(f.open().map((n) => [n.title, n.tag])).toEqual([
      ['Check-in overdue: open Sitwell', `sitwell-session-${SESSION}`],
    ]);
    expect(f.open()[0]!.options).toMatchObject({ requireInteraction: true, renotify: true });
    await onPush(push('acknowledged'), f.scope);
    expect(f.open().map((n) => n.title)).toEqual(['The clinic knows: they’ll call you']);
    await onPush(push('all-clear'), f.scope);
    expect(f.open()).toEqual([]);
  });

  it('leaves a silent "All clear" when no Sitwell window is on screen', async () => {
    const f = fakeScope([new FakeWindow(`${ORIGIN}/session`, 'answers')]);
    await onPush(push('overdue'), f.scope);
    await onPush(push('all-clear'), f.scope);
    expect(f.open().map((n) => [n.title, n.options.silent, n.options.requireInteraction])).toEqual([
      ['All clear', true, false],
    ]);
  });

  it('shows "Open Sitwell" for a push it cannot read, and for one with no data', async () => {
    const f = fakeScope();
    await onPush('{"kind":"overdue"', f.scope);
    await onPush(null, f.scope);
    expect(f.open().map((n) => n.title)).toEqual(['Open Sitwell']);
  });
});

async function click(f: ReturnType<typeof fakeScope>, text: string, action = '') {
  await onPush(text, f.scope);
  const notice = f.open().at(-1)!;
  await onNotificationClick(notice, action, f.scope);
  expect(notice.closed).toBe(true);
}

describe('onNotificationClick', () => {
  it('asks the open page to show the check-in, and focuses it, without a reload', async () => {
    const page = new FakeWindow(`${ORIGIN}/session`, 'answers');
    const f = fakeScope([page]);
    await click(f, push('overdue'));
    expect(page.focusCalls).toBe(1);
    expect(page.messages).toEqual([{ type: 'open', path: '/session/check-in' }]);
    expect([page.navigated, f.opened]).toEqual([[], []]);
  });

  it('follows the button tapped: "Something’s wrong" opens that screen', async () => {
    const page = new FakeWindow(`${ORIGIN}/session`, 'answers');
    await click(fakeScope([page]), push('overdue'), 'wrong');
    expect(page.messages).toEqual([{ type: 'open', path: '/session/wrong' }]);
  });

  it('navigates a page that does not answer, after a second', async () => {
    vi.useFakeTimers();
    const page = new FakeWindow(`${ORIGIN}/`, 'silent');
    const f = fakeScope([page]);
    await onPush(push('emergency'), f.scope);
    const done = onNotificationClick(f.open()[0]!, '', f.scope);
    await vi.advanceTimersByTimeAsync(OPEN_REPLY_MS - 1);
    expect(page.navigated).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    await done;
    expect(page.navigated).toEqual([`${ORIGIN}/session/emergency`]);
    expect(f.opened).toEqual([]);
  });

  it('opens a new window when the silent page cannot be navigated, or there is none', async () => {
    vi.useFakeTimers();
    const stray = new FakeWindow(`${ORIGIN}/`, 'silent', false, 'hidden', false);
    const f = fakeScope([stray, new FakeWindow('https://other.example/', 'answers')]);
    await onPush(push('overdue'), f.scope);
    const done = onNotificationClick(f.open()[0]!, 'check-in', f.scope);
    await vi.advanceTimersByTimeAsync(OPEN_REPLY_MS);
    await done;
    expect(f.opened).toEqual([`${ORIGIN}/session/check-in`]);

    const none = fakeScope([new FakeWindow('https://other.example/', 'answers')]);
    await click(none, 'garbage');
    expect(none.opened).toEqual([`${ORIGIN}/session`]);
  });

  it('prefers the focused Sitwell window', async () => {
    const back = new FakeWindow(`${ORIGIN}/settings`, 'answers');
    const front = new FakeWindow(`${ORIGIN}/session`, 'answers', true, 'visible');
    await click(fakeScope([back, front]), push('overdue'));
    expect([back.messages.length, front.messages.length]).toEqual([0, 1]);
  });

  it('keeps the app’s own check-in notification as before: focus, no navigation', async () => {
    const page = new FakeWindow(`${ORIGIN}/session/log`, 'answers');
    const f = fakeScope([page]);
    const own = new FakeNotice('Check-in due', 'sitwell-check-in', null);
    await onNotificationClick(own, '', f.scope);
    expect([own.closed, page.focusCalls, page.messages, page.navigated]).toEqual([true, 1, [], []]);
    const empty = fakeScope();
    await onNotificationClick(
      new FakeNotice('Check-in due', 'sitwell-check-in', null),
      '',
      empty.scope,
    );
    expect(empty.opened).toEqual([`/`]);
  });
});

describe('listenForOpenRequests (the page)', () => {
  function fakeContainer() {
    const target = new EventTarget();
    const container = Object.assign(target, { startMessages: vi.fn() });
    vi.stubGlobal('navigator', { serviceWorker: container });
    return container;
  }
  afterEach(() => vi.unstubAllGlobals());

  it('goes to an in-app path and answers on the port; ignores anything else', async () => {
    const container = fakeContainer();
    const went: string[] = [];
    const stop = listenForOpenRequests((p) => went.push(p));
    expect(container.startMessages).toHaveBeenCalled();
    const channel = new MessageChannel();
    const answered = new Promise((r) => (channel.port1.onmessage = (e) => r(e.data)));
    const send = (data: unknown, ports: MessagePort[] = []) =>
      container.dispatchEvent(new MessageEvent('message', { data, ports }));
    send({ type: 'open', path: '/session/check-in' }, [channel.port2]);
    expect(await answered).toEqual({ type: 'opened', path: '/session/check-in' });
    send({ type: 'open', path: '//evil.example/' });
    send({ type: 'SKIP_WAITING' });
    send(null);
    stop();
    send({ type: 'open', path: '/session/wrong' });
    expect(went).toEqual(['/session/check-in']);
    channel.port1.close();
  });

  it('does nothing where there is no service worker', () => {
    vi.stubGlobal('navigator', {});
    expect(() => listenForOpenRequests(() => undefined)()).not.toThrow();
  });
});
