// What `npm run torture` does in the app, by role and visible name like a sitter would: start a
// session, check in (quick answer or the form), add notes; and taps whose exact moment is known,
// so the browser can be killed a set number of milliseconds after one.
import { performance } from 'node:perf_hooks';

/** The app's countdown on the session screen (a CSS locator: an open alarm does not hide it). */
export const TIMER = '[role="timer"][aria-label="Next check-in"]';
const QUICK_ANSWER = 'Resting, breathing normally';

/** Starts a session from the start form with a check-in every `intervalMin` minutes. */
export async function startSession(page, baseUrl, intervalMin) {
  await page.goto(`${baseUrl}/start`);
  // A sitter who skipped preparation is first asked for the emergency essentials.
  const name = page.getByLabel('Your name (the sitter)');
  const skip = page.getByRole('button', { name: 'Skip for now' });
  await skip.or(name).first().waitFor();
  if (await skip.isVisible()) await skip.click();
  await name.fill('Alex');
  await page.getByLabel(/^Or minutes/).fill(String(intervalMin));
  await page.getByRole('button', { name: 'Start session', exact: true }).click();
  await page.locator(TIMER).waitFor();
}

/**
 * Presses and releases the mouse on `locator` and returns the moment (Node's performance clock)
 * the release was acknowledged: Chromium answers Input.dispatchMouseEvent once the page has
 * handled the event, so the app's click handler has run by then.
 */
export async function tap(page, locator) {
  await locator.waitFor();
  await locator.scrollIntoViewIfNeeded();
  const box = await locator.boundingBox();
  if (!box) throw new Error('the button has no box on screen');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.up();
  return performance.now();
}

/** Back to the session screen if a save moved the app elsewhere (an escalation, the log). */
async function toSessionScreen(page, baseUrl) {
  if (await page.locator(TIMER).isVisible()) return;
  await page.goto(`${baseUrl}/session`);
  await page.locator(TIMER).waitFor();
}

/** Short waits for steps the alarm can get in the way of, so a retry comes soon. */
const STEP = { timeout: 15_000 };

/**
 * Runs `steps` from the session screen; when they fail because the alarm came up meanwhile (time
 * runs on, and jumps across crashes), tries again with the alarm showing.
 */
async function aroundAlarm(page, baseUrl, steps) {
  for (let attempt = 1; ; attempt++) {
    await toSessionScreen(page, baseUrl);
    try {
      return await steps(page.getByRole('alertdialog', { name: 'Check-in due' }));
    } catch (err) {
      if (attempt >= 3 || !(await page.getByRole('alertdialog').isVisible())) throw err;
    }
  }
}

/**
 * Opens the check-in screen (from the alarm when one is showing) and readies the final tap: the
 * quick answer, or after a warning (when the quick answer is withheld) the form's Save button
 * with normal answers chosen. Returns what to tap and which kind of tap it is.
 */
export async function prepareCheckIn(page, baseUrl, { form }) {
  await aroundAlarm(page, baseUrl, async (alarm) => {
    if (await alarm.isVisible()) await alarm.getByRole('button', { name: 'Check in' }).click(STEP);
    else await page.getByRole('button', { name: 'Check in now' }).click(STEP);
    await page.getByRole('heading', { level: 1, name: 'Check-in' }).waitFor(STEP);
  });
  const quick = page.getByRole('button', { name: QUICK_ANSWER });
  if (!form && (await quick.isVisible())) return { target: quick, kind: 'check-in' };
  await page.getByRole('radio', { name: 'Responds normally' }).check();
  await page.getByRole('radio', { name: 'Normal', exact: true }).check();
  await page.getByRole('radio', { name: 'Calm', exact: true }).check();
  return { target: page.getByRole('button', { name: 'Save check-in' }), kind: 'form' };
}

/** Opens the note form with some text in it (checking in first if the alarm is up). */
export async function prepareNote(page, baseUrl, text) {
  await aroundAlarm(page, baseUrl, async (alarm) => {
    if (await alarm.isVisible()) {
      const step = await prepareCheckIn(page, baseUrl, { form: false });
      await tap(page, step.target);
      await step.target.waitFor({ state: 'hidden' });
      await page.locator(TIMER).waitFor();
    }
    await page.getByRole('button', { name: 'Add note' }).click(STEP);
    await page.getByLabel('Note', { exact: true }).fill(text, STEP);
  });
  return { target: page.getByRole('button', { name: 'Save note' }), kind: 'note' };
}

/** The screen's text, short, for failure messages. */
export async function screenText(page) {
  const text = await page
    .locator('body')
    .innerText({ timeout: 5000 })
    .catch(() => '(unreadable)');
  return text.replace(/\s+/g, ' ').slice(0, 400);
}

/**
 * Keeps the sitter busy until `stopped()` says so: check-ins of both kinds and notes, one after
 * another, each waiting for the app to return to the countdown. Errors after a kill are expected.
 */
export async function busySitter(page, baseUrl, rand, stopped) {
  let n = 0;
  while (!stopped()) {
    const roll = rand();
    const step =
      roll < 0.5
        ? await prepareCheckIn(page, baseUrl, { form: roll < 0.15 })
        : await prepareNote(page, baseUrl, `Busy note ${++n}`);
    await tap(page, step.target);
    // Saved: the check-in screen has gone back to the countdown, or the note form has closed.
    await step.target.waitFor({ state: 'hidden' });
  }
}
