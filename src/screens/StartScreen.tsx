import { useEffect, useState } from 'preact/hooks';
import { useServices } from '../app/app-context';
import { Field } from '../components/Field';
import { ScreenHeading } from '../components/ScreenHeading';
import { IntervalPicker } from '../components/IntervalPicker';
import { parseDoseTime, validateStart } from '../domain/before/start-form';
import { effectiveProtocol } from '../domain/protocol/protocol';
import { withEmergencyNumber } from '../domain/contacts/contacts';
import { preDoseCheck, startEntries } from '../domain/before/prep';
import { EMPTY_PREP_DRAFT, type PrepDraft } from '../domain/before/prep-draft';
import { unlockAudio } from '../platform/alarm-sound';
import { requestNotifications } from '../platform/alarm-signals';
import { now } from '../platform/clock';
import { newId } from '../platform/crypto';
import { navigate, PATHS } from '../platform/router';
import { requestPersistence } from '../platform/storage-status';
import { requestWakeLock } from '../platform/wake-lock';
import { CONTACTS, PREP_DRAFT, PROTOCOL } from '../storage/app-settings';
import { DB_VERSION } from '../storage/db';
import { readSetting, writeSetting } from '../storage/settings';
import { toStorageError } from '../storage/storage-error';
import { format } from 'date-fns';

/** The short start form: who, when the dose was taken, how often to check in. */
export default function StartScreen() {
  const { db, store } = useServices();
  const [sitter, setSitter] = useState('');
  const [patient, setPatient] = useState('');
  const [doseTime, setDoseTime] = useState(() => format(now(), 'HH:mm'));
  const [interval, setInterval] = useState('15');
  const [preAlert, setPreAlert] = useState(true);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saveError, setSaveError] = useState('');
  const [busy, setBusy] = useState(false);
  const [prep, setPrep] = useState<PrepDraft>();

  useEffect(() => {
    // A finished preparation fills the form; the protocol sets the default interval.
    void Promise.all([readSetting(db, PREP_DRAFT), readSetting(db, PROTOCOL)]).then(
      ([draft, rec]) => {
        setInterval(String(effectiveProtocol(rec).intervalMin));
        if (!draft.completed) return;
        setPrep(draft);
        setSitter((s) => s || draft.sitter);
        setPatient((p) => p || draft.patient);
        if (draft.dose.time) setDoseTime(draft.dose.time);
      },
      () => undefined,
    );
  }, [db]);

  const submit = async (e: Event): Promise<void> => {
    e.preventDefault();
    const t = now();
    const result = validateStart({ sitter, interval, doseAt: parseDoseTime(doseTime, t), now: t });
    setErrors(result.ok ? {} : result.errors);
    if (!result.ok) return;
    // All four requests start inside this tap: browsers only allow them with a user gesture.
    void requestWakeLock();
    void unlockAudio();
    void requestNotifications();
    void requestPersistence();
    setBusy(true);
    try {
      const [protocolRec, contacts] = await Promise.all([
        readSetting(db, PROTOCOL),
        readSetting(db, CONTACTS),
      ]);
      const protocol = { ...effectiveProtocol(protocolRec), intervalMin: result.intervalMin };
      if (prep && !preDoseCheck(prep, protocol.preDoseBp).canContinue) {
        setSaveError(
          'The pre-dose blood pressure is above the provider’s limit and no approval is recorded. Go back to Prepare.',
        );
        return setBusy(false);
      }
      const people = {
        sitterName: sitter.trim(),
        ...(patient.trim() ? { patientName: patient.trim() } : {}),
      };
      await store.start(
        {
          id: newId(),
          createdAt: t,
          status: 'active',
          protocol,
          contacts: withEmergencyNumber(contacts, navigator.language),
          people,
          schemaVersion: DB_VERSION,
        },
        [
          {
            kind: 'session-started',
            data: { ...people, intervalMin: result.intervalMin, preAlert },
            at: t,
          },
          ...startEntries(prep, protocol, result.doseAt).map((entry) => ({ ...entry, at: t })),
        ],
      );
      // The preparation now lives in the log; the next session starts a new one.
      void writeSetting(db, PREP_DRAFT, EMPTY_PREP_DRAFT, t).catch(() => undefined);
      navigate(PATHS.session, { replace: true });
    } catch (err) {
      setSaveError(toStorageError(err).message);
      setBusy(false);
    }
  };

  return (
    <main aria-labelledby="start-heading">
      <ScreenHeading id="start-heading">Start a session</ScreenHeading>
      <p class="muted">
        Fill this in just before or after the dose. Sitwell then paces check-ins and keeps the log.
      </p>
      {prep && (
        <p class="banner ok">
          Your preparation (agreement, checklist, dose and blood pressure) is recorded in the log
          when you start.
        </p>
      )}
      <form onSubmit={(e) => void submit(e)} noValidate>
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
        <IntervalPicker value={interval} onChange={setInterval} error={errors.interval} />
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
