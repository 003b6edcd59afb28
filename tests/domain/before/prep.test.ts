import { describe, expect, it } from 'vitest';
import {
  agreementLines,
  preDoseCheck,
  prepAnswers,
  startEntries,
  uncheckedItems,
} from '../../../src/domain/before/prep';
import {
  EMPTY_PREP_DRAFT,
  isStartedDraft,
  parsePrepDraft,
  SETTING_ITEMS,
  type PrepDraft,
} from '../../../src/domain/before/prep-draft';
import { DEFAULT_PROTOCOL } from '../../../src/domain/protocol/protocol';

const LIMIT = { systolic: 140, diastolic: 90 };
const DOSE_AT = Date.UTC(2026, 10, 21, 14, 0);

/** A finished preparation with a pre-dose reading. */
function done(bp: [string, string], approval = { approved: false, note: '' }): PrepDraft {
  return {
    ...EMPTY_PREP_DRAFT,
    step: 'alarm',
    sitter: 'Alex',
    agreement: { touch: 'declined', talking: 'if-asked', other: '  ' },
    setting: { bucket: true },
    dose: { medication: 'Ketamine tablet', route: ' under the tongue ', amount: '', time: '14:00' },
    bp: { systolic: bp[0], diastolic: bp[1] },
    approval,
    alarmHeard: 'yes',
    completed: true,
  };
}

describe('preDoseCheck', () => {
  // Until the clinical review the sitter could go on without a reading and without saying why.
  it('needs a reading, or a written reason why none could be taken', () => {
    expect(preDoseCheck(EMPTY_PREP_DRAFT, LIMIT)).toEqual({
      state: 'not-taken',
      canContinue: false,
    });
    const reason = { ...EMPTY_PREP_DRAFT, bpNotTakenReason: 'The cuff is broken' };
    expect(preDoseCheck(reason, LIMIT)).toEqual({ state: 'not-taken', canContinue: true });
  });

  it('never continues at or above 180/110, whatever the approval says', () => {
    const approval = { approved: true, note: 'Dr Lee by phone' };
    for (const bp of [
      ['180', '90'],
      ['170', '110'],
    ] as const) {
      expect(preDoseCheck(done([bp[0], bp[1]], approval), LIMIT)).toMatchObject({
        state: 'do-not-dose',
        canContinue: false,
      });
    }
    expect(preDoseCheck(done(['179', '109'], approval), LIMIT)).toMatchObject({
      state: 'above',
      canContinue: true,
    });
  });

  it('accepts a reading at the limit and holds one above it in either number', () => {
    expect(preDoseCheck(done(['140', '90']), LIMIT)).toEqual({
      state: 'within',
      systolic: 140,
      diastolic: 90,
      canContinue: true,
    });
    expect(preDoseCheck(done(['141', '80']), LIMIT)).toMatchObject({
      state: 'above',
      canContinue: false,
    });
    expect(preDoseCheck(done(['130', '91']), LIMIT)).toMatchObject({
      state: 'above',
      canContinue: false,
    });
  });

  it('continues above the limit only with the approval ticked and who approved it written', () => {
    expect(
      preDoseCheck(done(['150', '95'], { approved: true, note: ' ' }), LIMIT).canContinue,
    ).toBe(false);
    expect(
      preDoseCheck(done(['150', '95'], { approved: false, note: 'Dr Lee' }), LIMIT).canContinue,
    ).toBe(false);
    expect(preDoseCheck(done(['150', '95'], { approved: true, note: 'Dr Lee' }), LIMIT)).toEqual({
      state: 'above',
      systolic: 150,
      diastolic: 95,
      canContinue: true,
    });
  });

  it('names typing slips and never continues with them', () => {
    const check = preDoseCheck(done(['150', '']), LIMIT);
    expect(check).toMatchObject({
      state: 'invalid',
      canContinue: false,
      errors: { diastolic: 'Enter both blood-pressure numbers, or neither.' },
    });
  });
});

describe('startEntries', () => {
  it('without a finished preparation records only the dose', () => {
    expect(startEntries(undefined, DEFAULT_PROTOCOL, DOSE_AT)).toEqual([
      { kind: 'dose-recorded', data: { doseAt: DOSE_AT } },
    ]);
    expect(
      startEntries({ ...done(['120', '80']), completed: false }, DEFAULT_PROTOCOL, DOSE_AT),
    ).toHaveLength(1);
  });

  it('records the preparation, the reading, the provider’s go-ahead and the dose, in that order', () => {
    const entries = startEntries(
      done(['150', '95'], { approved: true, note: 'Dr Lee at 13:50' }),
      DEFAULT_PROTOCOL,
      DOSE_AT,
    );
    expect(entries.map((e) => e.kind)).toEqual([
      'prep-completed',
      'vitals',
      'escalation-action',
      'dose-recorded',
    ]);
    expect(entries[1]!.data).toEqual({
      vitals: { systolic: 150, diastolic: 95 },
      context: 'pre-dose',
    });
    expect(entries[2]!.data).toEqual({
      action: 'provider-approved',
      text: 'Pre-dose blood pressure 150/95, above the limit of 140/90. Dr Lee at 13:50',
    });
    expect(entries[3]!.data).toEqual({
      doseAt: DOSE_AT,
      medication: 'Ketamine tablet',
      route: 'under the tongue',
    });
  });

  it('records no reading and no approval when none was needed', () => {
    expect(startEntries(done(['', '']), DEFAULT_PROTOCOL, DOSE_AT).map((e) => e.kind)).toEqual([
      'prep-completed',
      'dose-recorded',
    ]);
    expect(startEntries(done(['120', '80']), DEFAULT_PROTOCOL, DOSE_AT).map((e) => e.kind)).toEqual(
      ['prep-completed', 'vitals', 'dose-recorded'],
    );
  });
});

