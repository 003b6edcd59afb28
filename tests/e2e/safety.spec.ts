import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, expectTimer, openStartForm, realSlackSince } from './helpers';
import { resolveEmergency } from './helpers-resolve';

// Region US: the emergency number defaults to 911.
test.use({ locale: 'en-US' });

const START = new Date('2026-11-21T14:00:00');
const H1 = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name });

test.beforeEach(async ({ page }) => {
  await page.clock.install({ time: START });
  await page.goto('/');
});

/** From home: start a session, optionally with the patient's name; leaves the page on the timer. */
async function start(page: Page, patient?: string): Promise<void> {
  await openStartForm(page);
  await page.getByLabel('Your name (the sitter)').fill('Alex');
  if (patient) await page.getByLabel(/Patient.s name/).fill(patient);
  await page.getByRole('button', { name: 'Start session' }).click();
  await expect(page.getByRole('timer', { name: 'Next check-in' })).toBeVisible();
}

/** A check-in with a blood-pressure reading only. */
async function checkInBp(page: Page, systolic: string, diastolic: string): Promise<void> {
  await page.getByRole('button', { name: 'Check in now' }).click();
  await page.getByLabel(/top number/).fill(systolic);
  await page.getByLabel(/bottom number/).fill(diastolic);
  await page.getByRole('button', { name: 'Save check-in' }).click();
}

