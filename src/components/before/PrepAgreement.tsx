import { AGREEMENT_CHOICES, type AgreementKey } from '../../domain/before/prep-draft';
import { ChoiceGroup } from '../common/ChoiceGroup';
import { Field } from '../common/Field';
import type { PrepStepProps } from './PrepSteps';

// Asked beforehand because during the session the patient cannot decide [NL-set]; touch and notes
// are agreed in advance [Innerwell, Santomarco]; talking is kept low [TripSit-wiki, Zendo].
const QUESTION: Record<AgreementKey, string> = {
  touch: 'If they are distressed, is touch okay?',
  talking: 'Talking during the session',
  music: 'Music',
  notes: 'Should you write down what they say? (Memory of the session fades.)',
  getUp: 'If they try to get up',
};

/** Step 3: the pre-session agreement with the patient. */
export function PrepAgreement({ draft, update }: PrepStepProps) {
  const keys = Object.keys(AGREEMENT_CHOICES) as AgreementKey[];
  return (
    <>
      <p>
        Agree these with the patient now, while they are clear-headed: during the session they can’t
        decide. Sitwell shows the answers on the session screen.
      </p>
      {keys.map((key) => {
        const labels: Record<string, string> = AGREEMENT_CHOICES[key];
        return (
          <ChoiceGroup
            key={key}
            name={`agree-${key}`}
            legend={QUESTION[key]}
            options={Object.keys(labels)}
            labels={labels}
            value={draft.agreement[key]}
            onChange={(value) =>
              void update((d) => ({ ...d, agreement: { ...d.agreement, [key]: value } }))
            }
          />
        );
      })}
      <Field id="agree-other" label="Anything else you agreed (optional)">
        <textarea
          id="agree-other"
          value={draft.agreement.other ?? ''}
          onInput={(e) => {
            const other = e.currentTarget.value;
            update((d) => ({ ...d, agreement: { ...d.agreement, other } }));
          }}
        />
      </Field>
    </>
  );
}
