import { describe, expect, it } from 'vitest';
import { DEFAULT_PROTOCOL, type Protocol } from '../../../src/domain/protocol/protocol';
import {
  PROTOCOL_FIELD_LABEL,
  serializeProtocolFile,
  validateProtocolText,
  validateProtocolValue,
} from '../../../src/domain/protocol/validation';
import { file, onlyProblem, problemsOf } from '../../fixtures/protocol-file';

const check = (protocol: Record<string, unknown>) => validateProtocolValue(file(protocol));

// [field, protocol built from one value, problem path, label in the message, lowest, highest, range words]
type Bound = [
  string,
  (x: number) => Record<string, unknown>,
  string,
  string,
  number,
  number,
  string,
];
const BOUNDS: Bound[] = [
  [
    'intervalMin',
    (x) => ({ intervalMin: x }),
    'protocol.intervalMin',
    'Check-in interval',
    5,
    15,
    'a whole number of minutes from 5 to 15',
  ],
  [
    'minMonitoringMin',
    (x) => ({ minMonitoringMin: x }),
    'protocol.minMonitoringMin',
    'Minimum monitoring time',
    120,
    480,
    'a whole number of minutes from 120 to 480',
  ],
  [
    'preDoseBp.systolic',
    (x) => ({ preDoseBp: { systolic: x, diastolic: 60 } }),
    'protocol.preDoseBp.systolic',
    'Blood-pressure limit before dosing, top number (systolic)',
    90,
    200,
    'a whole number from 90 to 200 mmHg',
  ],
  [
    'preDoseBp.diastolic',
    (x) => ({ preDoseBp: { systolic: 200, diastolic: x } }),
    'protocol.preDoseBp.diastolic',
    'Blood-pressure limit before dosing, bottom number (diastolic)',
    50,
    130,
    'a whole number from 50 to 130 mmHg',
  ],
  [
    'sessionBp.systolic',
    (x) => ({ sessionBp: { systolic: x, diastolic: 60 } }),
    'protocol.sessionBp.systolic',
    'Blood-pressure limit during the session, top number (systolic)',
    90,
    200,
    'a whole number from 90 to 200 mmHg',
  ],
  [
    'sessionBp.diastolic',
    (x) => ({ sessionBp: { systolic: 200, diastolic: x } }),
    'protocol.sessionBp.diastolic',
    'Blood-pressure limit during the session, bottom number (diastolic)',
    50,
    130,
    'a whole number from 50 to 130 mmHg',
  ],
  [
    'heartRate.min',
    (x) => ({ heartRate: { min: x, max: 200 } }),
    'protocol.heartRate.min',
    'Heart-rate range, lowest',
    30,
    100,
    'a whole number from 30 to 100 beats per minute',
  ],
  [
    'heartRate.max',
    (x) => ({ heartRate: { min: 30, max: x } }),
    'protocol.heartRate.max',
    'Heart-rate range, highest',
    80,
    200,
    'a whole number from 80 to 200 beats per minute',
  ],
  [
    'spo2Min',
    (x) => ({ spo2Min: x }),
    'protocol.spo2Min',
    'Lowest oxygen saturation',
    80,
    98,
    'a whole number from 80 to 98 percent',
  ],
  [
    'bpRecheckMin item',
    (x) => ({ bpRecheckMin: [x] }),
    'protocol.bpRecheckMin[0]',
    'Blood-pressure re-checks, item 1',
    5,
    480,
    'a whole number of minutes from 5 to 480',
  ],
];

// The side of a range that is a clinical limit has its own reason (tested under 'clinical limits').
const CLINICAL_SIDE: Record<string, 'lo' | 'hi'> = { intervalMin: 'hi', minMonitoringMin: 'lo' };

