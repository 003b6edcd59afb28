// The steps of `npm run test:engines`, the same for every engine. Each step is one named check;
// a step that fails ends the engine's run, since every later step builds on the ones before.
// `d` is a driver (scripts/smoke-firefox.mjs, scripts/smoke-webkit.mjs): find, click, fill, run,
// goto, reload, advanceClock.

const TIMEOUT_MS = 15_000;

/** A RegExp in a form that crosses into the page (findByRole's `name`). */
const re = (regexp) => ({ re: regexp.source, flags: regexp.flags });

/** Polls `probe` until it returns something truthy; fails after the timeout with `what`. */
export async function until(probe, what, timeoutMs = TIMEOUT_MS) {
  const end = Date.now() + timeoutMs;
  let last;
  for (;;) {
    try {
      const value = await probe();
      if (value) return value;
    } catch (error) {
      last = error; // The page may be between documents: try again.
    }
    if (Date.now() > end)
      throw new Error(`timed out waiting for ${what}${last ? ` (${last.message})` : ''}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The element with this role and name (inside `root` if given), once it is on screen. */
function get(d, role, name, level, root) {
  const n = name instanceof RegExp ? re(name) : name;
  return until(() => d.find(role, n, level, root), `${role} "${name}"`);
}

/** Waits until no element with this role and name is shown. */
async function gone(d, role, name) {
  const n = name instanceof RegExp ? re(name) : name;
  await until(async () => !(await d.find(role, n)), `${role} "${name}" to go`);
}

const text = (d, el) => d.run((e) => e.textContent.replace(/\s+/g, ' ').trim(), el);

/** Seconds shown by the countdown (m:ss). */
/**
 * Clicks the button named `name`, finding it again if it is replaced before the click lands (the
 * session shell's buttons give way to the app's after a reload; either one does the same).
 */
async function press(d, name) {
  await until(async () => {
    await d.click(await get(d, 'button', name));
    return true;
  }, `a click on ${name}`);
}

async function countdown(d) {
  // Found and read again if it is replaced in between: after a reload the session shell's
  // countdown gives way to the app's, which a driver sees as a node that went away.
  let shown = '';
  const m = await until(async () => {
    shown = await text(d, await get(d, 'timer', 'Next check-in'));
    return /(\d+):(\d\d)/.exec(shown);
  }, 'a countdown');
  if (!m) throw new Error(`countdown shows "${shown}"`);
  return Number(m[1]) * 60 + Number(m[2]);
}

/** Fails unless `got` is within [low, high]. */
function expectBetween(got, low, high, what) {
  if (got < low || got > high) throw new Error(`${what}: ${got}, expected ${low}–${high}`);
}

async function expectLogLine(d, pattern) {
  await press(d, 'Session log');
  const log = await get(d, 'list', 'Log entries');
  await until(async () => pattern.test(await text(d, log)), `log line ${pattern}`);
  await press(d, 'Back to the timer');
}

async function checkInResting(d) {
  await press(d, 'Resting, breathing normally');
  await get(d, 'timer', 'Next check-in');
}

/** Whether Web Audio can run here at all: no audio output device leaves it suspended. */
const audioCanRun = (d) =>
  d.run(async () => {
    const probe = new AudioContext();
    const wait = new Promise((r) => setTimeout(r, 2000));
    await Promise.race([probe.resume(), wait]);
    const running = probe.state === 'running';
    await probe.close();
    return running;
  });

/**
 * The alarm says the tone is playing; after a reload the browser may keep it silent until a tap,
 * and the alarm then offers one. Where Web Audio cannot run (no audio output), the alarm must
 * keep saying the sound is off rather than claim it plays.
 */
async function expectAlarmSound(d, ctx, alarm) {
  const playing = async () => /Alarm sound playing/.test(await text(d, alarm));
  const off = await d.find('button', re(/^Sound is off/), undefined, alarm);
  if (off) {
    ctx.note('the alarm tone waited for a tap after the reload');
    await d.click(off);
  }
  if (await audioCanRun(d)) {
    await until(playing, 'the alarm sound to play');
    return;
  }
  ctx.note('no audio output here: the alarm showed "Sound is off" and kept its tap to try again');
  await get(d, 'button', /^Sound is off/, undefined, alarm);
  if (await playing()) throw new Error('the alarm says its sound plays, but Web Audio cannot run');
}

/**
 * Fails while any "not saved yet" banner is shown: in the smoke every write has room, so an entry
 * kept for Retry (or restored as unsaved after a reload) means the engine lost a write.
 */
export async function expectAllSaved(d) {
  const banner = await d.find('alert', re(/not saved yet/));
  if (banner) throw new Error(`the app shows "${await text(d, banner)}"`);
}

/**
 * The steps, in order: [name, fn(d, ctx)]; ctx.stopServer() stops the preview server and
 * ctx.note(text) reports what the engine lacks. No step
 * moves the test clock before a reload: in WebKit the clock is installed after each load, so
 * a reload would first show the app the real, earlier time (a clock set back).
 */
export const STEPS = [
  [
    'home opens and the service worker takes control',
    async (d, ctx) => {
      await d.goto(ctx.origin);
      await get(d, 'heading', 'Sitwell', 1);
      await until(
        () => d.run(() => navigator.serviceWorker.controller !== null),
        'the service worker to control the page',
        30_000,
      );
      // What the alarm and the session screen can use here; the README lists what each lacks.
      const lacks = await d.run(() =>
        Object.entries({
          vibration: 'vibrate' in navigator,
          'app badge': 'setAppBadge' in navigator,
          'screen wake lock': 'wakeLock' in navigator,
          notifications: 'Notification' in window,
          'Web Locks': 'locks' in navigator,
          'Web Audio': 'AudioContext' in window,
        })
          .filter(([, has]) => !has)
          .map(([name]) => name),
      );
      if (lacks.length) ctx.note(`no ${lacks.join(', no ')}`);
    },
  ],
  [
    'start a session',
    async (d) => {
      await press(d, 'Skip to start session');
      const skip = await until(
        async () =>
          (await d.find('button', 'Skip for now')) ??
          (await d.find('textbox', 'Your name (the sitter)')),
        'the essentials or the start form',
      );
      if ((await d.run((e) => e.tagName, skip)) === 'BUTTON') await d.click(skip);
      await d.fill(await get(d, 'textbox', 'Your name (the sitter)'), 'Alex');
      await press(d, 'Start session');
      await get(d, 'timer', 'Next check-in');
    },
  ],
  [
    'the countdown runs',
    async (d) => {
      const first = await countdown(d);
      // Loose bounds: on a busy machine seconds pass between the tap and the reading.
      expectBetween(first, 14 * 60, 15 * 60, 'countdown after the start');
      await until(async () => (await countdown(d)) < first, 'the countdown to move', 10_000);
    },
  ],
  [
    'a reload resumes the session with the true countdown',
    async (d) => {
      const before = await countdown(d);
      await d.reload();
      const after = await countdown(d);
      expectBetween(after, before - 60, before, 'countdown after the reload');
      await expectLogLine(d, /App back on screen/);
    },
  ],
  [
    'with the server stopped, a reload opens the session offline',
    async (d, ctx) => {
      await ctx.stopServer();
      await d.reload();
      await get(d, 'timer', 'Next check-in');
      // The steps after this one run offline too: their screens come from the precache.
    },
  ],
  [
    'a two-tap check-in resets the countdown and is logged',
    async (d) => {
      await d.advanceClock(5 * 60_000);
      await until(async () => (await countdown(d)) <= 10 * 60, 'the countdown to reach 10:00');
      await press(d, 'Check in now');
      await checkInResting(d);
      expectBetween(await countdown(d), 14 * 60, 15 * 60, 'countdown after the check-in');
      await expectLogLine(d, /Check-in: Resting, breathing normally/);
    },
  ],
  [
    'the alarm dialog falls due, says truly whether its tone plays, and a check-in clears it',
    async (d, ctx) => {
      await d.advanceClock((await countdown(d)) * 1000);
      const alarm = await get(d, 'alertdialog', 'Check-in due');
      await expectAlarmSound(d, ctx, alarm);
      await d.click(await get(d, 'button', 'Check in', undefined, alarm));
      await checkInResting(d);
      await gone(d, 'alertdialog', 'Check-in due');
      await expectLogLine(d, /Alarm: check-in due/);
    },
  ],
  [
    '"Something’s wrong" lists the situations and opens the emergency screen',
    async (d) => {
      await press(d, 'Something’s wrong');
      const list = await get(d, 'list', 'What is happening');
      // Each answer carries its tier in words after its label.
      await get(d, 'button', /^Very distressed or panicking ?Help them/, undefined, list);
      await d.click(await get(d, 'button', /^Seizure/, undefined, list));
      await get(d, 'heading', 'Call emergency services now', 1);
      const call = await get(d, 'link', /^Call \d+$/);
      const [name, href] = await d.run((e) => [e.textContent, e.getAttribute('href')], call);
      if (href !== `tel:${name.replace(/\D/g, '')}`) throw new Error(`"${name}" dials ${href}`);
      await get(d, 'region', /Emergency card/);
      await press(d, /Back to the timer/);
      await get(d, 'heading', 'Emergency not marked resolved');
    },
  ],
];
