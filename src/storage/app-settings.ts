import { EMPTY_PREP_DRAFT, parsePrepDraft, type PrepDraft } from '../domain/before/prep-draft';
import { EMPTY_CONTACTS, type Contacts } from '../domain/contacts/contacts';
import { type ProtocolRecord } from '../domain/protocol/protocol';
import { parseLiveChoice, type LiveChoice } from '../domain/relay/consent';
import { NO_LOCK, parsePatientLock, type PatientLock } from '../domain/review/patient-lock';
import type { SettingSpec } from './settings';

// The app's settings records. Each parse is defensive: storage can hold an older or damaged shape.

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Contacts and emergency-card details. */
export const CONTACTS: SettingSpec<Contacts> = {
  key: 'contacts',
  version: 1,
  fallback: EMPTY_CONTACTS,
  parse: (v) => {
    if (!isRecord(v)) return undefined;
    const out = { ...EMPTY_CONTACTS };
    for (const k of Object.keys(out) as (keyof Contacts)[])
      if (typeof v[k] === 'string') out[k] = v[k] as string;
    return out;
  },
};

/** The provider's protocol as imported (validated again on import; here only its outer shape). */
export const PROTOCOL: SettingSpec<ProtocolRecord> = {
  key: 'protocol',
  version: 1,
  fallback: { values: {} },
  parse: (v) => (isRecord(v) && isRecord(v.values) ? (v as unknown as ProtocolRecord) : undefined),
};

/**
 * The preparation checklist in progress, saved on every change so it resumes after an interruption.
 */
export const PREP_DRAFT: SettingSpec<PrepDraft> = {
  key: 'prep-draft',
  version: 1,
  fallback: EMPTY_PREP_DRAFT,
  parse: (v) => parsePrepDraft(v),
};

/**
 * The optional patient lock: a PIN's salt, iteration count and derived hash (never the PIN) and/or
 * a device-unlock credential id. A damaged record reads as no lock.
 */
export const PATIENT_LOCK: SettingSpec<PatientLock> = {
  key: 'patient-lock',
  version: 1,
  fallback: NO_LOCK,
  parse: (v, version) => (version === 1 ? parsePatientLock(v) : undefined),
};

/**
 * The answer to sharing the next session live with the protocol's clinic (null: not asked yet);
 * given during preparation or on the start screen, logged when the session starts.
 */
export const LIVE_CONSENT: SettingSpec<LiveChoice | null> = {
  key: 'live-consent',
  version: 1,
  fallback: null,
  parse: (v) => (v === null ? null : parseLiveChoice(v)),
};
