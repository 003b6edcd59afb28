import type { PreDoseCheck } from '../domain/before/prep';
import { isCrisisBp } from '../domain/escalation/history';
import type { BpLimit } from '../domain/protocol/protocol';
import { BpFields } from './BpFields';
import { Field } from './Field';
import type { PrepStepProps } from './PrepSteps';

/** Step 6: the reading before the dose, checked against the provider's limit [SPR-label, AccelPsych]. */
export function PreDoseBp({
  draft,
  update,
  check,
  limit,
  fromProvider,
  error,
}: PrepStepProps & {
  check: PreDoseCheck;
  limit: BpLimit;
  fromProvider: boolean;
  error?: string | undefined;
}) {
  const limitText = `${limit.systolic}/${limit.diastolic}`;
  return (
    <>
      <p>
        Take a reading before the dose if you have a monitor. The limit is{' '}
        <strong>{limitText}</strong>{' '}
        <span class="muted">
          {fromProvider
            ? '(from the provider’s protocol).'
            : '(default: the esketamine label’s general guide; the provider may set another).'}
        </span>
      </p>
      <BpFields
        idPrefix="predose"
        legend="Blood pressure before the dose"
        raw={draft.bp}
        errors={check.state === 'invalid' ? check.errors : {}}
        onField={(key, value) => void update((d) => ({ ...d, bp: { ...d.bp, [key]: value } }))}
      />
      {check.state === 'not-taken' && (
        <p class="muted small">
          No reading yet. Without one, the log records that no pre-dose reading was taken.
        </p>
      )}
      {check.state === 'within' && (
        <p class="banner ok" role="status">
          {check.systolic}/{check.diastolic} is within the limit of {limitText}.
        </p>
      )}
      {check.state === 'above' && (
        <div class="banner warn" role="alert">
          <p>
            <strong>Hold the dose.</strong> {check.systolic}/{check.diastolic} is above the limit of{' '}
            {limitText}. Contact the provider before dosing, and give the dose only if they say to
            go ahead.
          </p>
          {isCrisisBp({ at: 0, ...check }) && (
            // [HRS (weak)] a repeat at this level after 5 min is an emergency; [SPR-label] with these signs, at once.
            <p>
              This is very high. Let them rest for 5 minutes and measure again. If it is still this
              high, or they have chest pain, shortness of breath, a sudden severe headache or
              trouble seeing, call emergency services.
            </p>
          )}
        </div>
      )}
      {check.state === 'above' && (
        <fieldset>
          <legend>The provider’s answer</legend>
          <div class="field">
            <label class="row check">
              <input
                type="checkbox"
                class="checkbox"
                checked={draft.approval.approved}
                onChange={(e) => {
                  const approved = e.currentTarget.checked;
                  update((d) => ({ ...d, approval: { ...d.approval, approved } }));
                }}
              />
              <span>The provider approved going ahead with the dose</span>
            </label>
          </div>
          <Field
            id="approval-note"
            label="Who approved it, and when"
            hint="For example “Dr Lee, by phone at 13:50”."
            error={error}
          >
            <input
              id="approval-note"
              value={draft.approval.note}
              autoComplete="off"
              aria-invalid={!!error}
              aria-describedby={
                error ? 'approval-note-hint approval-note-error' : 'approval-note-hint'
              }
              onInput={(e) => {
                const note = e.currentTarget.value;
                update((d) => ({ ...d, approval: { ...d.approval, note } }));
              }}
            />
          </Field>
        </fieldset>
      )}
    </>
  );
}
