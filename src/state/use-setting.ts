import { useEffect, useState } from 'preact/hooks';
import type { PrepDraft } from '../domain/before/prep-draft';
import type { Contacts } from '../domain/contacts/contacts';
import { stripBidiControlsDeep } from '../domain/parse/bidi';
import type { ProtocolRecord } from '../domain/protocol/protocol';
import type { PatientLock } from '../domain/review/patient-lock';
import { now } from '../platform/clock';
import type { LiveChoice } from '../domain/relay/consent';
import {
  CONTACTS,
  LIVE_CONSENT,
  PATIENT_LOCK,
  PREP_DRAFT,
  PROTOCOL,
} from '../storage/app-settings';
import { readSetting, writeSetting, type SettingSpec } from '../storage/settings';
import { toStorageError } from '../storage/storage-error';
import { useServices } from './services';

// One way to read and save a setting, with the storage error's message ready to show.

/** The values of the app's settings, by name. */
export interface SettingValues {
  contacts: Contacts;
  protocol: ProtocolRecord;
  prepDraft: PrepDraft;
  patientLock: PatientLock;
  liveConsent: LiveChoice | null;
}

/** A setting's name. */
export type SettingName = keyof SettingValues;

const SPECS: { [K in SettingName]: SettingSpec<SettingValues[K]> } = {
  contacts: CONTACTS,
  protocol: PROTOCOL,
  prepDraft: PREP_DRAFT,
  patientLock: PATIENT_LOCK,
  liveConsent: LIVE_CONSENT,
};

// Typed names and details lose bidirectional controls before they are kept (see parse/bidi.ts).
function cleaned<K extends SettingName>(name: K, value: SettingValues[K]): SettingValues[K] {
  return name === 'contacts' ? stripBidiControlsDeep(value) : value;
}

/** The outcome of a save: when it was saved, or the message to show. */
export type SaveResult = { ok: true; at: number } | { ok: false; message: string };

/** A setting as a screen uses it. */
export interface SettingState<T> {
  /** Undefined while loading, or when it could not be read (then `loadError` says why). */
  value: T | undefined;
  loadError: string | undefined;
  /** Save durably; the shown value changes only once saved. */
  save: (value: T) => Promise<SaveResult>;
}

/** Read a setting once (its default when missing or damaged). Rejects with a StorageError. */
export function readNamedSetting<K extends SettingName>(
  db: Parameters<typeof readSetting>[0],
  name: K,
): Promise<SettingValues[K]> {
  return readSetting(db, SPECS[name]);
}

/** Save a setting durably, reporting the outcome instead of throwing. */
export async function saveNamedSetting<K extends SettingName>(
  db: Parameters<typeof writeSetting>[0],
  name: K,
  value: SettingValues[K],
): Promise<SaveResult> {
  const at = now();
  try {
    await writeSetting(db, SPECS[name], cleaned(name, value), at);
    return { ok: true, at };
  } catch (err) {
    return { ok: false, message: toStorageError(err).message };
  }
}

/** A setting: read on first use, saved with `save`. */
export function useSetting<K extends SettingName>(name: K): SettingState<SettingValues[K]> {
  const { db } = useServices();
  const [value, setValue] = useState<SettingValues[K]>();
  const [loadError, setLoadError] = useState<string>();
  useEffect(() => {
    let live = true;
    readNamedSetting(db, name).then(
      (v) => live && setValue(() => v),
      (err: unknown) => live && setLoadError(toStorageError(err).message),
    );
    return () => {
      live = false;
    };
  }, [db, name]);
  const save = async (next: SettingValues[K]): Promise<SaveResult> => {
    const result = await saveNamedSetting(db, name, next);
    if (result.ok) setValue(() => cleaned(name, next));
    return result;
  };
  return { value, loadError, save };
}
