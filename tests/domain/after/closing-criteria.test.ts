import { describe, expect, it } from 'vitest';
import { AFTERCARE } from '../../../src/domain/after/aftercare';
import {
  closingCriteria,
  minutesText,
  type ClosingAnswers,
  type ClosingCriterionId,
} from '../../../src/domain/after/closing-criteria';
import { DEFAULT_PROTOCOL, type Protocol } from '../../../src/domain/protocol/protocol';
import { ALERT, atMin, closingLog, type ClosingLog } from '../../fixtures/closing-log';

const READY: ClosingAnswers = { steady: true, nausea: false };

function run(
  log: ClosingLog,
  nowMin: number,
  answers: ClosingAnswers = READY,
  protocol: Protocol = DEFAULT_PROTOCOL,
) {
  return closingCriteria({ entries: log.entries, protocol, now: atMin(nowMin), answers });
}
function criterion(
  log: ClosingLog,
  nowMin: number,
  id: ClosingCriterionId,
  answers?: ClosingAnswers,
  protocol?: Protocol,
) {
  const found = run(log, nowMin, answers, protocol).criteria.find((c) => c.id === id);
  if (!found) throw new Error(`no criterion ${id}`);
  return found;
}
// Session from 0, dose taken at minute 2, all well at minute 120 with a good closing reading at 118.
const readyLog = () =>
  closingLog().started(0).dose(5, 2).checkIn(15).checkIn(120).bp(118, 130, 85, 'closing');

describe('closingCriteria', () => {
  it('lists every criterion in order and reports all met when they are', () => {
    const result = run(readyLog(), 125);
    expect(result.criteria.map((c) => [c.id, c.met])).toEqual([
      ['min-time', true],
      ['no-open-emergency', true],
      ['responsive', true],
      ['breathing', true],
      ['steady', true],
      ['no-nausea', true],
      ['closing-bp', true],
    ]);
    expect(result.allMet).toBe(true);
    expect(result.criteria[0]!.label).toBe('At least 2 h since the dose');
  });

  it('is not all met when any one criterion is unmet', () => {
    expect(run(readyLog(), 125, { steady: false, nausea: false }).allMet).toBe(false);
    expect(run(readyLog(), 121).allMet).toBe(false);
  });
});

describe('min-time [SPR-hcp]', () => {
  it('counts from the recorded dose time and says how long remains', () => {
    expect(criterion(readyLog(), 100, 'min-time')).toMatchObject({
      met: false,
      detail: '22 min to go (1 h 38 min since the dose).',
    });
    expect(criterion(readyLog(), 122, 'min-time')).toMatchObject({
      met: true,
      detail: '2 h since the dose.',
    });
  });

  it('is unmet one millisecond before the minimum', () => {
    const c = closingCriteria({
      entries: readyLog().entries,
      protocol: DEFAULT_PROTOCOL,
      now: atMin(122) - 1,
    });
    expect(c.criteria[0]).toMatchObject({
      met: false,
      detail: '1 min to go (1 h 59 min since the dose).',
    });
  });

  it('uses the provider’s minimum', () => {
    const protocol = { ...DEFAULT_PROTOCOL, minMonitoringMin: 180 };
    expect(criterion(readyLog(), 125, 'min-time', READY, protocol)).toMatchObject({
      met: false,
      label: 'At least 3 h since the dose',
      detail: '57 min to go (2 h 3 min since the dose).',
    });
  });

  it('falls back to the session start without a dose entry, and counts from the latest dose', () => {
    expect(criterion(closingLog().started(0), 119, 'min-time').met).toBe(false);
    expect(criterion(closingLog().started(0), 120, 'min-time').met).toBe(true);
    const twoDoses = readyLog().dose(60, 60);
    expect(criterion(twoDoses, 170, 'min-time').met).toBe(false);
    expect(criterion(twoDoses, 180, 'min-time').met).toBe(true);
  });

  it('is unmet while a session started without a dose has none recorded, and says so', () => {
    const held = closingLog().add(0, 'session-started', {
      sitterName: 'Sam',
      intervalMin: 15,
      preAlert: true,
      withoutDose: true,
    });
    expect(criterion(held, 200, 'min-time')).toMatchObject({
      met: false,
      detail: 'No dose has been given.',
    });
    // Recorded later: the minimum counts from the dose, not from the start.
    const dosed = held.dose(60);
    expect(criterion(dosed, 179, 'min-time').met).toBe(false);
    expect(criterion(dosed, 180, 'min-time').met).toBe(true);
  });

  it('is unmet with an empty log', () => {
    expect(criterion(closingLog(), 200, 'min-time')).toMatchObject({
      met: false,
      detail: 'No dose is recorded yet.',
    });
  });
});

