// Durations and countdowns in the app's own short words ("2 h 05 min", "14:05").

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** A countdown as "14:05", "-2:10" when overdue, or "1:02:03" from an hour on. */
export function formatCountdown(ms: number): string {
  if (!Number.isFinite(ms)) return '--:--';
  // Round towards "more time left" before due and "less overdue" after, so 0:00 shows exactly at
  // due.
  const total = ms >= 0 ? Math.ceil(ms / 1000) : Math.floor(-ms / 1000);
  const sign = ms < 0 && total > 0 ? '-' : '';
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  return h > 0 ? `${sign}${h}:${pad2(m)}:${pad2(s)}` : `${sign}${m}:${pad2(s)}`;
}

/** A duration as "2 h 05 min", "14 min", or "40 s" under a minute; negative counts as 0. */
export function formatDuration(ms: number): string {
  const safe = Number.isFinite(ms) ? Math.max(0, ms) : 0;
  if (safe < 60_000) return `${Math.floor(safe / 1000)} s`;
  const minutes = Math.round(safe / 60_000);
  if (minutes < 60) return `${minutes} min`;
  return `${Math.floor(minutes / 60)} h ${pad2(minutes % 60)} min`;
}