describe('numeric bounds', () => {
  it.each(BOUNDS)('%s accepts its lowest and highest values', (_f, build, _p, _l, lo, hi) => {
    for (const x of [lo, hi]) {
      const result = check(build(x));
      expect(result).toEqual({ ok: true, values: build(x) });
    }
  });

  it.each(BOUNDS)(
    '%s refuses values just outside, naming field, value and range',
    (field, build, path, label, lo, hi, range) => {
      const outside = { lo: lo - 1, hi: hi + 1 };
      const sides = (['lo', 'hi'] as const).filter((side) => CLINICAL_SIDE[field] !== side);
      for (const x of sides.map((side) => outside[side])) {
        expect(onlyProblem(check(build(x)))).toEqual({
          path,
          message: `${label}: got ${x}, must be ${range}.`,
        });
      }
    },
  );

  it.each(BOUNDS)('%s refuses fractions and text', (_f, build, path, label, lo, _h, range) => {
    expect(onlyProblem(check(build(lo + 0.5)))).toEqual({
      path,
      message: `${label}: got ${lo + 0.5}, must be ${range}.`,
    });
    const asText = JSON.parse(JSON.stringify(build(lo)).replace(String(lo), `"${lo}"`)) as Record<
      string,
      unknown
    >;
    expect(onlyProblem(check(asText)).message).toBe(`${label}: got "${lo}", must be ${range}.`);
  });

  it('words the interval problem exactly as the issue asks', () => {
    expect(onlyProblem(check({ intervalMin: 20 })).message).toBe(
      'Check-in interval: 20 minutes is longer than the 15 minutes programs require ' +
        '[seed interview, MB-help]; choose 15 or less.',
    );
  });
});

describe('clinical limits', () => {
  it('refuses a check-in interval longer than 15 minutes, with the reason and its basis', () => {
    expect(check({ intervalMin: 15 }).ok).toBe(true);
    for (const x of [16, 30, 45, 100_000]) {
      expect(onlyProblem(check({ intervalMin: x }))).toEqual({
        path: 'protocol.intervalMin',
        message:
          `Check-in interval: ${x} minutes is longer than the 15 minutes programs require ` +
          '[seed interview, MB-help]; choose 15 or less.',
      });
    }
  });

  it('refuses a minimum monitoring time under 2 hours, with the reason and its basis', () => {
    expect(check({ minMonitoringMin: 120 }).ok).toBe(true);
    for (const [x, words] of [
      [119, '119 minutes'],
      [90, '90 minutes'],
      [1, '1 minute'],
      [0, '0 minutes'],
      [-30, '-30 minutes'],
    ] as const) {
      expect(onlyProblem(check({ minMonitoringMin: x }))).toEqual({
        path: 'protocol.minMonitoringMin',
        message:
          `Minimum monitoring time: ${words} is shorter than the 2 hours (120 minutes) ` +
          'Spravato monitoring requires [SPR-hcp, FDA-REMS]; choose 120 or more.',
      });
    }
  });

  it('names both limits at once, and applies nothing', () => {
    const result = check({ intervalMin: 20, minMonitoringMin: 60, spo2Min: 92 });
    expect(result.ok).toBe(false);
    expect(problemsOf(result).map((p) => p.path)).toEqual([
      'protocol.intervalMin',
      'protocol.minMonitoringMin',
    ]);
    expect(result).not.toHaveProperty('values');
  });

  it('keeps the general message for the typo side of each range', () => {
    expect(onlyProblem(check({ intervalMin: 4 })).message).toBe(
      'Check-in interval: got 4, must be a whole number of minutes from 5 to 15.',
    );
    expect(onlyProblem(check({ minMonitoringMin: 481 })).message).toBe(
      'Minimum monitoring time: got 481, must be a whole number of minutes from 120 to 480.',
    );
  });
});

