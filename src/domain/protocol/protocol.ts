import type { ClinicLink } from './clinic';

// The provider’s plan: everything about monitoring that may vary by patient. Defaults are
// conservative, labelled as defaults in the UI, and a provider’s values replace them field by
// field.

/** A blood-pressure limit in mmHg: exceeded when either number is above its limit. */
export interface BpLimit {
  systolic: number;
  diastolic: number;
}

/** The provider's protocol: everything that may vary by patient. */
export interface Protocol {
  /** Minutes between check-ins, 5–15 [seed interview: every 10–15 min; MB-help: 15]. */
  intervalMin: number;
  /** Minimum monitoring after the dose, minutes, 120 or more [SPR-hcp, FDA-REMS: at least 2 h]. */
  minMonitoringMin: number;
  /** Pre-dose limit [SPR-label: 140/90 general guide; AccelPsych]. */
  preDoseBp: BpLimit;
  /**
   * Limit for the closing reading [SPR-hcp, FDA-REMS]; when the provider sets none, the pre-dose
   * limit applies (the patient should be back where dosing was judged safe).
   */
  closingBp?: BpLimit;
  /** In-session limit above which the sitter calls the provider (Sitwell default, conservative). */
  sessionBp: BpLimit;
  /** Heart-rate range; outside it the sitter calls the provider (Sitwell default). */
  heartRate: { min: number; max: number };
  /** Oxygen saturation below this is an emergency, % (Sitwell default 90). */
  spo2Min: number;
  /** Planned BP re-checks, minutes after the dose [SPR-hcp: about 40 min]. */
  bpRecheckMin: number[];
  /** Whether a BP reading is planned before ending [SPR-hcp, FDA-REMS]. */
  bpBeforeEnd: boolean;
  /** Free-text instructions from the provider. */
  instructions: string;
  /** Provider contact given with the protocol. */
  providerName: string;
  providerPhone: string;
}

/**
 * Conservative defaults, each shown in the UI as a default; defaults-basis.ts says which have no
 * published source.
 */
export const DEFAULT_PROTOCOL: Protocol = {
  intervalMin: 15,
  minMonitoringMin: 120,
  preDoseBp: { systolic: 140, diastolic: 90 },
  sessionBp: { systolic: 160, diastolic: 100 },
  heartRate: { min: 50, max: 120 },
  spo2Min: 90,
  bpRecheckMin: [40],
  bpBeforeEnd: true,
  instructions: '',
  providerName: '',
  providerPhone: '',
};

/** The stored protocol: what the provider set (field by field) and when it was imported. */
export interface ProtocolRecord {
  values: Partial<Protocol>;
  /** Epoch ms of the import; absent when nothing came from a provider. */
  importedAt?: number;
  /** The clinic the protocol names for live oversight, checked again like the values. */
  clinic?: ClinicLink;
}

/**
 * The limit the closing blood pressure is judged against: the provider's, else the pre-dose one.
 */
export function closingLimit(p: Pick<Protocol, 'closingBp' | 'preDoseBp'>): BpLimit {
  return p.closingBp ?? p.preDoseBp;
}