async function fillContacts(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByRole('button', { name: 'Contacts and emergency number' }).click();
  await expect(page.getByRole('textbox', { name: 'Emergency number' })).toHaveValue('911');
  await expectNoAxeViolations(page, 'contacts screen');
  await page.getByLabel(/Provider.s phone/).fill('call me');
  await page.getByRole('button', { name: 'Save contacts' }).click();
  await expect(page.getByText(/This number can.t be dialled/)).toBeVisible();
  await expect(page.getByLabel(/Provider.s phone/)).toBeFocused();
  await expectNoAxeViolations(page, 'contacts screen with an error');
  await page.getByLabel(/Provider.s name/).fill('Dr Rivera, Calm Clinic');
  await page.getByLabel(/Provider.s phone/).fill('(555) 010-2030');
  await page.getByLabel(/Address where the session/).fill('12 Elm Street, Apt 3, Springfield');
  await page.getByLabel(/other medications/).fill('Sertraline 50 mg');
  await page.getByLabel(/allergies/).fill('Penicillin');
  await page.getByRole('button', { name: 'Save contacts' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved at 2:00 PM' })).toBeVisible();
  await page.getByRole('button', { name: 'Back' }).click();
  await expect(H1(page, 'Settings')).toBeVisible();
  await page.getByRole('button', { name: 'Back' }).click();
  await expect(H1(page, 'Sitwell')).toBeVisible();
}

test('no response to shaking: emergency screen with tel:911 and the card, the call logged, the countdown still running', async ({
  page,
}) => {
  await fillContacts(page);
  await start(page, 'Jordan');
  await page.getByRole('button', { name: 'Check in now' }).click();
  // A life-threatening answer is saved and escalated the moment it is tapped.
  await page.getByRole('radio', { name: /No response to shaking/ }).click();
  // The countdown is allowed the real time that passes after this check-in (see realSlackSince).
  const checkedInAt = Date.now();

  await expect(H1(page, 'Call emergency services now')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Call 911' })).toHaveAttribute('href', 'tel:911');
  await expect(page.getByText('No response, even to shaking.')).toBeVisible();
  await expectNoAxeViolations(page, 'emergency screen asking about breathing');
  await page.getByRole('button', { name: 'Yes, breathing normally' }).click();
  await expect(page.getByRole('img', { name: /recovery position/ })).toBeVisible();
  const card = page.getByRole('region', { name: /Emergency card/ });
  for (const text of [
    'Jordan',
    '12 Elm Street, Apt 3, Springfield',
    'Ketamine, as prescribed, at 2:00 PM',
    'Sertraline 50 mg',
    'Penicillin',
    'Dr Rivera, Calm Clinic, (555) 010-2030',
  ]) {
    await expect(card).toContainText(text);
  }
  await expectNoAxeViolations(page, 'emergency screen');

  await page.getByRole('button', { name: 'I’ve called emergency services' }).click();
  const done = page.getByRole('status').filter({ hasText: 'You called emergency services' });
  await expect(done).toContainText(/recorded at 2:0\d PM/);
  const calledAt = /recorded at (\d{1,2}:\d\d) [AP]M/.exec((await done.textContent()) ?? '')![1]!;

  // Monitoring never stops: the countdown keeps running behind the emergency screen.
  await page.clock.runFor('03:00');
  await page.getByRole('button', { name: /Back to the timer/ }).click();
  const timer = page.getByRole('timer', { name: 'Next check-in' });
  await expectTimer(timer, '12:00', realSlackSince(checkedInAt));
  await page.clock.runFor('02:00');
  await expectTimer(timer, '10:00', realSlackSince(checkedInAt));
  await expect(page.getByRole('heading', { name: 'Emergency not marked resolved' })).toBeVisible();
  await expectNoAxeViolations(page, 'active screen with an open emergency');

  await page.getByRole('button', { name: 'Session log' }).click();
  const log = page.getByRole('list', { name: 'Log entries' });
  await expect(
    log.getByRole('listitem').filter({ hasText: 'Called emergency services' }),
  ).toContainText(calledAt);
  await expect(
    log.getByText(/Warning shown: call emergency services \(No response, even to shaking\)/),
  ).toBeVisible();

  // Resolving clears the banner.
  await page.getByRole('button', { name: 'Back to the timer' }).click();
  await page.getByRole('button', { name: 'Back to the emergency screen' }).click();
  await resolveEmergency(page, 'The ambulance came');
  await expect(page.getByRole('heading', { name: 'Emergency not marked resolved' })).toHaveCount(0);
});

test('a check-in falling due over the emergency screen is a strip: the call link stays visible and tappable', async ({
  page,
}) => {
  await start(page);
  await page.getByRole('button', { name: 'Something’s wrong' }).click();
  await page.getByRole('button', { name: /Seizure/ }).click();
  await expect(H1(page, 'Call emergency services now')).toBeVisible();
  await page.clock.runFor('15:00');
  const strip = page.getByRole('region', { name: 'Check-in due' });
  await expect(strip).toBeVisible();
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
  const call = page.getByRole('link', { name: 'Call 911' });
  await expect(call).toBeInViewport();
  // A trial click runs every actionability check (visible, stable, not covered) without dialling.
  await call.click({ trial: true });
  await expect(page.getByRole('region', { name: /Emergency card/ })).toBeVisible();
  await expectNoAxeViolations(page, 'emergency screen with the check-in strip');
  await strip.getByRole('button', { name: 'Check in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Check-in' })).toBeVisible();
});

test('very distressed → grounding; still distressed 15 minutes later → call the provider', async ({
  page,
}) => {
  await start(page);
  await page.getByRole('button', { name: 'Something’s wrong' }).click();
  await expectNoAxeViolations(page, "something's wrong");
  await page.getByRole('button', { name: 'Very distressed or panicking' }).click();

  await expect(H1(page, 'Help them feel safe')).toBeVisible();
  await expect(page.getByText("You're safe. I'm right here with you.")).toBeVisible();
  // Nothing about touch was agreed, so touch is not suggested.
  await expect(page.getByText(/Don't touch them: touch wasn't agreed/)).toBeVisible();
  await expect(
    page.getByRole('heading', { name: 'Peer support line (not medical help)' }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Start breathing guide' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Breathe in' })).toBeVisible();
  await expectNoAxeViolations(page, 'grounding screen');
  await page.getByRole('button', { name: 'Stop breathing guide' }).click();

  await page.clock.runFor('15:00');
  const alarm = page.getByRole('alertdialog', { name: 'Check-in due' });
  await alarm.getByRole('button', { name: 'Check in' }).click();
  await page.getByRole('radio', { name: 'Distressed', exact: true }).check();
  await page.getByRole('button', { name: 'Save check-in' }).click();

  await expect(H1(page, 'Call the provider')).toBeVisible();
  await expect(
    page.getByText('Still very upset 15 minutes after you began grounding.'),
  ).toBeVisible();
  await expect(page.getByText('No phone number for the provider is set')).toBeVisible();
  await expectNoAxeViolations(page, 'provider screen');
  await expect(page.getByRole('timer', { name: 'Time left to reach the provider' })).toBeVisible();
  await page.getByRole('button', { name: 'I reached the provider' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'You called the provider' }),
  ).toContainText(/recorded at 2:1\d PM/);

  // Adding the missing number right here makes the call link appear.
  await page.getByLabel(/Provider.s phone/).fill('555 010 2030');
  await page.getByRole('button', { name: 'Save the provider’s number' }).click();
  await expect(
    page.getByRole('link', { name: /Call the provider \(555 010 2030\)/ }),
  ).toHaveAttribute('href', 'tel:5550102030');
});

