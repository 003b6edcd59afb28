import { preDoseCheck, startEntries } from '../domain/before/prep';
import { EMPTY_PREP_DRAFT, type PrepDraft } from '../domain/before/prep-draft';
import { withEmergencyNumber } from '../domain/contacts/contacts';
import { stripBidiControls, stripBidiControlsDeep } from '../domain/parse/bidi';
import { protocolInForce } from '../domain/protocol/stored';
import { now, sessionClock } from '../platform/clock';
import { newId } from '../platform/crypto';
import { deviceRegionHint } from '../platform/region';
import { DB_VERSION } from '../storage/db';
import { toStorageError } from '../storage/storage-error';
import { useServices } from './services';
import { readNamedSetting, saveNamedSetting } from './use-setting';

// The start tap's storage work: the protocol and contacts in force are snapshotted into the new
// session record, and the preparation is written to the log with the first entries.

/** What the start form collected (already validated). */
export interface StartRequest {
  sitterName: string;
  patientName?: string;
  intervalMin: number;
  doseAt: number;
  preAlert: boolean;
  /** The finished preparation, when there was one. */
  prep: PrepDraft | undefined;
}

/** Started, or the message to show (nothing was saved). */
export type StartOutcome = { ok: true } | { ok: false; message: string };

/** A function that starts a session; the session store then holds it. */
export function useStartSession(): (req: StartRequest) => Promise<StartOutcome> {
  const { db, store } = useServices();
  return async (req) => {
    // A new session starts from the device clock, whatever an earlier one had to correct.
    sessionClock.reset();
    const t = now();
    try {
      const [protocolRec, contacts] = await Promise.all([
        readNamedSetting(db, 'protocol'),
        readNamedSetting(db, 'contacts'),
      ]);
      // A stored protocol that fails today's checks is never run: the defaults apply instead.
      const protocol = { ...protocolInForce(protocolRec).protocol, intervalMin: req.intervalMin };
      if (req.prep && !preDoseCheck(req.prep, protocol.preDoseBp).canContinue) {
        return {
          ok: false,
          message:
            'The pre-dose blood pressure is above the provider’s limit and no approval is ' +
            'recorded. Go back to Prepare.',
        };
      }
      // Typed names lose bidirectional controls, which could make them display as other text.
      const sitterName = stripBidiControls(req.sitterName).trim();
      const patientName = stripBidiControls(req.patientName ?? '').trim();
      if (!sitterName)
        return {
          ok: false,
          message: 'Enter your name: it goes on the log as the person who monitored.',
        };
      const people = { sitterName, ...(patientName ? { patientName } : {}) };
      const record = {
        id: newId(),
        createdAt: t,
        status: 'active' as const,
        protocol,
        contacts: stripBidiControlsDeep(withEmergencyNumber(contacts, deviceRegionHint())),
        people,
        schemaVersion: DB_VERSION,
      };
      await store.start(record, [
        {
          kind: 'session-started',
          data: { ...people, intervalMin: req.intervalMin, preAlert: req.preAlert },
          at: t,
        },
        ...startEntries(req.prep, protocol, req.doseAt).map((entry) => ({ ...entry, at: t })),
      ]);
      // The preparation now lives in the log; the next session starts a new one.
      void saveNamedSetting(db, 'prepDraft', EMPTY_PREP_DRAFT);
      return { ok: true };
    } catch (err) {
      return { ok: false, message: toStorageError(err).message };
    }
  };
}
