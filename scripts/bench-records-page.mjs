// Runs inside headless Chromium for scripts/bench-records.mjs: builds a 12-hour, 1,000-entry
// session with the app's own log code (chained, hash scheme v2), then times each export from the
// stored entries to the finished file, and the verification of the signed record. Bundled with
// Vite from the app's sources, so the figures are for the code the app ships.
import { EMPTY_CONTACTS } from '../src/domain/contacts/contacts';
import { DEFAULT_PROTOCOL } from '../src/domain/protocol/protocol';
import { buildSessionRecord } from '../src/domain/report/build-record';
import { serializeRecord } from '../src/domain/report/record-format';
import { verifyRecord } from '../src/domain/report/verify-record';
import { sha256Hex } from '../src/platform/crypto';
import { exportFile } from '../src/platform/export-file';
import { quickSha256Hex } from '../src/platform/quick-sha256';
import { generateSigningKeyPair, RECORD_VERIFY_DEPS, recordSigner } from '../src/platform/signing';
import { chainEntry } from '../src/storage/entries';
import { prng } from './prng.mjs';

const MIN = 60_000;
const HOUR = 60 * MIN;

/**
 * What a long session writes, `total` entries over 12 hours: preparation, the dose, a check-in
 * about every 15 minutes (quick ones, full ones with readings and notes), chimes and alarms, a few
 * missed check-ins, an escalation with the call to the provider, a correction, the patient's
 * words and their own entries, and the phone hidden and shown again; then the end.
 */
function sessionInputs(start, total) {
  const rand = prng(20260308);
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const between = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));
  const out = [];
  const add = (at, kind, data) => out.push({ at: Math.round(at), kind, data });
  const bp = () => ({ systolic: between(112, 148), diastolic: between(70, 94) });
  add(start, 'session-started', {
    sitterName: 'Alex',
    patientName: 'Sam',
    intervalMin: 15,
    preAlert: true,
  });
  add(start + 30_000, 'prep-completed', { answers: { touch: 'agreed', notes: 'agreed' } });
  add(start + 40_000, 'vitals', { vitals: bp(), context: 'pre-dose' });
  add(start + MIN, 'patient-intention', { text: 'Let go of the fear' });
  add(start + MIN, 'patient-mood', { moment: 'before', score: 4 });
  add(start + 3 * MIN, 'dose-recorded', { doseAt: start + 3 * MIN, medication: 'ketamine' });
  const end = start + 12 * HOUR;
  for (let due = start + 15 * MIN, n = 1; due < end - 10 * MIN; due += 15 * MIN, n++) {
    add(due - MIN, 'alarm-raised', { dueAt: due, level: 'pre' });
    if (n % 20 === 7) {
      add(due, 'alarm-raised', { dueAt: due, level: 'due' });
      add(due + 5 * MIN, 'check-in-missed', { dueAt: due, lateMs: 5 * MIN });
      continue;
    }
    const at = due - between(5, 55) * 1000;
    if (n % 2 === 1) {
      add(at, 'check-in', { observation: { resting: true, breathing: 'normal' }, quick: true });
      continue;
    }
    const observation = {
      responsiveness: pick(['normal', 'drowsy', 'drowsy', 'loud-voice']),
      breathing: pick(['normal', 'normal', 'slow-shallow']),
      comfort: pick(['calm', 'calm', 'restless', 'anxious']),
      position: pick(['side', 'back', 'sitting']),
      nausea: pick(['none', 'none', 'nauseous']),
    };
    const vitals = { ...bp(), heartRate: between(58, 96), spo2: between(94, 99) };
    add(at, 'check-in', { observation, vitals, ...(rand() < 0.3 && { note: 'Asked for water' }) });
    if (n === 10) {
      add(at + 20_000, 'escalation-shown', { ruleIds: ['session-bp-high'], tier: 'call-provider' });
      add(at + 4 * MIN, 'escalation-action', { action: 'called-provider', text: 'Re-check in 10' });
    }
    if (n === 12) add(at + MIN, 'correction', { targetSeq: 0, text: 'Breathing was slow' });
  }
  while (out.length < total - 2) {
    const at = between(start + 5 * MIN, end - 5 * MIN);
    const roll = rand();
    if (roll < 0.45) {
      const hiddenMs = between(5, 240) * 1000;
      add(at, 'app-hidden', {});
      add(at + hiddenMs, 'app-visible', { hiddenMs });
    } else if (roll < 0.7)
      add(at, 'vitals', { vitals: { heartRate: between(58, 96) }, context: 'other' });
    else if (roll < 0.85) add(at, 'patient-words', { text: `Said something, ${between(1, 99)}` });
    else add(at, 'note', { text: pick(['Lights down', 'Music changed', 'Sipped water']) });
  }
  out.length = total - 2;
  add(end - MIN, 'patient-reflection', { text: 'Calmer than I feared' });
  add(end, 'session-ended', {
    criteria: { 'min-time': true, responsive: true },
    reason: 'Recovered',
  });
  return out.sort((a, b) => a.at - b.at);
}

