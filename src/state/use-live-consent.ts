import { useEffect, useMemo, useState } from 'preact/hooks';
import type { ClinicLink } from '../domain/protocol/clinic';
import { protocolInForce } from '../domain/protocol/stored';
import { clinicLinkProblem } from '../domain/relay/clinic-key';
import { choiceFor, type LiveChoice } from '../domain/relay/consent';
import { now } from '../platform/clock';
import { sha256Hex } from '../platform/crypto';
import { useSetting } from './use-setting';

// The live-sharing question for the next session: the clinic the protocol names, why it cannot
// be used from here (if so), and the answer given so far, kept until the session starts.

/** What the consent card needs. */
export interface LiveConsent {
  clinic: ClinicLink | undefined;
  choice: LiveChoice | undefined;
  problem: string | undefined;
  /** Keep an answer (undefined: ask again). */
  choose: (
    answer:
      Pick<LiveChoice, 'decision' | 'includePatientWords' | 'includePatientEntries'> | undefined,
  ) => void;
}

/** The live-sharing question for the next session. */
export function useLiveConsent(): LiveConsent {
  const protocol = useSetting('protocol').value;
  const setting = useSetting('liveConsent');
  const clinic = useMemo(
    () => (protocol ? protocolInForce(protocol).clinic : undefined),
    [protocol],
  );
  const [problem, setProblem] = useState<string>();
  useEffect(() => {
    setProblem(undefined);
    if (clinic) void clinicLinkProblem(clinic, location.origin, sha256Hex).then(setProblem);
  }, [clinic]);
  const choice = choiceFor(setting.value ?? undefined, clinic);
  const choose: LiveConsent['choose'] = (answer) => {
    if (!clinic) return;
    void setting.save(
      answer
        ? { ...answer, clinicId: clinic.id, fingerprint: clinic.fingerprint, at: now() }
        : null,
    );
  };
  return { clinic, choice, problem, choose };
}
