import type { SettingSpec } from './settings';

// The clinic console's settings records, apart from the app's (app-settings.ts) so the sitter's
// first screen does not carry them. Each parse is defensive, as there.

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** This device's place in a clinic on the relay: ids, its token, and the clinic's public key. */
export interface ClinicDevice {
  clinicId: string;
  deviceId: string;
  deviceToken: string;
  name: string;
  publicKey: string;
  fingerprint: string;
  registeredAt: number;
}

const CLINIC_DEVICE_FIELDS = ['clinicId', 'deviceId', 'deviceToken', 'name', 'publicKey'] as const;

/** The clinic console's registration; none (null) until the clinic is set up on this device. */
export const CLINIC_DEVICE: SettingSpec<ClinicDevice | null> = {
  key: 'clinic-device',
  version: 1,
  fallback: null,
  parse: (v, version) => {
    if (version !== 1 || !isRecord(v)) return undefined;
    if (!CLINIC_DEVICE_FIELDS.every((k) => typeof v[k] === 'string' && v[k] !== ''))
      return undefined;
    if (typeof v.fingerprint !== 'string' || typeof v.registeredAt !== 'number') return undefined;
    return v as unknown as ClinicDevice;
  },
};

/** A received record's place in the clinic's inbox. */
export type Triage = 'to-review' | 'reviewed';

/** The inbox's triage by received-record id (a record not listed is still to review). */
export const CLINIC_TRIAGE: SettingSpec<Record<string, Triage>> = {
  key: 'clinic-triage',
  version: 1,
  fallback: {},
  parse: (v) => {
    if (!isRecord(v)) return undefined;
    const out: Record<string, Triage> = {};
    for (const [id, t] of Object.entries(v)) if (t === 'to-review' || t === 'reviewed') out[id] = t;
    return out;
  },
};

/** A final record that arrived but failed verification: kept apart, with the reason. */
export interface RefusedRecord {
  sessionId: string;
  reason: string;
  arrivedAt: number;
}

/** Records refused by the verifier (not kept as received records), newest last. */
export const CLINIC_REFUSED: SettingSpec<RefusedRecord[]> = {
  key: 'clinic-refused',
  version: 1,
  fallback: [],
  parse: (v) =>
    Array.isArray(v)
      ? v.filter(
          (r): r is RefusedRecord =>
            isRecord(r) &&
            typeof r.sessionId === 'string' &&
            typeof r.reason === 'string' &&
            typeof r.arrivedAt === 'number',
        )
      : undefined,
};
