import { useRef, useState } from 'preact/hooks';
import { ChoiceGroup } from '../components/common/ChoiceGroup';
import { ScreenHeading } from '../components/common/ScreenHeading';
import { VitalsFields } from '../components/check-in/VitalsFields';
import { validateVitals, type RawVitals } from '../domain/check-in/vitals-validation';
import { quickCheckInAllowed } from '../domain/escalation/prompt-state';
import { isLifeThreateningAnswer } from '../domain/escalation/signs';
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
  SKIN,
  SKIN_LABEL,
  type Observation,
} from '../domain/log/observation';
import { unlockAudio } from '../platform/alarm-sound';
import { useNow } from '../platform/clock';
import { navigate, PATHS } from '../platform/router';
import { escalateAfter } from '../state/escalate';
import { useSessionStore } from '../state/services';
import { useActionId } from '../state/use-action-id';
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
  const [busy, setBusy] = useState(false);
  const saving = useRef(false);
  // One check-in per visit to this screen, however many taps reach Save or a quick answer.
  const actionId = useActionId();
  const alarming = view?.schedule?.phase === 'due' || view?.schedule?.phase === 'urgent';

  const quickAllowed = view ? quickCheckInAllowed(view.entries) : true;

  const save = async (data: EntryData['check-in']): Promise<void> => {
    // One save per check-in: a double tap or a second danger answer must not write (or judge)
    // twice. A ref, because two taps in one moment both see the state from before either.
    if (saving.current) return;
    saving.current = true;
    setBusy(true);
    void unlockAudio();
    // Saved or kept as pending (shown with Retry): either way the sitter has checked in, and the
    // rules judge it at once; a warning opens its screen instead of the timer.
    // From the closing screen's "Do a full check-in", the sitter goes back there.
    const then = new URLSearchParams(location.search).get('then');
    await escalateAfter(
      store,
      () => store.append({ kind: 'check-in', data, actionId }),
      then === 'end' ? PATHS.end : PATHS.session,
    );
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

  // A life-threatening answer is saved and escalated the moment it is tapped.
  const answer = (next: Observation): void => {
    setObs(next);
    if (!isLifeThreateningAnswer(next)) return;
    const v = validateVitals(raw);
    const vitals = v.ok && Object.keys(v.vitals).length > 0 ? { vitals: v.vitals } : {};
    void save({ observation: next, ...vitals, ...(note.trim() ? { note: note.trim() } : {}) });
  };
  const set =
    <K extends keyof Observation>(k: K) =>
    (value: Observation[K]) =>
      answer({ ...obs, [k]: value });

  return (
    <main aria-labelledby="checkin-heading">
      <ScreenHeading id="checkin-heading">Check-in</ScreenHeading>
      {alarming && (
        <p class="banner warn" role="status">
          The alarm keeps sounding until you save this check-in.
        </p>
      )}
      {quickAllowed ? (
        <>
          <button
            class="primary block"
            aria-describedby="quick-records"
            disabled={busy}
            onClick={() =>
              void save({
                observation: { resting: true, breathing: 'normal', comfort: 'calm' },
                quick: true,
              })
            }
          >
            Resting, breathing normally
          </button>
          {/* It never asks how they respond, and says so [MOAAS, SITWELL-DEFAULT]. */}
          <p id="quick-records" class="small muted">
            Records: resting, breathing normally, not roused (how they respond is not checked).
          </p>
        </>
      ) : (
        <p class="banner warn">
          After a warning, answer the questions below until they respond normally to their name.
        </p>
      )}
      <h2>{quickAllowed ? 'Or describe what you see' : 'What you see'}</h2>
      <p class="small muted">
        Answers marked as emergencies are saved as soon as you tap them, and the next steps open.
      </p>
      <form onSubmit={submit} noValidate>
        <ChoiceGroup
          name="responsiveness"
          legend="Say their name. Do they respond?"
          options={RESPONSIVENESS}
          labels={RESPONSIVENESS_LABEL}
          value={obs.responsiveness}
          onChange={set('responsiveness')}
          emergency={['none']}
        />
        {missingResponse && needsResponsiveness(obs) && (
          <p class="banner error" role="alert">
            You chose “Vomited”: also answer “Say their name. Do they respond?”. Vomiting while not
            fully awake can be an emergency, so Sitwell needs to know.
          </p>
        )}
        <ChoiceGroup
          name="breathing"
          legend="Breathing: watch the chest, listen for air, look at the lips"
          options={BREATHING}
          labels={BREATHING_LABEL}
          value={obs.breathing}
          onChange={set('breathing')}
          emergency={['pauses', 'none']}
        />
        <ChoiceGroup
          name="skin"
          legend="Lips and skin"
          options={SKIN}
          labels={SKIN_LABEL}
          value={obs.skin}
          onChange={set('skin')}
          emergency={['blue-grey']}
        />
        <button
          type="button"
          class="block something-wrong"
          aria-pressed={obs.seizure === true}
          onClick={() => answer({ ...obs, seizure: true })}
        >
          They are having, or just had, a seizure
        </button>
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
          onBreathCount={(n) => {
            // No breaths counted: saved at once and answered as "not breathing" (CPR)
            // [SITWELL-DEFAULT].
            if (n === 0) void save({ observation: obs, vitals: { respRate: 0 } });
          }}
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
          <button type="submit" class="primary" disabled={busy}>
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
