import { useEffect, useRef, useState } from 'preact/hooks';
import { startAlarmTone, stopAlarmTone, unlockAudio } from '../../platform/alarm-sound';
import { ChoiceGroup } from '../common/ChoiceGroup';

const TEST_MS = 3000;
const HEARD = ['yes', 'no'] as const;
const HEARD_LABEL = { yes: 'Yes, I heard it', no: 'No' } as const;

/** Step 7: play the check-in sound for a few seconds and ask whether it was heard. */
export function AlarmSoundCheck({
  heard,
  onHeard,
}: {
  heard: 'yes' | 'no' | undefined;
  onHeard: (h: 'yes' | 'no') => void;
}) {
  const [phase, setPhase] = useState<'idle' | 'playing' | 'played' | 'blocked'>('idle');
  const timer = useRef<ReturnType<typeof setTimeout>>();
  useEffect(
    () => () => {
      clearTimeout(timer.current);
      stopAlarmTone();
    },
    [],
  );

  const play = (): void => {
    // unlockAudio starts inside the tap: browsers allow sound only after one.
    void unlockAudio().then((ok) => {
      if (!ok) {
        setPhase('blocked');
        return;
      }
      startAlarmTone('due');
      setPhase('playing');
      clearTimeout(timer.current);
      timer.current = setTimeout(() => {
        stopAlarmTone();
        setPhase('played');
      }, TEST_MS);
    });
  };

  return (
    <>
      <p>
        This is the sound Sitwell plays when a check-in is due. Turn the volume up, then play it.
      </p>
      <button type="button" onClick={play} disabled={phase === 'playing'}>
        {phase === 'idle' ? 'Play the check-in sound' : 'Play it again'}
      </button>
      <p role="status" class="muted">
        {phase === 'playing' && 'Playing the check-in sound…'}
        {phase === 'blocked' &&
          'This browser did not allow sound. Tap Play again; if it still fails, check the ' +
            'browser’s sound settings for this site.'}
      </p>
      {(phase === 'played' || heard) && (
        <ChoiceGroup
          name="alarm-heard"
          legend="Did you hear it?"
          options={HEARD}
          labels={HEARD_LABEL}
          value={heard}
          onChange={onHeard}
        />
      )}
      {heard === 'no' && (
        <div class="banner warn">
          <p>Fix this before the dose, then play it again:</p>
          <ul>
            <li>Turn the media volume up (the volume buttons while Sitwell is open).</li>
            <li>Turn off the silent or ring switch, Do Not Disturb and Focus modes.</li>
            <li>Disconnect Bluetooth headphones or speakers, or keep them on you and turned up.</li>
          </ul>
        </div>
      )}
    </>
  );
}
