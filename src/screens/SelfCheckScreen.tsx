import { useState } from 'preact/hooks';
import { ChoiceGroup } from '../components/common/ChoiceGroup';
import { CrisisLines } from '../components/review/CrisisLines';
import { LockGate } from '../components/review/LockGate';
import { ScreenHeading } from '../components/common/ScreenHeading';
import { SelfCheckForm } from '../components/review/SelfCheckForm';
import { bandOf, needsSafetyResponse, scoreOf } from '../domain/review/self-check';
import {
  INSTRUMENT_IDS,
  INSTRUMENTS,
  type Answer,
  type InstrumentId,
} from '../domain/review/self-check-items';
import { goBack } from '../platform/router';
import { useSessionSnapshot } from '../state/services';
import { useContacts } from '../state/use-contacts';
import { lockGateProps, usePatientLock } from '../state/use-patient-lock';
import { useSelfChecks } from '../state/use-self-checks';

const NAMES: Record<InstrumentId, string> = {
  'phq-9': 'PHQ-9: low mood',
  'gad-7': 'GAD-7: anxiety',
};

/** One self-check: choose the questionnaire, answer it, see the score and band in words. */
export default function SelfCheckScreen() {
  const lock = usePatientLock();
  const self = useSelfChecks();
  const contacts = useContacts(useSessionSnapshot().session);
  const [instrument, setInstrument] = useState<InstrumentId>('phq-9');
  const [saved, setSaved] = useState<{ instrument: InstrumentId; answers: Answer[] }>();
  const [error, setError] = useState('');

  const save = async (answers: Answer[]): Promise<boolean> => {
    const message = await self.add(instrument, answers);
    setError(message ? `Not saved: ${message}` : '');
    if (!message) setSaved({ instrument, answers });
    return !message;
  };
  const result = saved && {
    score: scoreOf(saved.answers),
    band: bandOf(saved.instrument, scoreOf(saved.answers)),
  };

  return (
    <main class="stack" aria-labelledby="self-check-heading">
      <ScreenHeading id="self-check-heading">A self-check</ScreenHeading>
      <LockGate {...lockGateProps(lock)}>
        {saved && result ? (
          <section class="card stack" aria-labelledby="result-heading">
            <h2 id="result-heading">Saved</h2>
            <p role="status">
              {INSTRUMENTS[saved.instrument].name} score {result.score} of{' '}
              {INSTRUMENTS[saved.instrument].maxScore}: {result.band.label.toLowerCase()}.
            </p>
            {saved.instrument === 'phq-9' && needsSafetyResponse(saved.answers) && (
              <CrisisLines emergencyNumber={contacts.emergencyNumber} />
            )}
            <button onClick={() => setSaved(undefined)}>Answer another</button>
          </section>
        ) : (
          <>
            <ChoiceGroup
              name="instrument"
              legend="Which questionnaire?"
              options={INSTRUMENT_IDS}
              labels={NAMES}
              value={instrument}
              onChange={setInstrument}
            />
            <SelfCheckForm
              key={instrument}
              instrument={instrument}
              emergencyNumber={contacts.emergencyNumber}
              onSave={save}
            />
            {error && (
              <p class="banner error" role="alert">
                {error}
              </p>
            )}
          </>
        )}
      </LockGate>
      <button class="block" onClick={goBack}>
        Back
      </button>
    </main>
  );
}
