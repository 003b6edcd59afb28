import { ChoiceGroup } from '../components/common/ChoiceGroup';
import { DeviceKeyCard } from '../components/record/DeviceKeyCard';
import { ScreenHeading } from '../components/common/ScreenHeading';
import { useObservable } from '../lib/use-observable';
import { appearance, setAppearance, type Appearance } from '../platform/appearance';
import { goBack, navigate, PATHS } from '../platform/router';
import { useDeviceKeyFingerprint } from '../state/use-device-key';

const APPEARANCES = ['system', 'light', 'dark'] as const;
const APPEARANCE_LABEL: Record<Appearance, string> = {
  system: 'Like this device',
  light: 'Light',
  dark: 'Dark',
};

/**
 * Settings hub: contacts, the provider's protocol, the rules' sources, the patient's lock, how
 * daytime screens look, and this device's signing key.
 */
export default function SettingsScreen() {
  const choice = useObservable(appearance);
  const key = useDeviceKeyFingerprint();
  return (
    <main class="stack" aria-labelledby="settings-heading">
      <ScreenHeading id="settings-heading">Settings</ScreenHeading>
      <button class="block" onClick={() => navigate(PATHS.contacts)}>
        Contacts and emergency number
      </button>
      <button class="block" onClick={() => navigate(PATHS.protocol)}>
        Provider’s protocol
      </button>
      <button class="block" onClick={() => navigate(PATHS.sources)}>
        Safety rules and their sources
      </button>
      <button class="block" onClick={() => navigate(PATHS.privacy)}>
        The patient’s privacy (optional lock)
      </button>
      <ChoiceGroup
        name="appearance"
        legend="Daytime screens (the session itself stays dark)"
        options={APPEARANCES}
        labels={APPEARANCE_LABEL}
        value={choice}
        onChange={setAppearance}
      />
      <DeviceKeyCard fingerprint={key.fingerprint} error={key.error} />
      <button class="block" onClick={goBack}>
        Back
      </button>
    </main>
  );
}
