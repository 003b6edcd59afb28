// The clinic console's paths, kept out of the first screen's script (only its chunk needs them;
// the app's routes send every path starting /clinic to it).

/** Every clinic console path. */
export const CLINIC_PATHS = {
  board: '/clinic',
  alerts: '/clinic/alerts',
  protocol: '/clinic/protocol',
  inbox: '/clinic/inbox',
  /** Followed by a relay session id (see clinicSessionPath); a clinic push opens it. */
  session: '/clinic/session/',
} as const;

/** Whether a path is the clinic console's (the app's routes send every one to its screen). */
export function isClinicPath(path: string): boolean {
  return path === CLINIC_PATHS.board || path.startsWith(`${CLINIC_PATHS.board}/`);
}

/** One session of the clinic's board. */
export function clinicSessionPath(id: string): string {
  return CLINIC_PATHS.session + encodeURIComponent(id);
}
