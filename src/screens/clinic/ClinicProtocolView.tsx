import { ProtocolEditor } from '../../components/before/ProtocolEditor';
import { KeyFingerprint } from '../../components/clinic/KeyFingerprint';
import { ProtocolSheet } from '../../components/clinic/ProtocolSheet';
import { ScreenHeading } from '../../components/common/ScreenHeading';
import type { ClinicLink } from '../../domain/protocol/clinic';
import { DEFAULT_PROTOCOL } from '../../domain/protocol/protocol';
import type { ClinicConsole } from '../../state/clinic-setup';

/** The protocol builder for this clinic: the protocol, the clinic, a link and a QR code. */
export function ClinicProtocolView({ c }: { c: ClinicConsole }) {
  const clinic: ClinicLink = {
    relay: location.origin,
    id: c.device.clinicId,
    name: c.device.name,
    publicKey: c.device.publicKey,
    fingerprint: c.device.fingerprint,
  };
  return (
    <main class="stack" aria-labelledby="cp-heading">
      <ScreenHeading id="cp-heading">Protocol link for a household</ScreenHeading>
      <p>
        Write the protocol as for any household. The link also names {c.device.name}, so the
        sitter’s Sitwell can share the session with this console once the sitter and the patient
        agree.
      </p>
      <KeyFingerprint name={c.device.name} fingerprint={c.device.fingerprint} />
      <ProtocolEditor
        initial={DEFAULT_PROTOCOL}
        clinic={clinic}
        renderMade={({ link }) => (
          <ProtocolSheet
            link={link}
            clinicName={c.device.name}
            fingerprint={c.device.fingerprint}
          />
        )}
      />
    </main>
  );
}
