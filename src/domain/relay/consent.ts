import type { ClinicLink } from '../protocol/clinic';

// The sitter's and the patient's answer to sharing a session live with the protocol's clinic.
// It holds for that clinic and that key only: a new clinic or a new key asks again.

/** One answer, as kept between preparation and the start. */
export interface LiveChoice {
  decision: 'agreed' | 'declined';
  clinicId: string;
  fingerprint: string;
  includePatientWords: boolean;
  includePatientEntries: boolean;
  at: number;
}

/** The answer that applies to `clinic`; undefined when given for another clinic or key. */
export function choiceFor(
  choice: LiveChoice | undefined,
  clinic: ClinicLink | undefined,
): LiveChoice | undefined {
  if (!choice || !clinic) return undefined;
  return choice.clinicId === clinic.id && choice.fingerprint === clinic.fingerprint
    ? choice
    : undefined;
}

/** A stored answer read back defensively: undefined for anything that is not one. */
export function parseLiveChoice(v: unknown): LiveChoice | undefined {
  if (typeof v !== 'object' || v === null) return undefined;
  const c = v as Record<string, unknown>;
  const ok =
    (c.decision === 'agreed' || c.decision === 'declined') &&
    typeof c.clinicId === 'string' &&
    typeof c.fingerprint === 'string' &&
    typeof c.includePatientWords === 'boolean' &&
    typeof c.includePatientEntries === 'boolean' &&
    typeof c.at === 'number';
  return ok ? (c as unknown as LiveChoice) : undefined;
}