/** The chained log and the session, as storage holds them. */
async function storedSession(total) {
  const start = Date.UTC(2026, 2, 8, 19, 0, 0);
  const session = {
    id: crypto.randomUUID(),
    createdAt: start,
    status: 'ended',
    protocol: DEFAULT_PROTOCOL,
    contacts: { ...EMPTY_CONTACTS, emergencyNumber: '911', providerName: 'Dr Rivera' },
    people: { sitterName: 'Alex', patientName: 'Sam' },
    schemaVersion: 3,
  };
  const logCrypto = { sha256: sha256Hex, newId: () => crypto.randomUUID() };
  const entries = [];
  for (const input of sessionInputs(start, total)) {
    entries.push(await chainEntry(session.id, entries.at(-1), input, input.at, logCrypto));
  }
  return { session, entries, start };
}

/** Prepare the session and the device key; returns counts for the report. */
async function setUp(total) {
  const { session, entries, start } = await storedSession(total);
  const signer = await recordSigner(await generateSigningKeyPair());
  const input = { session, entries, appVersion: 'bench', now: start + 13 * HOUR, tzOffset: -300 };
  const doc = await buildSessionRecord(input, quickSha256Hex, signer);
  const text = serializeRecord(doc);
  const verdict = await verifyRecord(text, RECORD_VERIFY_DEPS);
  if (!verdict.ok)
    throw new Error(`the generated record does not verify: ${verdict.problem.message}`);
  globalThis.benchState = { input, signer, text };
  const hours = (entries.at(-1).at - entries[0].at) / HOUR;
  return { entries: entries.length, hours, bytes: text.length, withheld: verdict.withheld };
}

/** One export as the app makes it: the signed record from the stored entries, then the file. */
async function exportOnce(format) {
  const { input, signer } = globalThis.benchState;
  const doc = await buildSessionRecord(input, quickSha256Hex, signer);
  const file = await exportFile(doc, format, { paper: 'a4' });
  return typeof file.data === 'string' ? file.data.length : file.data.byteLength;
}

/** Time `runs` calls of one task; the first call is reported apart (cold code, lazy parts). */
async function time(task, runs) {
  const once = async () => {
    const t0 = performance.now();
    const ok =
      task === 'verify'
        ? (await verifyRecord(globalThis.benchState.text, RECORD_VERIFY_DEPS)).ok
        : (await exportOnce(task)) > 0;
    if (!ok) throw new Error(`${task} failed`);
    return performance.now() - t0;
  };
  const first = await once();
  const repeated = [];
  for (let i = 0; i < runs; i++) repeated.push(await once());
  return { first, repeated };
}

globalThis.SitwellRecordsBench = { setUp, time };
