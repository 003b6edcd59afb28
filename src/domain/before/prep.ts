import { validateVitals, type VitalsErrors } from '../check-in/vitals-validation';
import { DO_NOT_DOSE_BP } from '../escalation/predose-rules';
import { isKind, type Entry, type EntryData, type EntryInput } from '../log/entry';
import { isWithinBpLimit } from '../log/log-queries';
import { intentionData, moodData } from '../log/patient-entries';
import type { BpLimit, Protocol } from '../protocol/protocol';
import { AGREEMENT_CHOICES, SETTING_ITEMS, type AgreementKey, type PrepDraft } from './prep-draft';

// What the preparation checklist means: the pre-dose blood-pressure gate [SPR-label: above 140/90
// is a general guide to weigh delaying; the provider's protocol sets the limit], and the entries
// the start tap writes so the log holds the preparation next to the session it belongs to.

// The do-not-dose line and its basis live with the pre-dose rules, which act on it in a session.
export { DO_NOT_DOSE_BP };

/** What the pre-dose reading means for going ahead with the dose. */
export type PreDoseCheck =
  | { state: 'not-taken'; canContinue: boolean }
  | { state: 'invalid'; errors: VitalsErrors; canContinue: false }
  | { state: 'within'; systolic: number; diastolic: number; canContinue: true }
  | { state: 'above'; systolic: number; diastolic: number; canContinue: boolean }
  | { state: 'do-not-dose'; systolic: number; diastolic: number; canContinue: false };

/**
 * Check the typed pre-dose reading against the limit. A reading is required unless the sitter
 * writes why none could be taken; above the limit only the provider's recorded go-ahead continues;
 * at or above 180/110 nothing continues.
 */
export function preDoseCheck(
  draft: Pick<PrepDraft, 'bp' | 'approval' | 'bpNotTakenReason'>,
  limit: BpLimit,
): PreDoseCheck {
  const { systolic, diastolic } = draft.bp;
  if (systolic.trim() === '' && diastolic.trim() === '') {
    return { state: 'not-taken', canContinue: draft.bpNotTakenReason.trim() !== '' };
  }
  const result = validateVitals({ systolic, diastolic });
  if (!result.ok) return { state: 'invalid', errors: result.errors, canContinue: false };
  const reading = { systolic: result.vitals.systolic!, diastolic: result.vitals.diastolic! };
  if (isWithinBpLimit(reading, limit)) return { state: 'within', ...reading, canContinue: true };
  const top = DO_NOT_DOSE_BP;
  if (reading.systolic >= top.systolic || reading.diastolic >= top.diastolic) {
    return { state: 'do-not-dose', ...reading, canContinue: false };
  }
  const approved = draft.approval.approved && draft.approval.note.trim() !== '';
  return { state: 'above', ...reading, canContinue: approved };
}

/** Short names of the agreement questions, for forms and for "What we agreed". */
export const AGREEMENT_LABEL: Record<AgreementKey | 'other', string> = {
  touch: 'Touch',
  talking: 'Talking',
  music: 'Music',
  notes: 'Writing down what they say',
  getUp: 'If they try to get up',
  other: 'Also agreed',
};

/**
 * The agreement as label/value lines, from a `prep-completed` entry's answers (unknown values
 * skipped).
 */
export function agreementLines(
  answers: Record<string, unknown>,
): { label: string; value: string }[] {
  const lines: { label: string; value: string }[] = [];
  for (const key of Object.keys(AGREEMENT_CHOICES) as AgreementKey[]) {
    const choices: Record<string, string> = AGREEMENT_CHOICES[key];
    const answer = answers[key];
    if (typeof answer === 'string' && Object.hasOwn(choices, answer))
      lines.push({ label: AGREEMENT_LABEL[key], value: choices[answer]! });
  }
  const other = answers.other;
  if (typeof other === 'string' && other.trim())
    lines.push({ label: AGREEMENT_LABEL.other, value: other.trim() });
  return lines;
}

/**
 * What the agreement in the latest `prep-completed` entry says about writing down what the patient
 * says [Santomarco: agree it beforehand]; undefined when it was not asked (no preparation, or no
 * answer).
 */
export function wordsAgreement(entries: readonly Entry[]): 'yes' | 'no' | undefined {
  const prep = entries.findLast((e): e is Entry<'prep-completed'> => isKind(e, 'prep-completed'));
  const answer = prep?.data.answers.notes;
  return answer === 'yes' || answer === 'no' ? answer : undefined;
}

