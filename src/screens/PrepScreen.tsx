import { useEffect, useRef, useState } from 'preact/hooks';
import { AlarmSoundCheck } from '../components/session/AlarmSoundCheck';
import { PreDoseBp } from '../components/before/PreDoseBp';
import { PrepAgreement } from '../components/before/PrepAgreement';
import { PrepPatient } from '../components/before/PrepPatient';
import { LiveConsentCard } from '../components/before/LiveConsentCard';
import { PrepContacts, PrepDose, PrepPeople, PrepSetting } from '../components/before/PrepSteps';
import { PrepSubstances } from '../components/before/PrepSubstances';
import { ProtocolSetAside } from '../components/before/ProtocolSetAside';
import { ScreenHeading } from '../components/common/ScreenHeading';
import { preDoseCheck, uncheckedItems, type PreDoseCheck } from '../domain/before/prep';
import { PREP_STEPS, type PrepStepId } from '../domain/before/prep-draft';
import { emergencyNumberConfirmed, withEmergencyNumber } from '../domain/contacts/contacts';
import { protocolInForce } from '../domain/protocol/stored';
import { deviceRegionHint } from '../platform/region';
import { navigate, PATHS } from '../platform/router';
import { startTapRequests, useStartSession } from '../state/start-session';
import { useLiveConsent } from '../state/use-live-consent';
import { usePrepDraft } from '../state/use-prep-draft';
import { useSetting } from '../state/use-setting';

const TITLE: Record<PrepStepId, string> = {
  people: 'Who is here',
  contacts: 'Contacts and address',
  agreement: 'What you agree with the patient',
  setting: 'The room and the day',
  dose: 'The dose',
  bp: 'Blood pressure before the dose',
  patient: 'For the patient (optional)',
  alarm: 'Test the alarm sound',
};

// Why "Next" cannot go on from the blood-pressure step, by the reading's state.
const BP_BLOCKED: Record<PreDoseCheck['state'], string> = {
  'not-taken': 'Take a reading, or write why none could be taken.',
  invalid: 'Correct the reading, or clear both numbers and write why there is none.',
  above:
    'Contact the provider first. To continue, tick that the provider approved going ahead and ' +
    'write who approved it and when.',
  'do-not-dose':
    'Don’t give the dose: call the provider. A reading this high can’t be approved here.',
  within: '',
};

/**
 * The checklist before "Start session"; every answer is saved at once, so it resumes after an
 * interruption.
 */
