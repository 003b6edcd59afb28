// The figures at the end of `npm run torture` and the verdict; what became of each killed tap.
import { stats } from './bench-kit.mjs';

/** How many entries of each kind, most first. */
function kindCounts(entries) {
  const counts = {};
  for (const json of entries.values()) {
    const { kind } = JSON.parse(json);
    counts[kind] = (counts[kind] ?? 0) + 1;
  }
  return Object.entries(counts).sort((a, b) => b[1] - a[1]);
}

const TAP_KINDS = { 'check-in': 'quick check-in', form: 'check-in form', note: 'note' };

/** After a relaunch: was the entry of a killed tap stored, and had the app acknowledged it? */
export function tapOutcome(kill, stored, acked) {
  if (!kill.known) return;
  const kind = kill.kind === 'note' ? 'note' : 'check-in';
  const fresh = [...stored.values()]
    .map((json) => JSON.parse(json))
    .find((e) => e.kind === kind && !kill.known.has(e.id));
  kill.stored = fresh !== undefined;
  kill.acked = fresh !== undefined && acked.has(fresh.id);
  delete kill.known;
}

/** Prints the figures; returns true when the run passed. */
export function report(run, { version, seed, totalMs }) {
  const nearTaps = run.kills.filter((k) => k.gapMs !== undefined && k.gapMs <= 6);
  const byKind = (kind) => run.kills.filter((k) => k.kind === kind).length;
  const tapParts = Object.entries(TAP_KINDS)
    .map(([kind, label]) => `${nearTaps.filter((k) => k.kind === kind).length} ${label}`)
    .join(', ');
  const relaunch = run.relaunchMs.length ? stats(run.relaunchMs) : undefined;
  const secs = (ms) => `${(ms / 1000).toFixed(2)} s`;
  const row = (label, value) => console.log(`  ${label.padEnd(38)} ${value}`);

  console.log(`\nSitwell crash torture — Chromium ${version}, seed ${seed}`);
  row('kills (SIGKILL, whole process group)', String(run.kills.length));
  row('  within 0–6 ms of a tap', `${nearTaps.length} (${tapParts})`);
  row('  at random moments while saving', String(byKind('random')));
  row('  while the app was loading', String(byKind('loading')));
  const taps = run.kills.filter((k) => k.stored !== undefined);
  row(
    '  tapped entry on disk afterwards',
    `${taps.filter((k) => k.stored).length} of ${taps.length} ` +
      `(${taps.filter((k) => k.acked).length} acknowledged before the kill)`,
  );
  row('clock jumps while down (2–11 min)', String(run.clockJumps));
  row('entries acknowledged', String(run.acked.size));
  const kinds = kindCounts(run.seen)
    .map(([kind, n]) => `${n} ${kind}`)
    .join(', ');
  row('entries stored at the end', `${run.maxCount} (${kinds})`);
  row('entries lost', String(run.lost.size));
  row('chain failures', String(run.chainFailures));
  row('resumes', `${run.resumes}/${run.resumeTries}`);
  if (relaunch)
    row('relaunch to countdown', `p50 ${secs(relaunch.p50)}   p95 ${secs(relaunch.p95)}`);
  row('total time', secs(totalMs));
  if (run.pageErrors.length) {
    const unique = [...new Set(run.pageErrors)];
    row(
      'uncaught errors in the app',
      `${run.pageErrors.length}: ${unique.slice(0, 3).join(' | ')}`,
    );
  }
  const failures = [...run.failures];
  if (run.kills.length === 0) failures.push('no kill was made');
  if (run.acked.size === 0)
    failures.push(
      'no entry was acknowledged: is the app still setting the sitwell:entry-saved mark?',
    );
  if (failures.length === 0) {
    console.log('\nPASS: nothing acknowledged was lost, and every relaunch resumed a valid log.');
    return true;
  }
  console.log(`\nFAIL (${failures.length}):`);
  for (const f of failures) console.log(`  - ${f}`);
  return false;
}