describe('cross-field and list rules', () => {
  it('needs systolic above diastolic', () => {
    expect(check({ preDoseBp: { systolic: 120, diastolic: 119 } }).ok).toBe(true);
    expect(onlyProblem(check({ sessionBp: { systolic: 100, diastolic: 100 } }))).toEqual({
      path: 'protocol.sessionBp',
      message:
        'Blood-pressure limit during the session: got 100/100, the top number (systolic) must be higher than the bottom number (diastolic).',
    });
  });

  it('needs the lowest heart rate below the highest', () => {
    expect(check({ heartRate: { min: 99, max: 100 } }).ok).toBe(true);
    expect(onlyProblem(check({ heartRate: { min: 90, max: 90 } })).message).toBe(
      'Heart-rate range: got 90 to 90, the lowest must be below the highest.',
    );
  });

  it('names a missing half of a limit', () => {
    expect(onlyProblem(check({ preDoseBp: { systolic: 140 } }))).toEqual({
      path: 'protocol.preDoseBp.diastolic',
      message:
        'Blood-pressure limit before dosing, bottom number (diastolic): missing, must be a whole number from 50 to 130 mmHg.',
    });
  });

  it('accepts up to 8 ascending re-check times and an empty list', () => {
    expect(check({ bpRecheckMin: [5, 10, 20, 40, 60, 90, 120, 480] }).ok).toBe(true);
    expect(check({ bpRecheckMin: [] }).ok).toBe(true);
  });

  it('refuses 9 re-check times, repeats and a descending order', () => {
    expect(onlyProblem(check({ bpRecheckMin: [5, 10, 20, 30, 40, 60, 90, 120, 480] }))).toEqual({
      path: 'protocol.bpRecheckMin',
      message:
        'Blood-pressure re-checks: got a list of 9 items, must be a list of at most 8 times in minutes after the dose, like [40, 90].',
    });
    expect(onlyProblem(check({ bpRecheckMin: [40, 40] })).message).toBe(
      'Blood-pressure re-checks: got [40, 40], must be in ascending order with no repeats.',
    );
    expect(onlyProblem(check({ bpRecheckMin: [90, 40] })).message).toContain('got [90, 40]');
    expect(onlyProblem(check({ bpRecheckMin: 40 })).message).toContain(
      'Blood-pressure re-checks: got 40, must be a list',
    );
  });

  it('names the position of a bad re-check time', () => {
    expect(onlyProblem(check({ bpRecheckMin: [40, 500] }))).toEqual({
      path: 'protocol.bpRecheckMin[1]',
      message:
        'Blood-pressure re-checks, item 2: got 500, must be a whole number of minutes from 5 to 480.',
    });
  });
});

describe('text and yes/no fields', () => {
  it('takes true or false for bpBeforeEnd, nothing else', () => {
    expect(check({ bpBeforeEnd: false })).toEqual({ ok: true, values: { bpBeforeEnd: false } });
    expect(onlyProblem(check({ bpBeforeEnd: 'yes' })).message).toBe(
      'Blood pressure before ending: got "yes", must be true or false.',
    );
  });

  it.each([
    ['instructions', 'Provider instructions', 2000],
    ['providerName', 'Provider name', 100],
  ])('limits %s to its length', (field, label, max) => {
    expect(check({ [field]: 'x'.repeat(max) }).ok).toBe(true);
    const message = onlyProblem(check({ [field]: 'x'.repeat(max + 1) })).message;
    const n = (k: number) => k.toLocaleString('en-US');
    expect(message).toBe(
      `${label}: got a text of ${n(max + 1)} characters, must be text of at most ${n(max)} characters.`,
    );
  });

  it.each([
    '+1 (555) 123-4567',
    '555.123.4567',
    '112',
    '12345678901234567890',
    '+44 20 7946 0958',
    '',
  ])('accepts the dialable phone %j', (phone) =>
    expect(check({ providerPhone: phone })).toEqual({ ok: true, values: { providerPhone: phone } }),
  );

  it.each([
    '12',
    '123456789012345678901',
    'call me',
    '555-CALL',
    '1+23',
    '1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6',
    '555\n1234',
  ])('refuses the phone %j, naming value and rule', (phone) => {
    const p = onlyProblem(check({ providerPhone: phone }));
    expect(p.path).toBe('protocol.providerPhone');
    expect(p.message).toBe(
      `Provider phone: got ${JSON.stringify(phone)}, must be a phone number written as text: 3 to 20 digits, an optional ` +
        'leading +, and only spaces, dashes, dots or parentheses between them, at most 30 characters (or empty for none).',
    );
  });

  it('refuses a phone given as a number', () => {
    expect(onlyProblem(check({ providerPhone: 5551234 })).message).toMatch(
      /^Provider phone: got 5551234, must be a phone/,
    );
  });
});