/** Set-and-setting items not ticked yet, by label. */
export function uncheckedItems(draft: Pick<PrepDraft, 'setting'>): string[] {
  return SETTING_ITEMS.filter((item) => draft.setting[item.id] !== true).map((item) => item.label);
}

/** The answers stored in `prep-completed`; `touch` is read by grounding ('agreed' | 'declined'). */
export function prepAnswers(draft: PrepDraft, check: PreDoseCheck): Record<string, unknown> {
  const setting = Object.fromEntries(
    SETTING_ITEMS.map(({ id }) => [id, draft.setting[id] === true]),
  );
  const { other: typedOther, ...agreement } = draft.agreement;
  const other = typedOther?.trim();
  const bp =
    'systolic' in check ? { systolic: check.systolic, diastolic: check.diastolic } : 'not-taken';
  const reason = draft.bpNotTakenReason.trim();
  const note = draft.substancesNote.trim();
  return {
    ...agreement,
    ...(other ? { other } : {}),
    setting,
    ...(draft.alarmHeard && { alarmHeard: draft.alarmHeard }),
    preDoseBp: bp,
    ...(bp === 'not-taken' && reason ? { preDoseBpNotTakenReason: reason } : {}),
    ...(check.state === 'above' && check.canContinue && { providerApproved: true }),
    // Concomitant sedatives are asked about on the REMS monitoring form [PMF].
    substancesToday:
      draft.substances.length > 0
        ? draft.substances
        : draft.substancesNone
          ? 'none'
          : 'not-answered',
    ...(note ? { substancesNote: note } : {}),
  };
}

/** The dose details preparation recorded, as the `dose-recorded` entry carries them. */
function doseDetails(draft: PrepDraft): Omit<EntryData['dose-recorded'], 'doseAt'> {
  const details: Omit<EntryData['dose-recorded'], 'doseAt'> = {};
  for (const key of ['medication', 'route', 'amount'] as const) {
    const value = draft.dose[key].trim();
    if (value) details[key] = value;
  }
  return details;
}

/**
 * The entries that follow `session-started` in the start tap: the preparation (when it was
 * completed), the pre-dose reading (last of the observations, so the rules judge it), the
 * provider's go-ahead when the reading was above the limit, and the dose. Without `doseAt` the
 * session starts without a dose: none is written, and the planned one waits in the preparation.
 */
export function startEntries(
  draft: PrepDraft | undefined,
  protocol: Protocol,
  doseAt: number | undefined,
): EntryInput[] {
  if (!draft?.completed) {
    return doseAt === undefined ? [] : [{ kind: 'dose-recorded', data: { doseAt } }];
  }
  const check = preDoseCheck(draft, protocol.preDoseBp);
  const answers = prepAnswers(draft, check);
  if (doseAt === undefined) answers.plannedDose = doseDetails(draft);
  const out: EntryInput[] = [{ kind: 'prep-completed', data: { answers } }];
  if ('systolic' in check) {
    out.push({
      kind: 'vitals',
      data: {
        vitals: { systolic: check.systolic, diastolic: check.diastolic },
        context: 'pre-dose',
      },
    });
  }
  if (check.state === 'not-taken' && draft.bpNotTakenReason.trim()) {
    const text = `No blood pressure before the dose: ${draft.bpNotTakenReason.trim()}`;
    out.push({ kind: 'note', data: { text } });
  }
  if (check.state === 'above' && check.canContinue) {
    const limit = `${protocol.preDoseBp.systolic}/${protocol.preDoseBp.diastolic}`;
    const text =
      `Pre-dose blood pressure ${check.systolic}/${check.diastolic}, above the limit ` +
      `of ${limit}. ${draft.approval.note.trim()}`;
    out.push({ kind: 'escalation-action', data: { action: 'provider-approved', text } });
  }
  if (doseAt !== undefined) {
    out.push({ kind: 'dose-recorded', data: { doseAt, ...doseDetails(draft) } });
  }
  // The patient's own entries, marked as theirs by their kind.
  const intention = intentionData(draft.intention);
  if (intention) out.push({ kind: 'patient-intention', data: intention });
  const mood = draft.moodBefore !== undefined ? moodData('before', draft.moodBefore) : undefined;
  if (mood) out.push({ kind: 'patient-mood', data: mood });
  return out;
}