export default function PrepScreen() {
  const { draft, resumed, saveError, update, clear } = usePrepDraft();
  const consent = useLiveConsent();
  const startSession = useStartSession();
  const [starting, setStarting] = useState(false);
  const contacts = useSetting('contacts');
  const protocolSetting = useSetting('protocol');
  const loadError = contacts.loadError ?? protocolSetting.loadError;
  const settings =
    contacts.value && protocolSetting.value
      ? { contacts: contacts.value, protocol: protocolSetting.value }
      : undefined;
  const [errors, setErrors] = useState<Record<string, string>>({});
  const stepHeading = useRef<HTMLHeadingElement>(null);
  const firstStep = useRef(true);
  // A "Yes" still being saved: "Next" tapped meanwhile waits for it rather than refusing.
  const confirming = useRef<Promise<boolean> | undefined>(undefined);

  useEffect(() => {
    // A new step takes focus so screen-reader and keyboard users start at its heading.
    if (firstStep.current) firstStep.current = !draft;
    else stepHeading.current?.focus();
  }, [draft?.step]);

  if (loadError)
    return (
      <p class="banner error" role="alert">
        {loadError}
      </p>
    );
  if (!draft || !settings)
    return (
      <p class="muted" role="status">
        Loading…
      </p>
    );
  const { protocol, refused } = protocolInForce(settings.protocol);
  const cardContacts = withEmergencyNumber(settings.contacts, deviceRegionHint());
  const providerPhone = cardContacts.providerPhone || protocol.providerPhone;
  const confirmNumber = (): Promise<boolean> => {
    const n = cardContacts.emergencyNumber;
    const saving = contacts
      .save({ ...settings.contacts, emergencyNumber: n, emergencyConfirmedFor: n })
      .then((result) => {
        setErrors(result.ok ? {} : { confirm: `Not saved: ${result.message}` });
        return result.ok;
      });
    confirming.current = saving;
    return saving;
  };
  const index = PREP_STEPS.indexOf(draft.step);
  const last = index === PREP_STEPS.length - 1;
  const check = preDoseCheck(draft, protocol.preDoseBp);

  const goTo = (step: PrepStepId): void => {
    setErrors({});
    void update((d) => ({ ...d, step }));
  };

  const next = async (): Promise<void> => {
    if (draft.step === 'people' && !draft.sitter.trim())
      return setErrors({
        sitter: 'Enter your name: it goes on the log as the person who monitored.',
      });
    if (draft.step === 'contacts' && !emergencyNumberConfirmed(cardContacts)) {
      if (!(await confirming.current)) {
        return setErrors({ confirm: 'Confirm the emergency number first: tap Yes, or change it.' });
      }
    }
    if (draft.step === 'bp' && !check.canContinue)
      return setErrors({ bp: BP_BLOCKED[check.state] });
    if (!last) return goTo(PREP_STEPS[index + 1]!);
    // Saved before leaving: the start form reads the finished checklist from storage.
    await update((d) => ({ ...d, completed: true }));
    navigate(PATHS.start);
  };

  // A reading too high to dose: the session starts without one, so the rules run on the reading
  // (re-measure, provider, fallback). The steps left are optional, so preparation is complete.
  const recordAndWatch = async (): Promise<void> => {
    startTapRequests();
    setStarting(true);
    const outcome = await startSession({
      sitterName: draft.sitter,
      ...(draft.patient.trim() ? { patientName: draft.patient } : {}),
      intervalMin: protocol.intervalMin,
      doseAt: undefined,
      preAlert: true,
      prep: { ...draft, completed: true },
    });
    if (outcome.ok) return navigate(outcome.path, { replace: true });
    setErrors({ bp: outcome.message });
    setStarting(false);
  };

  const open = uncheckedItems(draft);
  return (
    <main aria-labelledby="prep-heading">
      <ScreenHeading id="prep-heading">Prepare</ScreenHeading>
      {refused.length > 0 && <ProtocolSetAside />}
      {resumed && (
        <div class="banner ok row" role="status">
          <span>Picked up where you left off. Your answers so far are kept.</span>
          <button type="button" class="small" onClick={() => void clear()}>
            Start over
          </button>
        </div>
      )}
      {saveError && (
        <p class="banner error" role="alert">
          Your answers could not be saved: {saveError}
        </p>
      )}
      <p class="muted" id="prep-progress">
        Step {index + 1} of {PREP_STEPS.length}
      </p>
      <h2 ref={stepHeading} tabIndex={-1} aria-describedby="prep-progress">
        {TITLE[draft.step]}
      </h2>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void next();
        }}
        noValidate
      >
        {draft.step === 'people' && <PrepPeople draft={draft} update={update} errors={errors} />}
        {draft.step === 'contacts' && (
          <PrepContacts
            contacts={cardContacts}
            onEdit={() => navigate(PATHS.contacts)}
            onConfirmNumber={() => void confirmNumber()}
            error={errors.confirm}
          />
        )}
        {draft.step === 'agreement' && <PrepAgreement draft={draft} update={update} />}
        {draft.step === 'agreement' && consent.clinic && (
          <LiveConsentCard
            clinic={consent.clinic}
            choice={consent.choice}
            problem={consent.problem}
            onChoose={consent.choose}
          />
        )}
        {draft.step === 'setting' && <PrepSetting draft={draft} update={update} />}
        {draft.step === 'dose' && (
          <>
            <PrepDose draft={draft} update={update} />
            <PrepSubstances draft={draft} update={update} providerPhone={providerPhone} />
          </>
        )}
        {draft.step === 'bp' && (
          <PreDoseBp
            draft={draft}
            update={update}
            check={check}
            limit={protocol.preDoseBp}
            fromProvider={refused.length === 0 && settings.protocol.values.preDoseBp !== undefined}
            error={check.state === 'above' || check.state === 'not-taken' ? errors.bp : undefined}
            providerPhone={providerPhone}
            emergencyNumber={cardContacts.emergencyNumber}
            onRecordAndWatch={() => void recordAndWatch()}
            starting={starting}
          />
        )}
        {draft.step === 'patient' && <PrepPatient draft={draft} update={update} />}
        {draft.step === 'alarm' && (
          <AlarmSoundCheck
            heard={draft.alarmHeard}
            onHeard={(alarmHeard) => void update((d) => ({ ...d, alarmHeard }))}
          />
        )}
        {last && open.length > 0 && (
          <div class="banner warn">
            <p>Not ticked yet in “{TITLE.setting}”:</p>
            <ul>
              {open.map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ul>
          </div>
        )}
        {errors.bp &&
          draft.step === 'bp' &&
          (check.state === 'invalid' || check.state === 'do-not-dose') && (
            <p class="field-error" role="alert">
              {errors.bp}
            </p>
          )}
        <div class="row">
          {index > 0 && (
            <button type="button" onClick={() => goTo(PREP_STEPS[index - 1]!)}>
              Back
            </button>
          )}
          <button type="submit" class="primary">
            {last ? 'Continue to start' : 'Next'}
          </button>
          <button type="button" onClick={() => navigate(PATHS.home)}>
            Leave for now
          </button>
        </div>
      </form>
    </main>
  );
}