describe('the file around the protocol', () => {
  it('returns issuedBy and issuedAt with the values', () => {
    const result = validateProtocolValue(
      file({ intervalMin: 10 }, { issuedBy: 'Dr. Rivera', issuedAt: '2025-03-01T09:30:00Z' }),
    );
    expect(result).toEqual({
      ok: true,
      values: { intervalMin: 10 },
      issuedBy: 'Dr. Rivera',
      issuedAt: '2025-03-01T09:30:00Z',
    });
  });

  it.each(['2025-02-30', 'yesterday', '2025-03-01 09:30', '2025-13-01'])(
    'refuses the issue date %j',
    (issuedAt) => {
      expect(onlyProblem(validateProtocolValue(file({}, { issuedAt })))).toEqual({
        path: 'issuedAt',
        message: `Issue date: got "${issuedAt}", must be a real date written like 2025-03-01 or 2025-03-01T09:30:00Z.`,
      });
    },
  );

  it('refuses another format, another version and a missing protocol', () => {
    const problems = problemsOf(validateProtocolValue({ format: 'other-app', version: 2 }));
    expect(problems).toEqual([
      { path: 'format', message: 'File type: got "other-app", must be "sitwell-protocol".' },
      { path: 'version', message: 'File version: got 2, must be 1, the version this app reads.' },
      {
        path: 'protocol',
        message:
          'Protocol settings: missing, must be an object of settings, like {"intervalMin": 15}.',
      },
    ]);
  });

  it('names unknown keys at every level, all of them', () => {
    const problems = problemsOf(
      validateProtocolValue(
        file(
          { intervalMinutes: 10, preDoseBp: { systolic: 140, diastolic: 90, mean: 1 } },
          { note: 'x' },
        ),
      ),
    );
    expect(problems.map((p) => p.path)).toEqual([
      'protocol.intervalMinutes',
      'protocol.preDoseBp.mean',
      'note',
    ]);
    expect(problems[0]!.message).toMatch(
      /^Unknown field "intervalMinutes" in Protocol settings: must be one of intervalMin, /,
    );
    expect(problems[1]!.message).toBe(
      'Unknown field "mean" in Blood-pressure limit before dosing: must be one of systolic, diastolic.',
    );
    expect(problems[2]!.message).toBe(
      'Unknown field "note" in the file: must be one of format, version, protocol, issuedBy, issuedAt, clinic.',
    );
  });

  it('exports a label for every protocol field', () => {
    // The closing limit is optional: without it the pre-dose limit applies.
    expect(Object.keys(PROTOCOL_FIELD_LABEL).sort()).toEqual(
      [...Object.keys(DEFAULT_PROTOCOL), 'closingBp'].sort(),
    );
  });
});

describe('all or nothing', () => {
  const good: Partial<Protocol> = {
    intervalMin: 10,
    minMonitoringMin: 150,
    preDoseBp: { systolic: 150, diastolic: 95 },
    sessionBp: { systolic: 170, diastolic: 105 },
    heartRate: { min: 45, max: 130 },
    spo2Min: 92,
    bpRecheckMin: [40, 90],
    bpBeforeEnd: true,
    instructions: 'Call me if the BP stays above 170/105 for 10 minutes.',
    providerName: 'Dr. Rivera',
    providerPhone: '+1 555 010 2030',
  };

  it('applies a complete valid protocol', () => {
    expect(validateProtocolValue(file(good))).toEqual({ ok: true, values: good });
  });

  it('applies nothing when one field of many is wrong', () => {
    expect(onlyProblem(check({ ...good, spo2Min: 99 })).path).toBe('protocol.spo2Min');
  });

  it('reports every wrong field at once', () => {
    const problems = problemsOf(
      check({ intervalMin: '15', spo2Min: null, bpBeforeEnd: 1, instructions: 7, heartRate: [] }),
    );
    expect(problems.map((p) => p.message)).toEqual([
      'Check-in interval: got "15", must be a whole number of minutes from 5 to 15.',
      'Heart-rate range: got an empty list, must be an object like {"min": 50, "max": 120}.',
      'Lowest oxygen saturation: got null, must be a whole number from 80 to 98 percent.',
      'Blood pressure before ending: got 1, must be true or false.',
      'Provider instructions: got 7, must be text of at most 2,000 characters.',
    ]);
  });

  it('round-trips every default value through a serialised file', () => {
    const text = serializeProtocolFile(DEFAULT_PROTOCOL, 'Clinic', '2025-03-01');
    expect(text.startsWith('{\n  "format": "sitwell-protocol",\n  "version": 1,')).toBe(true);
    expect(validateProtocolText(text)).toEqual({
      ok: true,
      values: DEFAULT_PROTOCOL,
      issuedBy: 'Clinic',
      issuedAt: '2025-03-01',
    });
  });

  it('serialises only the fields that are set, without issuer fields when absent', () => {
    const parsed = JSON.parse(serializeProtocolFile({ intervalMin: 12 })) as unknown;
    expect(parsed).toEqual({
      format: 'sitwell-protocol',
      version: 1,
      protocol: { intervalMin: 12 },
    });
  });
});
