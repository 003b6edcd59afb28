import { useEffect, useMemo, useState } from 'preact/hooks';
import { EssentialsForm, type Essentials } from '../components/before/EssentialsForm';
import { Field } from '../components/common/Field';
import { IntervalPicker } from '../components/before/IntervalPicker';
import { ProtocolSetAside } from '../components/before/ProtocolSetAside';
import { ScreenHeading } from '../components/common/ScreenHeading';
import { parseDoseTime, validateStart } from '../domain/before/start-form';
import { emergencyNumberConfirmed, withEmergencyNumber } from '../domain/contacts/contacts';
import { timeInputValue } from '../domain/format/time';
import { protocolInForce } from '../domain/protocol/stored';
import { now } from '../platform/clock';
import { deviceRegionHint } from '../platform/region';
import { navigate, PATHS } from '../platform/router';
import { LiveConsentCard } from '../components/before/LiveConsentCard';
import { BackupAlarmNote } from '../components/session/BackupAlarmNote';
import { backupAlarmSupport, subscribeBackupAlarm } from '../platform/push-subscribe';
import { startTapRequests, useStartSession } from '../state/start-session';
import { useLiveConsent } from '../state/use-live-consent';
import { useSetting } from '../state/use-setting';

/** The short start form: who, when the dose was taken, how often to check in. */
export default function StartScreen() {
  const startSession = useStartSession();
  const consent = useLiveConsent();
  const prepSetting = useSetting('prepDraft').value;
  const protocolSetting = useSetting('protocol').value;
  const contactsSetting = useSetting('contacts');
  const [skipped, setSkipped] = useState(false);
  const [sitter, setSitter] = useState('');
  const [patient, setPatient] = useState('');
  const [doseTime, setDoseTime] = useState(() => timeInputValue(now()));
  const [interval, setInterval] = useState('15');
  const [preAlert, setPreAlert] = useState(true);
  const [withoutDose, setWithoutDose] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saveError, setSaveError] = useState('');
  const [busy, setBusy] = useState(false);
  const prep = prepSetting?.completed ? prepSetting : undefined;
  const inForce = useMemo(
    () => (protocolSetting ? protocolInForce(protocolSetting) : undefined),
    [protocolSetting],
  );
  const maxInterval = inForce?.protocol.intervalMin;

  useEffect(() => {
    // The protocol sets the default interval.
    if (inForce) setInterval(String(inForce.protocol.intervalMin));
  }, [inForce]);
  useEffect(() => {
    // A finished preparation fills the form.
    if (!prep) return;
    setSitter((s) => s || prep.sitter);
    setPatient((p) => p || prep.patient);
    if (prep.dose.time) setDoseTime(prep.dose.time);
  }, [prep]);

  const contacts =
    contactsSetting.value && withEmergencyNumber(contactsSetting.value, deviceRegionHint());
  const providerPhone = contacts?.providerPhone || inForce?.protocol.providerPhone;
  // Until both are read, the form waits: it must not show and then give way to the essentials.
  const loading =
    (contactsSetting.value === undefined && !contactsSetting.loadError) ||
    prepSetting === undefined;
  // The fast path skipped preparation, which shows these: ask for what the emergency card needs.
  const needsEssentials =
    !skipped &&
    prepSetting !== undefined &&
    !prep &&
    contacts !== undefined &&
    (!contacts.address.trim() || !providerPhone || !emergencyNumberConfirmed(contacts));
  const saveEssentials = async (e: Essentials): Promise<string | undefined> => {
    const n = e.emergencyNumber.trim();
    const result = await contactsSetting.save({
      ...contactsSetting.value!,
      ...e,
      emergencyNumber: n,
      emergencyConfirmedFor: n,
    });
    if (!result.ok) return result.message;
    setSkipped(true);
    return undefined;
  };

  const submit = async (e: Event): Promise<void> => {
    e.preventDefault();
    const t = now();
    const result = validateStart({
      sitter,
      interval,
      doseAt: parseDoseTime(doseTime, t),
      now: t,
      maxIntervalMin: maxInterval,
      withoutDose,
    });
    setErrors(result.ok ? {} : result.errors);
    if (!result.ok) return;
    startTapRequests();
    // Asked inside the tap, before anything is awaited: browsers allow it only then.
    const sharing = consent.choice?.decision === 'agreed' && !consent.problem;
    const backupAlarm =
      sharing && backupAlarmSupport() === 'ready' ? subscribeBackupAlarm() : undefined;
    setBusy(true);
    const outcome = await startSession({
      sitterName: sitter.trim(),
      ...(patient.trim() ? { patientName: patient.trim() } : {}),
      intervalMin: result.intervalMin,
      doseAt: result.doseAt,
      preAlert,
      prep,
      backupAlarm,
    });
    if (outcome.ok) return navigate(outcome.path, { replace: true });
    setSaveError(outcome.message);
    setBusy(false);
  };

  return (
    <main aria-labelledby="start-heading">
      <ScreenHeading id="start-heading">Start a session</ScreenHeading>
      {needsEssentials && contacts && (
        <EssentialsForm
          contacts={contacts}
          missingProvider={!providerPhone}
          onSave={saveEssentials}
          onSkip={() => setSkipped(true)}
        />
      )}
      {loading && (
        <p class="muted" role="status">
          Loading…
        </p>
      )}
      {!needsEssentials && !loading && (
        <p class="muted">
          Fill this in just before or after the dose. Sitwell then paces check-ins and keeps the
          log.
        </p>
      )}
      {inForce && inForce.refused.length > 0 && <ProtocolSetAside />}
      {prep && (
        <p class="banner ok">
          Your preparation (agreement, checklist, dose and blood pressure) is recorded in the log
          when you start.
        </p>
      )}
      <form onSubmit={(e) => void submit(e)} noValidate hidden={needsEssentials || loading}>
        <Field id="sitter" label="Your name (the sitter)" error={errors.sitter}>
          <input
            id="sitter"
            value={sitter}
            onInput={(e) => setSitter(e.currentTarget.value)}
            autoComplete="name"
            aria-invalid={!!errors.sitter}
            aria-describedby={errors.sitter ? 'sitter-error' : undefined}
            required
          />
        </Field>
        <Field id="patient" label="Patient’s name or initials (optional)">
          <input
            id="patient"
            value={patient}
            onInput={(e) => setPatient(e.currentTarget.value)}
            autoComplete="off"
          />
        </Field>
        <div class="field">
          <label class="row">
            <input
              type="checkbox"
              checked={withoutDose}
              onChange={(e) => setWithoutDose(e.currentTarget.checked)}
              class="checkbox"
            />
            <span>Start without a dose (it has not been given)</span>
          </label>
        </div>
        {withoutDose ? (
          <p class="small muted">
            Check-ins and readings are kept as usual. Record the dose on the session screen if it is
            given later.
          </p>
        ) : (
          <Field id="dose" label="Time of the dose" error={errors.dose}>
            <input
              id="dose"
              type="time"
              value={doseTime}
              onInput={(e) => setDoseTime(e.currentTarget.value)}
              aria-invalid={!!errors.dose}
              aria-describedby={errors.dose ? 'dose-error' : undefined}
              required
            />
          </Field>
        )}
        <IntervalPicker
          value={interval}
          onChange={setInterval}
          error={errors.interval}
          max={maxInterval}
        />
        <div class="field">
          <label class="row">
            <input
              type="checkbox"
              checked={preAlert}
              onChange={(e) => setPreAlert(e.currentTarget.checked)}
              class="checkbox"
            />
            <span>Gentle chime one minute before each check-in</span>
          </label>
        </div>
        <p class="small muted">
          Starting will ask to keep the screen on, to play alarm sounds and to show notifications.
          Alarms only work while Sitwell stays open on screen.
        </p>
        {consent.clinic && (
          <LiveConsentCard
            clinic={consent.clinic}
            choice={consent.choice}
            problem={consent.problem}
            onChoose={consent.choose}
          />
        )}
        {consent.choice?.decision === 'agreed' && backupAlarmSupport() !== 'ready' && (
          <BackupAlarmNote support={backupAlarmSupport()} />
        )}
        {saveError && (
          <p class="banner error" role="alert">
            {saveError}
          </p>
        )}
        <div class="row">
          <button type="submit" class="primary" disabled={busy}>
            Start session
          </button>
          <button type="button" onClick={() => navigate(PATHS.home)}>
            Cancel
          </button>
        </div>
      </form>
    </main>
  );
}
