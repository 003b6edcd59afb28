import { evaluate, recheckFor, type Prompt } from '../domain/escalation/evaluate';
import { routeFor, shownFor, type SafetyRoute } from '../domain/escalation/status';
import { applyCorrections } from '../domain/log/corrections';
import { now } from '../platform/clock';
import { currentPath, navigate, PATHS } from '../platform/router';
import { logWithPending, type SessionStore } from './session-store';

// The one escalation step, run right after every check-in, vitals entry and "Something's wrong"
// answer is written: judge the latest of them, log the warning shown, and open its screen.

const PATH_OF: Record<SafetyRoute, string> = {
  emergency: PATHS.emergency,
  'bp-check': PATHS.bpCheck,
  provider: PATHS.provider,
  grounding: PATHS.grounding,
  session: PATHS.session,
};

/**
 * Evaluate the rules against the entry just written; when any fire, append `escalation-shown` for
 * the most urgent tier and return where to go. Undefined when nothing fired or no session is
 * running.
 */
export async function escalateLatest(store: SessionStore): Promise<SafetyRoute | undefined> {
  const session = store.snapshot.session;
  if (!session) return undefined;
  const t = now();
  const prompts = evaluate({
    // The rules judge corrected values: a corrected reading counts as corrected.
    entries: applyCorrections(logWithPending(store.snapshot)).entries,
    protocol: session.protocol,
    now: t,
  });
  return recordPrompts(store, prompts, t);
}

/**
 * Log what the prompts ask for (the most urgent tier shown, and a re-check if any asks) and
 * return the screen to open; undefined when nothing fired.
 */
export async function recordPrompts(
  store: SessionStore,
  prompts: readonly Prompt[],
  t: number,
): Promise<SafetyRoute | undefined> {
  const shown = shownFor(prompts);
  if (!shown) return undefined;
  // Saved or kept as pending: either way the screen below reads the warning from the log.
  await store.append({ kind: 'escalation-shown', data: shown, at: t });
  const recheck = recheckFor(prompts, t);
  // The countdown shortens to the re-check, and says why.
  if (recheck) await store.append({ kind: 'recheck-scheduled', data: recheck, at: t });
  return routeFor(shown);
}

/** The path of a safety screen. */
export function pathOf(route: SafetyRoute): string {
  return PATH_OF[route];
}

/**
 * Write what the sitter just answered, escalate, then open the warning's screen (or `fallback` when
 * nothing fired). By default the form just saved is replaced in history, so Back does not return
 * to it. A warning always opens; the fallback does not when the sitter has moved on while the write
 * was finishing (a tap on "End session" just after saving a reading must not be undone).
 */
export async function escalateAfter(
  store: SessionStore,
  write: () => Promise<unknown>,
  fallback: string = PATHS.session,
  replace = true,
): Promise<void> {
  const from = currentPath();
  await write();
  const route = await escalateLatest(store);
  if (route) navigate(PATH_OF[route], { replace });
  else if (currentPath() === from) navigate(fallback, { replace });
}