test('the grounding screen offers the provider once 15 minutes have passed', async ({ page }) => {
  await start(page);
  await page.getByRole('button', { name: 'Help them feel safe' }).click();
  await expect(
    page.getByRole('button', { name: 'Still distressed after 15 minutes? Call the provider' }),
  ).toBeVisible();
  await page.clock.runFor('14:00');
  await page
    .getByRole('button', { name: 'Still distressed after 15 minutes? Call the provider' })
    .waitFor();
  await page.clock.runFor('01:30');
  // The check-in alarm now covers the screen; check in calmly-but-restless, then go back.
  await page
    .getByRole('alertdialog', { name: 'Check-in due' })
    .getByRole('button', { name: 'Check in' })
    .click();
  await page.getByRole('radio', { name: 'Restless', exact: true }).check();
  await page.getByRole('button', { name: 'Save check-in' }).click();
  await page.getByRole('button', { name: 'Help them feel safe' }).click();
  await page.getByRole('button', { name: 'Still distressed: call the provider' }).click();
  await expect(H1(page, 'Call the provider')).toBeVisible();
  await expect(
    page.getByText('Still very upset 15 minutes after you began grounding.'),
  ).toBeVisible();
});

test('two readings of 185/125 five minutes apart → the provider, and 911 if not reached in 10 minutes [AHA-HTN]', async ({
  page,
}) => {
  await start(page);
  await checkInBp(page, '185', '125');
  // One very high reading: the warning-sign questions first.
  await expect(H1(page, /check for warning signs/)).toBeVisible();
  await page.getByRole('button', { name: 'None of these' }).click();
  await expect(H1(page, 'Call the provider')).toBeVisible();
  await expect(page.getByText('Blood pressure 180/120 or higher.', { exact: true })).toBeVisible();
  await expect(page.getByText(/Blood pressure 185\/125 at 2:00 PM/)).toBeVisible();
  await page.getByRole('button', { name: 'Back to the timer' }).click();

  await page.clock.runFor('05:00');
  // The re-measure alarm: the countdown was brought forward to 5 minutes.
  await page
    .getByRole('alertdialog', { name: 'Check-in due' })
    .getByRole('button', { name: 'Check in' })
    .click();
  await page.getByLabel(/top number/).fill('185');
  await page.getByLabel(/bottom number/).fill('125');
  await page.getByRole('radio', { name: 'Responds normally' }).check();
  await page.getByRole('button', { name: 'Save check-in' }).click();
  // A repeat is asked about again: there is no way round the questions [AHA-HTN].
  await expect(H1(page, /check for warning signs/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Skip to calling the provider' })).toHaveCount(0);
  await page.getByRole('button', { name: 'None of these' }).click();
  await expect(H1(page, 'Call the provider')).toBeVisible();
  await expect(
    page.getByText('Blood pressure still 180/120 or higher, 5 minutes later.'),
  ).toBeVisible();
  await expect(page.getByText(/None of the warning signs \(asked at 2:05 PM\)/)).toBeVisible();
  // The 10 minutes count from the first prompt, at 2:00 PM: 5 minutes are left, not 10.
  await expectTimer(page.getByRole('timer', { name: 'Time left to reach the provider' }), '5:00');
  await page.getByRole('button', { name: 'I can’t reach them' }).click();
  await expect(page.getByText(/No answer yet\. Try again, or leave a message/)).toBeVisible();
  await expect(H1(page, 'Call the provider')).toBeVisible();
  await page.clock.runFor('05:00');
  await expect(H1(page, 'Call emergency services now')).toBeVisible();
  await expect(
    page.getByText('The provider has not been reached within 10 minutes.'),
  ).toBeVisible();
  await expect(page.getByRole('link', { name: 'Call 911' })).toHaveAttribute('href', 'tel:911');
  await expectNoAxeViolations(page, 'emergency screen after the provider could not be reached');
});

test('a situation with details asks one more tap; "something else" takes words', async ({
  page,
}) => {
  await start(page);
  await page.getByRole('button', { name: 'Something’s wrong' }).click();
  await page.getByRole('button', { name: /^Vomiting/ }).click();
  await expect(page.getByRole('heading', { name: 'Vomiting: which is closest?' })).toBeFocused();
  await expectNoAxeViolations(page, "something's wrong, details");
  await page.getByRole('button', { name: /Awake and responding normally/ }).click();
  await expect(page.getByRole('heading', { name: 'Keep them comfortable' })).toBeVisible();

  await page.getByRole('button', { name: 'Something’s wrong' }).click();
  await page.getByRole('button', { name: 'Something else' }).click();
  await page.getByLabel(/What do you see/).fill('Rash on the arms');
  await page.getByRole('button', { name: 'Save and see what to do' }).click();
  await expect(H1(page, 'Call the provider')).toBeVisible();
  await page.getByRole('button', { name: 'Back to the timer' }).click();
  await page.getByRole('button', { name: 'Session log' }).click();
  await expect(page.getByText(/Something's wrong: Something else: Rash on the arms/)).toBeVisible();
});

test('"Vomited" needs the responsiveness answer before the check-in is saved', async ({ page }) => {
  await start(page);
  await page.getByRole('button', { name: 'Check in now' }).click();
  await page.getByRole('radio', { name: 'Vomited' }).check();
  await page.getByRole('button', { name: 'Save check-in' }).click();
  await expect(page.getByRole('alert')).toContainText(
    'also answer “Say their name. Do they respond?”',
  );
  await expect(page.getByRole('radio', { name: 'Responds normally' })).toBeFocused();
  await page.getByRole('radio', { name: 'Responds normally' }).check();
  await page.getByRole('button', { name: 'Save check-in' }).click();
  // Awake and vomiting once: advice stays on the timer screen.
  await expect(page.getByRole('heading', { name: 'Keep them comfortable' })).toBeVisible();
});

test('the sources page lists every rule by tier with its sources', async ({ page }) => {
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByRole('button', { name: 'Safety rules and their sources' }).click();
  await expect(H1(page, 'Safety rules and their sources')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Call emergency services' })).toBeVisible();
  await expect(page.getByText(/No response to shaking: call emergency services/)).toBeVisible();
  await expect(page.getByText(/\[MOAAS\] MOAA\/S sedation scale/).first()).toBeVisible();
  await expectNoAxeViolations(page, 'sources screen');
});

test('with reduced motion the breathing guide counts in text only, and the toggle brings the drawing back', async ({
  page,
}) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await start(page);
  await page.getByRole('button', { name: 'Help them feel safe' }).click();
  const textOnly = page.getByRole('checkbox', { name: 'Text only, no movement' });
  await expect(textOnly).toBeChecked();
  await page.getByRole('button', { name: 'Start breathing guide' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Breathe in' })).toBeVisible();
  await expect(page.locator('.pacer-svg')).toHaveCount(0);
  await page.clock.runFor(4_500);
  await expect(page.getByRole('status').filter({ hasText: 'Hold' })).toBeVisible();
  await textOnly.uncheck();
  await expect(page.locator('.pacer-svg')).toBeVisible();
});