describe('responsive [SPR-hcp, MOAAS]', () => {
  it('takes the latest check-in only', () => {
    const later = closingLog()
      .started(0)
      .checkIn(100, { responsiveness: 'drowsy' })
      .checkIn(120, ALERT);
    expect(criterion(later, 125, 'responsive')).toMatchObject({
      met: true,
      detail: 'Last check-in (5 min ago): Responds normally.',
    });
    const worse = closingLog()
      .started(0)
      .checkIn(100, ALERT)
      .checkIn(120, { responsiveness: 'drowsy' });
    expect(criterion(worse, 120, 'responsive')).toMatchObject({
      met: false,
      detail:
        'Last check-in (just now): Drowsy, responds to name. Wait until they respond normally.',
    });
  });

  it('needs an answer: a quick "resting" check-in or no check-in is not enough', () => {
    const quick = closingLog()
      .started(0)
      .checkIn(100, ALERT)
      .checkIn(120, { resting: true, breathing: 'normal' });
    expect(criterion(quick, 121, 'responsive')).toMatchObject({
      met: false,
      detail: 'The last check-in did not record how they respond: do a full check-in.',
    });
    expect(criterion(closingLog().started(0), 121, 'responsive').met).toBe(false);
  });
});

describe('after the clinical review', () => {
  it('is never all met while an emergency is open', () => {
    const log = readyLog().add(121, 'escalation-shown', {
      ruleIds: ['no-response'],
      tier: 'emergency',
    });
    expect(criterion(log, 125, 'no-open-emergency').met).toBe(false);
    expect(run(log, 125).allMet).toBe(false);
    const resolved = log.add(122, 'escalation-action', { action: 'resolved' });
    expect(criterion(resolved, 125, 'no-open-emergency').met).toBe(true);
  });

  it('needs the alert, breathing-normally check-in within the last 15 minutes, and offers one', () => {
    const c = criterion(readyLog(), 136, 'responsive');
    expect(c).toMatchObject({ met: false, needsCheckIn: true });
    expect(c.detail).toMatch(/16 min ago: do a full check-in now/);
    expect(criterion(readyLog(), 135, 'responsive').met).toBe(true);
  });

  it('needs breathing recorded as normal at the last check-in', () => {
    const shallow = closingLog()
      .started(0)
      .checkIn(120, { ...ALERT, breathing: 'slow-shallow' });
    expect(criterion(shallow, 125, 'breathing')).toMatchObject({
      met: false,
      detail: 'Last check-in: breathing slow or shallow.',
    });
    expect(criterion(readyLog(), 125, 'breathing').met).toBe(true);
  });
});

describe('steady [SPR-hcp]', () => {
  it.each([
    [true, true, 'They can stand and walk steadily with help.'],
    [false, false, 'Not steady on their feet yet.'],
    [undefined, false, 'Not answered yet: can they stand and walk steadily with help?'],
  ])('answer %s → met %s', (steady, met, detail) => {
    expect(criterion(readyLog(), 125, 'steady', { steady })).toMatchObject({ met, detail });
  });
});

describe('no-nausea [SPR-poster]', () => {
  it('is unmet when the last check-in recorded nausea or vomiting', () => {
    const log = closingLog()
      .started(0)
      .checkIn(120, { responsiveness: 'normal', nausea: 'vomited' });
    expect(criterion(log, 125, 'no-nausea')).toMatchObject({
      met: false,
      detail: 'Last check-in: Vomited. Wait until it has settled.',
    });
    const queasy = closingLog()
      .started(0)
      .checkIn(100, { nausea: 'none' })
      .checkIn(120, { nausea: 'nauseous' });
    expect(criterion(queasy, 125, 'no-nausea', { nausea: false })).toMatchObject({
      met: false,
      detail: 'Last check-in: Nauseous. Wait until it has settled.',
    });
  });

  // Until the clinical review this asserted that nausea could be assumed absent when not asked.
  it('must be answered now: a settled check-in alone is not enough', () => {
    const settled = closingLog()
      .started(0)
      .checkIn(90, { nausea: 'nauseous' })
      .checkIn(120, { nausea: 'none' });
    expect(criterion(settled, 125, 'no-nausea', {})).toMatchObject({
      met: false,
      detail: 'Not answered yet: do they feel sick now?',
    });
    expect(criterion(settled, 125, 'no-nausea', { nausea: false })).toMatchObject({
      met: true,
      detail: 'No nausea now.',
    });
    const unasked = closingLog().started(0).checkIn(120, { responsiveness: 'normal' });
    expect(criterion(unasked, 125, 'no-nausea', { nausea: false })).toMatchObject({
      met: true,
      detail: 'No nausea now.',
    });
  });

  it('is unmet when they feel sick now, whatever the check-in said', () => {
    expect(criterion(readyLog(), 125, 'no-nausea', { nausea: true })).toMatchObject({
      met: false,
      detail: 'They feel sick now.',
    });
  });
});

