import type { Protocol } from '../protocol/protocol';
import { clockMadeMissed } from './clock-changes';
import { applyCorrections } from './corrections';
import { DIGEST_VERSION, type SessionDigest, type TierCounts } from './digest-check';
import { isKind, type AnyEntry, type Entry, type EntryData } from './entry';
import { bpReadings, doseAtOf, inSeqOrder, readyAtOf } from './log-queries';
import type { Comfort } from './observation';
import { foldSession } from './session-fold';

// A small summary of one ended session, stored on its record so the home list and the series view
// never read every entry of every session. Derived from the log alone; recomputed whenever
// DIGEST_VERSION changes (a stored digest with another version is treated as missing).

export {
  DIGEST_VERSION,
  isCurrentDigest,
  type SessionDigest,
  type TierCounts,
} from './digest-check';

const UPSET: ReadonlySet<Comfort> = new Set(['anxious', 'distressed', 'agitated']);

/** Distress episodes: a run opens when upset (or "very distressed"); a calm check-in closes it. */
export function countDistressEpisodes(entries: readonly Entry[]): number {
  let open = false;
  let count = 0;
  for (const e of entries as readonly AnyEntry[]) {
    const o = e.kind === 'check-in' ? e.data.observation : undefined;
    const upset =
      (o?.comfort !== undefined && UPSET.has(o.comfort)) ||
      (e.kind === 'situation-reported' && e.data.situation === 'very-distressed');
    if (upset && !open) count += 1;
    if (upset) open = true;
    else if (o && (o.comfort === 'calm' || o.resting === true)) open = false;
  }
  return count;
}

/** The dose as typed in preparation, e.g. "Ketamine 200 mg, oral". */
export function doseTextOf(d: EntryData['dose-recorded']): string | undefined {
  const what = [d.medication, d.amount].filter((s) => s?.trim()).join(' ');
  const text = [what, d.route?.trim()].filter(Boolean).join(', ');
  return text || undefined;
}

function highestBpOf(entries: readonly Entry[]): SessionDigest['highestBp'] {
  let best: SessionDigest['highestBp'];
  for (const r of bpReadings(entries)) {
    const higher =
      !best ||
      r.systolic > best.systolic ||
      (r.systolic === best.systolic && r.diastolic > best.diastolic);
    if (higher) best = { systolic: r.systolic, diastolic: r.diastolic, at: r.at };
  }
  return best;
}

function moodOf(entries: readonly Entry[], moment: 'before' | 'after'): number | undefined {
  const last = entries.findLast(
    (e): e is Entry<'patient-mood'> => isKind(e, 'patient-mood') && e.data.moment === moment,
  );
  return last?.data.score;
}

function tierCounts(entries: readonly Entry[]): TierCounts {
  const counts: TierCounts = { emergency: 0, 'call-provider': 0, support: 0 };
  for (const e of entries) if (isKind(e, 'escalation-shown')) counts[e.data.tier] += 1;
  return counts;
}

/** Digest a session's log; `protocol` is the one stored on the session (for the minimum time). */
export function sessionDigest(entries: readonly Entry[], protocol: Protocol): SessionDigest {
  const log = applyCorrections(inSeqOrder(entries)).entries;
  const fold = foldSession(log);
  const dose = log.findLast((e): e is Entry<'dose-recorded'> => isKind(e, 'dose-recorded'));
  const doseAt = doseAtOf(log);
  const readyAt =
    doseAt === undefined ? undefined : readyAtOf(log, doseAt, protocol.minMonitoringMin);
  const { startedAt, endedAt } = fold;
  return {
    v: DIGEST_VERSION,
    startedAt,
    endedAt,
    durationMs: startedAt !== undefined && endedAt !== undefined ? endedAt - startedAt : undefined,
    checkIns: fold.checkInCount,
    missed: fold.missedCount - clockMadeMissed(log).size,
    doseAt: dose?.data.doseAt,
    doseText: dose && doseTextOf(dose.data),
    doseToReadyMs: readyAt !== undefined && doseAt !== undefined ? readyAt - doseAt : undefined,
    highestBp: highestBpOf(log),
    distressEpisodes: countDistressEpisodes(log),
    moodBefore: moodOf(log, 'before'),
    moodAfter: moodOf(log, 'after'),
    patientName: fold.patientName || undefined,
    sitterName: fold.sitterName,
    escalations: tierCounts(log),
  };
}
