import { Field } from '../common/Field';
import { MoodScale } from '../common/MoodScale';
import type { PrepStepProps } from './PrepSteps';

/**
 * For the patient, in their words (optional): an intention for the session and how they feel
 * before it. Both are the patient's own and go to the provider only if they choose.
 */
export function PrepPatient({ draft, update }: PrepStepProps) {
  return (
    <>
      <p>
        Hand the phone to the patient for this step, or ask them. Both answers are theirs: they stay
        on this device and go to the provider only if the patient chooses.
      </p>
      <Field
        id="prep-intention"
        label="An intention for this session (optional)"
        hint="A few words to return to, for example “Be gentle with myself”."
      >
        <textarea
          id="prep-intention"
          value={draft.intention}
          aria-describedby="prep-intention-hint"
          onInput={(e) => {
            const intention = e.currentTarget.value;
            update((d) => ({ ...d, intention }));
          }}
        />
      </Field>
      <MoodScale
        legend="How do you feel right now? (optional)"
        name="mood-before"
        value={draft.moodBefore}
        onChange={(moodBefore) => update((d) => ({ ...d, moodBefore }))}
      />
    </>
  );
}
