import type { PreDoseCheck } from '../../domain/before/prep';
import { dialHref } from '../../domain/contacts/contacts';
import type { BpLimit } from '../../domain/protocol/protocol';
import { BpFields } from '../check-in/BpFields';
import { Field } from '../common/Field';
import type { PrepStepProps } from './PrepSteps';

/**
 * Step 6: the reading before the dose, checked against the provider's limit [SPR-label,
 * AccelPsych].
 */
export function PreDoseBp({
  draft,
  update,
  check,
  limit,
  fromProvider,
  error,
  providerPhone,
  emergencyNumber,
  onRecordAndWatch,
  starting,
}: PrepStepProps & {
  check: PreDoseCheck;
  limit: BpLimit;
  fromProvider: boolean;
  error?: string | undefined;
  providerPhone: string;
  emergencyNumber: string;
  /** Start the session without a dose, with this reading as its first entry. */
  onRecordAndWatch: () => void;
  /** That start is under way. */
  starting: boolean;
}) {
  const limitText = `${limit.systolic}/${limit.diastolic}`;
  return (
    <>
      <p>
        Take a reading before the dose. The limit is <strong>{limitText}</strong>{' '}
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
        <Field
          id="bp-not-taken"
          label="No reading? Write why (goes in the log)"
          hint="For example: no monitor at home, or the cuff doesn’t fit."
          error={error}
        >
          <input
            id="bp-not-taken"
            value={draft.bpNotTakenReason}
            autoComplete="off"
            aria-invalid={!!error}
            aria-describedby={error ? 'bp-not-taken-hint bp-not-taken-error' : 'bp-not-taken-hint'}
            onInput={(e) => {
              const bpNotTakenReason = e.currentTarget.value;
              update((d) => ({ ...d, bpNotTakenReason }));
            }}
          />
        </Field>
      )}
      {check.state === 'within' && (
        <p class="banner ok" role="status">
          {check.systolic}/{check.diastolic} is within the limit of {limitText}.
        </p>
      )}
      {check.state === 'do-not-dose' && (
        <div class="banner error" role="alert">
          <p>
            <strong>Don’t give the dose.</strong> {check.systolic}/{check.diastolic} is 180/110 or
            higher. Call the provider now; this can’t be approved in Sitwell.{' '}
            <span class="muted">
              (180/110 is Sitwell’s conservative line; no program publishes one.)
            </span>
          </p>
          <p>
            With chest pain, shortness of breath, back pain, numbness or weakness, a change in
            vision or difficulty speaking, call emergency services.
          </p>
          <div class="row">
            {providerPhone && (
              <a class="button" href={dialHref(providerPhone)}>
                Call the provider
              </a>
            )}
            <a class="button" href={dialHref(emergencyNumber)}>
              Call {emergencyNumber}
            </a>
          </div>
          <p>
            Sitwell can keep watching with you: it logs this reading, asks for another in 5 minutes
            and says what to do next. You record the dose later only if the provider says to give
            it.
          </p>
          <button type="button" class="block" disabled={starting} onClick={onRecordAndWatch}>
            Record this reading and keep watching
          </button>
        </div>
      )}
      {check.state === 'above' && (
        <div class="banner warn" role="alert">
          <p>
            <strong>Hold the dose.</strong> {`${check.systolic}/${check.diastolic}`} is above the
            limit of {limitText}. Contact the provider before dosing, and give the dose only if they
            say to go ahead.
          </p>
          {providerPhone && (
            <a class="button" href={dialHref(providerPhone)}>
              Call the provider
            </a>
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
