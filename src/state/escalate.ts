import { evaluate, recheckFor } from '../domain/escalation/evaluate';
import { routeFor, shownFor, type SafetyRoute } from '../domain/escalation/status';
import { now } from '../platform/clock';
import { navigate, PATHS } from '../platform/router';
import { useSessionStore } from './services';
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
 * Evaluate the rules against the entry just written; when any fire, append `escalation-shown` for the
 * most urgent tier and return where to go. Undefined when nothing fired or no session is running.
 */
export async function escalateLatest(store: SessionStore): Promise<SafetyRoute | undefined> {
  const session = store.snapshot.session;
  if (!session) return undefined;
  const t = now();
  const prompts = evaluate({
    entries: logWithPending(store.snapshot),
    protocol: session.protocol,
    now: t,
  });
  const shown = shownFor(prompts);
  if (!shown) return undefined;
  // Saved or kept as pending: either way the screen below reads the warning from the log.
  await store.append({ kind: 'escalation-shown', data: shown, at: t });
  const recheck = recheckFor(prompts, t);
  // The countdown shortens to the re-check, and says why.
  if (recheck) await store.append({ kind: 'recheck-scheduled', data: recheck, at: t });
  return routeFor(shown);
}

/**
 * Escalate, then open the warning's screen (or `fallback` when nothing fired). By default the form
 * the sitter just saved is replaced in history, so Back does not return to it.
 */
export async function escalateAndRoute(
  store: SessionStore,
  fallback: string = PATHS.session,
  replace = true,
): Promise<void> {
  const route = await escalateLatest(store);
  navigate(route ? PATH_OF[route] : fallback, { replace });
}

/** `escalateAndRoute` bound to this tab's session store, for screens. */
export function useEscalate(): (fallback?: string, replace?: boolean) => Promise<void> {
  const store = useSessionStore();
  return (fallback, replace) => escalateAndRoute(store, fallback, replace);
}
