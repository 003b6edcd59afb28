import { ScreenHeading } from '../components/ScreenHeading';
import { navigate, PATHS } from '../platform/router';

/** Settings hub: contacts for the emergency card, the provider's protocol, and the rules' sources. */
export default function SettingsScreen() {
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
      <button class="block" onClick={() => history.back()}>
        Back
      </button>
    </main>
  );
}