describe('closing-bp [SPR-hcp, FDA-REMS]', () => {
  const base = () => closingLog().started(0).dose(2).checkIn(120);

  it('needs a reading in the last 30 minutes', () => {
    expect(criterion(base(), 125, 'closing-bp')).toMatchObject({
      met: false,
      detail: 'No reading in the last 30 min: take one before ending.',
    });
    expect(criterion(base().bp(94, 120, 80), 125, 'closing-bp').met).toBe(false);
    expect(criterion(base().bp(95, 120, 80), 125, 'closing-bp')).toMatchObject({
      met: true,
      detail: '120/80 (30 min ago), within the limit of 140/90 and not rising.',
    });
  });

  it('is judged against the pre-dose limit, either number, not the in-session one', () => {
    expect(criterion(base().bp(120, 141, 80), 125, 'closing-bp')).toMatchObject({
      met: false,
      detail: '141/80 (5 min ago) is above the limit of 140/90: call the provider before ending.',
    });
    expect(criterion(base().bp(120, 130, 91), 125, 'closing-bp').met).toBe(false);
    expect(criterion(base().bp(120, 140, 90), 125, 'closing-bp').met).toBe(true);
  });

  it('is unmet while the blood pressure is rising, even within the limit', () => {
    expect(criterion(base().bp(100, 120, 80).bp(120, 130, 80), 125, 'closing-bp')).toMatchObject({
      met: false,
      detail: '130/80 (5 min ago) is rising (from 120/80): rest 15 minutes and measure again.',
    });
    expect(criterion(base().bp(100, 120, 80).bp(120, 129, 84), 125, 'closing-bp').met).toBe(true);
  });

  it('judges the latest reading, including readings taken with a check-in', () => {
    expect(criterion(base().bp(110, 170, 90).bp(120, 140, 90), 125, 'closing-bp').met).toBe(true);
    expect(
      criterion(
        base().bp(110, 140, 90).checkIn(120, ALERT, { systolic: 175, diastolic: 90 }),
        125,
        'closing-bp',
      ).met,
    ).toBe(false);
    expect(
      criterion(base().checkIn(121, ALERT, { systolic: 130, diastolic: 80 }), 125, 'closing-bp')
        .met,
    ).toBe(true);
  });

  it('ignores a reading without both numbers', () => {
    const log = base().add(120, 'vitals', { vitals: { systolic: 130, heartRate: 70 } });
    expect(criterion(log, 125, 'closing-bp').met).toBe(false);
  });

  it('uses the provider’s limit, and is left out when no closing reading is planned', () => {
    const strict = { ...DEFAULT_PROTOCOL, closingBp: { systolic: 130, diastolic: 85 } };
    expect(criterion(base().bp(120, 135, 80), 125, 'closing-bp', READY, strict)).toMatchObject({
      met: false,
      detail: '135/80 (5 min ago) is above the limit of 130/85: call the provider before ending.',
    });
    const none = run(closingLog().started(0).dose(2).checkIn(122), 125, READY, {
      ...DEFAULT_PROTOCOL,
      bpBeforeEnd: false,
    });
    expect(none.criteria.map((c) => c.id)).not.toContain('closing-bp');
    expect(none.allMet).toBe(true);
  });
});

describe('minutesText', () => {
  it.each([
    [0, '0 min'],
    [45, '45 min'],
    [60, '1 h'],
    [125, '2 h 5 min'],
  ])('%i → %s', (min, text) => expect(minutesText(min)).toBe(text));
});

describe('aftercare content', () => {
  it('covers driving, rest, who to call and staying reachable, with sources on clinical points', () => {
    expect(AFTERCARE.map((a) => a.id)).toEqual([
      'no-driving',
      'no-alcohol',
      'rest',
      'call-provider',
      'call-emergency',
      'suicidal-thoughts',
      'stay-reachable',
    ]);
    expect(AFTERCARE.find((a) => a.id === 'suicidal-thoughts')?.text).toMatch(/988/);
    const driving = AFTERCARE[0]!;
    expect(driving.text).toMatch(/until tomorrow/);
    expect(driving.text).toMatch(/restful sleep/);
    expect(driving.sources).toEqual(['SPR-hcp', 'ZenPsych']);
    expect(AFTERCARE.find((a) => a.id === 'call-emergency')?.list?.length).toBeGreaterThanOrEqual(
      5,
    );
  });
});
