import { preDoseCheck, startEntries } from '../domain/before/prep';
import { EMPTY_PREP_DRAFT, type PrepDraft } from '../domain/before/prep-draft';
import { withEmergencyNumber } from '../domain/contacts/contacts';
import { stripBidiControls, stripBidiControlsDeep } from '../domain/parse/bidi';
import { protocolInForce } from '../domain/protocol/stored';
import type { BpLimit } from '../domain/protocol/protocol';
import { requestNotifications } from '../platform/alarm-signals';
import { unlockAudio } from '../platform/alarm-sound';
import { now, sessionClock } from '../platform/clock';
import { newId, sha256Hex } from '../platform/crypto';
import { deviceRegionHint } from '../platform/region';
import { PATHS } from '../platform/router';
import { requestPersistence } from '../platform/storage-status';
import { requestWakeLock } from '../platform/wake-lock';
import type { LiveShare } from '../domain/log/session';
import type { ClinicLink } from '../domain/protocol/clinic';
import { clinicLinkProblem } from '../domain/relay/clinic-key';
import { choiceFor } from '../domain/relay/consent';
import type { SubscribeResult } from '../platform/push-subscribe';
import { DB_VERSION, type Db } from '../storage/db';
import type { NewEntry } from '../storage/entries';
import { saveLinkSubscription } from '../storage/outbox';
import { toStorageError } from '../storage/storage-error';
import { escalateLatest, pathOf } from './escalate';
import { useServices } from './services';
import { readNamedSetting, saveNamedSetting } from './use-setting';

// The start tap's storage work: the protocol and contacts in force are snapshotted into the new
// session record, and the preparation is written to the log with the first entries.

/** What the start form collected (already validated). */
export interface StartRequest {
  sitterName: string;
  patientName?: string;
  intervalMin: number;
  /** When the dose was taken; undefined when the session starts without a dose. */
  doseAt: number | undefined;
  preAlert: boolean;
  /** The finished preparation, when there was one. */
  prep: PrepDraft | undefined;
  /** The backup alarm's subscription, asked for inside the start tap (only when sharing live). */
  backupAlarm?: Promise<SubscribeResult> | undefined;
}

/** Started (with the safety screen the first entries call for), or the message to show. */
export type StartOutcome = { ok: true; path: string } | { ok: false; message: string };

/**
 * What the start tap asks the browser for; every request must start inside the tap, because
 * browsers only allow them with a user gesture.
 */
export function startTapRequests(): void {
  void requestWakeLock();
  void unlockAudio();
  void requestNotifications();
  void requestPersistence();
}

function refusal(prep: PrepDraft | undefined, limit: BpLimit, withoutDose: boolean) {
  const check = prep && preDoseCheck(prep, limit);
  // A reading too high to dose still starts a session without one: it is logged and watched.
  if (!check || check.canContinue || (withoutDose && check.state === 'do-not-dose')) return;
  return (
    'The pre-dose blood pressure is above the provider’s limit and no approval is recorded. ' +
    'Go back to Prepare.'
  );
}

/**
 * The live-sharing answer as the session starts: its log entry (when the protocol names a clinic
 * and an answer was given for it) and what is shared (only when agreed and the clinic can be used
 * from this app: its relay is this origin and its fingerprint belongs to its key).
 */
async function liveAtStart(
  db: Db,
  clinic: ClinicLink | undefined,
  t: number,
): Promise<{ entries: NewEntry[]; share?: LiveShare }> {
  const choice = choiceFor((await readNamedSetting(db, 'liveConsent')) ?? undefined, clinic);
  if (!clinic || !choice) return { entries: [] };
  const problem = await clinicLinkProblem(clinic, location.origin, sha256Hex);
  const agreed = choice.decision === 'agreed' && !problem;
  const { includePatientWords, includePatientEntries } = choice;
  const entry: NewEntry = {
    kind: 'live-link',
    data: {
      decision: agreed ? 'agreed' : 'declined',
      clinicId: clinic.id,
      clinicName: clinic.name,
      fingerprint: clinic.fingerprint,
      ...(agreed && { includePatientWords, includePatientEntries }),
    },
    at: t,
  };
  if (!agreed) return { entries: [entry] };
  return {
    entries: [entry],
    share: { clinic, includePatientWords, includePatientEntries, agreedAt: choice.at },
  };
}

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
      const inForce = protocolInForce(protocolRec);
      const protocol = { ...inForce.protocol, intervalMin: req.intervalMin };
      const live = await liveAtStart(db, inForce.clinic, t);
      const withoutDose = req.doseAt === undefined;
      const refused = refusal(req.prep, protocol.preDoseBp, withoutDose);
      if (refused) return { ok: false, message: refused };
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
        ...(live.share && { live: live.share }),
      };
      await store.start(record, [
        {
          kind: 'session-started',
          data: {
            ...people,
            intervalMin: req.intervalMin,
            preAlert: req.preAlert,
            ...(withoutDose && { withoutDose: true as const }),
          },
          at: t,
        },
        ...live.entries,
        ...startEntries(req.prep, protocol, req.doseAt).map((entry) => ({ ...entry, at: t })),
      ]);
      if (live.share) {
        // The subscription may come after the start; the sender hands it to the relay then.
        void req.backupAlarm?.then((r) =>
          saveLinkSubscription(
            db,
            record.id,
            r.ok ? { subscription: r.subscription } : { problem: r.message },
            now(),
          ),
        );
      }
      if (live.entries.length > 0) void saveNamedSetting(db, 'liveConsent', null);
      // The preparation now lives in the log; the next session starts a new one.
      void saveNamedSetting(db, 'prepDraft', EMPTY_PREP_DRAFT);
    } catch (err) {
      return { ok: false, message: toStorageError(err).message };
    }
    // The rules judge the reading taken before the dose, as they judge every reading; the
    // session has started whatever happens here, so a failure only keeps the timer screen.
    const route = await escalateLatest(store).catch(() => undefined);
    return { ok: true, path: route ? pathOf(route) : PATHS.session };
  };
}
