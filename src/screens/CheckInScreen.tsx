import { useState } from 'preact/hooks';
import { ChoiceGroup } from '../components/ChoiceGroup';
import { ScreenHeading } from '../components/ScreenHeading';
import { VitalsFields } from '../components/VitalsFields';
import { validateVitals, type RawVitals } from '../domain/check-in/vitals-validation';
import { needsResponsiveness } from '../domain/escalation/status';
import type { EntryData } from '../domain/log/entry';
import {
  BREATHING,
  BREATHING_LABEL,
  COMFORT,
  COMFORT_LABEL,
  NAUSEA,
  NAUSEA_LABEL,
  POSITION,
  POSITION_LABEL,
  RESPONSIVENESS,
  RESPONSIVENESS_LABEL,
  type Observation,
} from '../domain/log/observation';
import { unlockAudio } from '../platform/alarm-sound';
import { useNow } from '../platform/clock';
import { navigate, PATHS } from '../platform/router';
import { escalateAndRoute } from '../state/escalate';
import { useSessionStore } from '../state/services';
import { useActiveSession } from '../state/use-active-session';

/** Two taps when all is well; a short one-tap-per-question form when it is not. */
export default function CheckInScreen() {
  const store = useSessionStore();
  const view = useActiveSession(useNow(1000));
  const [obs, setObs] = useState<Observation>({});
  const [raw, setRaw] = useState<RawVitals>({});
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Partial<Record<keyof RawVitals, string>>>({});
  const [missingResponse, setMissingResponse] = useState(false);
  const alarming = view?.schedule?.phase === 'due' || view?.schedule?.phase === 'urgent';

  const save = async (data: EntryData['check-in']): Promise<void> => {
    void unlockAudio();
    await store.append({ kind: 'check-in', data });
    // Saved or kept as pending (shown with Retry): either way the sitter has checked in, and the
    // rules judge it at once; a warning opens its screen instead of the timer.
    await escalateAndRoute(store);
  };

  const submit = (e: Event): void => {
    e.preventDefault();
    if (needsResponsiveness(obs)) {
      setMissingResponse(true);
      document.querySelector<HTMLInputElement>('input[name="responsiveness"]')?.focus();
      return;
    }
    setMissingResponse(false);
    const v = validateVitals(raw);
    if (!v.ok) {
      setErrors(v.errors);
      document.getElementById(`vital-${Object.keys(v.errors)[0]}`)?.focus();
      return;
    }
    setErrors({});
    const hasVitals = Object.keys(v.vitals).length > 0;
    void save({
      observation: obs,
      ...(hasVitals ? { vitals: v.vitals } : {}),
      ...(note.trim() ? { note: note.trim() } : {}),
    });
  };

  const set =
    <K extends keyof Observation>(k: K) =>
    (value: Observation[K]) =>
      setObs((o) => ({ ...o, [k]: value }));

  return (
    <main aria-labelledby="checkin-heading">
      <ScreenHeading id="checkin-heading">Check-in</ScreenHeading>
      {alarming && (
        <p class="banner warn" role="status">
          The alarm keeps sounding until you save this check-in.
        </p>
      )}
      <button
        class="primary block"
        onClick={() =>
          void save({
            observation: { resting: true, breathing: 'normal', comfort: 'calm' },
            quick: true,
          })
        }
      >
        Resting, breathing normally
      </button>
      <h2>Or describe what you see</h2>
      <form onSubmit={submit} noValidate>
        <ChoiceGroup
          name="responsiveness"
          legend="Say their name. Do they respond?"
          options={RESPONSIVENESS}
          labels={RESPONSIVENESS_LABEL}
          value={obs.responsiveness}
          onChange={set('responsiveness')}
        />
        {missingResponse && needsResponsiveness(obs) && (
          <p class="banner error" role="alert">
            You chose “Vomited”: also answer “Say their name. Do they respond?”. Vomiting while not
            fully awake can be an emergency, so Sitwell needs to know.
          </p>
        )}
        <ChoiceGroup
          name="breathing"
          legend="Breathing (watch the chest)"
          options={BREATHING}
          labels={BREATHING_LABEL}
          value={obs.breathing}
          onChange={set('breathing')}
        />
        <ChoiceGroup
          name="comfort"
          legend="How settled are they?"
          options={COMFORT}
          labels={COMFORT_LABEL}
          value={obs.comfort}
          onChange={set('comfort')}
        />
        <ChoiceGroup
          name="position"
          legend="Position"
          options={POSITION}
          labels={POSITION_LABEL}
          value={obs.position}
          onChange={set('position')}
        />
        <ChoiceGroup
          name="nausea"
          legend="Nausea"
          options={NAUSEA}
          labels={NAUSEA_LABEL}
          value={obs.nausea}
          onChange={set('nausea')}
        />
        <VitalsFields
          raw={raw}
          errors={errors}
          onField={(k, v) => setRaw((r) => ({ ...r, [k]: v }))}
        />
        <div class="field">
          <label for="checkin-note">Note (optional)</label>
          <textarea
            id="checkin-note"
            value={note}
            onInput={(e) => setNote(e.currentTarget.value)}
          />
        </div>
        {Object.keys(errors).length > 0 && (
          <p class="banner error" role="alert">
            Some measurements can’t be right. Check the highlighted fields; everything else you
            entered is kept.
          </p>
        )}
        <div class="row">
          <button type="submit" class="primary">
            Save check-in
          </button>
          <button type="button" onClick={() => navigate(PATHS.session)}>
            Cancel
          </button>
        </div>
      </form>
    </main>
  );
}