describe('startEntries without a dose', () => {
  it('records a reading too high to dose as the pre-dose reading, last of the observations', () => {
    const entries = startEntries(done(['175', '112']), DEFAULT_PROTOCOL, undefined);
    expect(entries.map((e) => e.kind)).toEqual(['prep-completed', 'vitals']);
    expect(entries[1]!.data).toEqual({
      vitals: { systolic: 175, diastolic: 112 },
      context: 'pre-dose',
    });
    const answers = (entries[0]!.data as { answers: Record<string, unknown> }).answers;
    expect(answers.preDoseBp).toEqual({ systolic: 175, diastolic: 112 });
    // The planned dose waits in the preparation for "Record the dose".
    expect(answers.plannedDose).toEqual({
      medication: 'Ketamine tablet',
      route: 'under the tongue',
    });
  });

  it('writes no dose, and with no preparation nothing at all', () => {
    expect(
      startEntries(done(['120', '80']), DEFAULT_PROTOCOL, undefined).map((e) => e.kind),
    ).toEqual(['prep-completed', 'vitals']);
    expect(startEntries(undefined, DEFAULT_PROTOCOL, undefined)).toEqual([]);
  });

  it('keeps plannedDose out of a preparation whose dose was given', () => {
    const [prep] = startEntries(done(['120', '80']), DEFAULT_PROTOCOL, DOSE_AT);
    expect((prep!.data as { answers: Record<string, unknown> }).answers).not.toHaveProperty(
      'plannedDose',
    );
  });
});

describe('prepAnswers and agreementLines', () => {
  it('stores touch as agreed or declined, every setting item, the alarm answer and the reading', () => {
    const draft = done(['120', '80']);
    const answers = prepAnswers(draft, preDoseCheck(draft, LIMIT));
    expect(answers).toMatchObject({
      touch: 'declined',
      talking: 'if-asked',
      alarmHeard: 'yes',
      preDoseBp: { systolic: 120, diastolic: 80 },
    });
    expect(answers).not.toHaveProperty('other');
    expect(answers).not.toHaveProperty('providerApproved');
    expect(Object.keys(answers.setting as object)).toEqual(SETTING_ITEMS.map((i) => i.id));
    expect(prepAnswers(EMPTY_PREP_DRAFT, { state: 'not-taken', canContinue: true }).preDoseBp).toBe(
      'not-taken',
    );
  });

  it('shows the agreement in words and skips what it does not know', () => {
    expect(
      agreementLines({
        touch: 'declined',
        music: 'nonsense',
        getUp: 'walk-with',
        other: ' Lights low ',
        setting: {},
      }),
    ).toEqual([
      { label: 'Touch', value: 'No touch' },
      { label: 'If they try to get up', value: 'Walk beside them, for example to the bathroom' },
      { label: 'Also agreed', value: 'Lights low' },
    ]);
    expect(agreementLines({ touch: 'toString' })).toEqual([]);
  });

  it('lists the set-and-setting items not ticked', () => {
    expect(uncheckedItems({ setting: { bucket: true } })).toHaveLength(SETTING_ITEMS.length - 1);
    expect(uncheckedItems({ setting: { bucket: true } })).not.toContain(
      'A bucket and water within reach',
    );
  });
});

describe('parsePrepDraft', () => {
  it('reads back what was saved', () => {
    const draft = done(['150', '95'], { approved: true, note: 'Dr Lee' });
    expect(parsePrepDraft(JSON.parse(JSON.stringify(draft)))).toEqual(draft);
  });

  it('repairs a damaged or older draft field by field and refuses what is not a draft', () => {
    const parsed = parsePrepDraft({
      step: 'nowhere',
      sitter: 42,
      agreement: { touch: 'maybe', music: 'no' },
      setting: { bucket: 'yes', phone: true },
      bp: null,
      completed: 'true',
    });
    expect(parsed).toEqual({
      ...EMPTY_PREP_DRAFT,
      agreement: { music: 'no' },
      setting: { phone: true },
    });
    expect(parsePrepDraft('draft')).toBeUndefined();
    expect(parsePrepDraft([])).toBeUndefined();
    expect(parsePrepDraft({ sitter: 'x'.repeat(5000) })!.sitter).toHaveLength(1000);
  });

  it('knows whether there is anything to resume', () => {
    expect(isStartedDraft(EMPTY_PREP_DRAFT)).toBe(false);
    expect(isStartedDraft({ ...EMPTY_PREP_DRAFT, step: 'dose' })).toBe(true);
    expect(isStartedDraft({ ...EMPTY_PREP_DRAFT, agreement: { touch: 'agreed' } })).toBe(true);
    expect(isStartedDraft({ ...EMPTY_PREP_DRAFT, sitter: 'Alex' })).toBe(true);
  });
});
