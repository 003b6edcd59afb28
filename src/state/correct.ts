import { evaluate } from '../domain/escalation/evaluate';
import { applyCorrections } from '../domain/log/corrections';
import type { CorrectionChange, Entry } from '../domain/log/entry';
import { now } from '../platform/clock';
import { navigate } from '../platform/router';
import { pathOf, recordPrompts } from './escalate';
import { useSessionStore } from './services';
import { logWithPending, type SessionStore } from './session-store';

// A correction is a new entry; the original stays. A corrected observation or reading is judged
// again by the rules, as if it had been recorded now: a typo that hid a danger must not stay
// silent.

/** Append a correction of `target`; judge the corrected values; resolves whether it was saved. */
export async function correctEntry(
  store: SessionStore,
  target: Entry,
  text: string,
  changes: CorrectionChange[],
): Promise<boolean> {
  const saved = await store.append({
    kind: 'correction',
    data: { targetSeq: target.seq, text, ...(changes.length > 0 ? { changes } : {}) },
  });
  if (changes.length === 0) return saved;
  const session = store.snapshot.session;
  if (!session) return saved;
  const corrected = applyCorrections(logWithPending(store.snapshot)).entries;
  const fixed = corrected.find((e) => e.seq === target.seq) as Entry<'check-in' | 'vitals'>;
  const data = fixed.data as {
    observation?: Entry<'check-in'>['data']['observation'];
    vitals?: Entry<'vitals'>['data']['vitals'];
  };
  const t = now();
  const prompts = evaluate({
    entries: corrected,
    protocol: session.protocol,
    now: t,
    current: {
      ...(data.observation ? { observation: data.observation } : {}),
      ...(data.vitals ? { vitals: data.vitals } : {}),
    },
  });
  const route = await recordPrompts(store, prompts, t);
  if (route && route !== 'session') navigate(pathOf(route));
  return saved;
}

/** `correctEntry` bound to this tab's session store, for screens. */
export function useCorrectEntry(): (
  target: Entry,
  text: string,
  changes: CorrectionChange[],
) => Promise<boolean> {
  const store = useSessionStore();
  return (target, text, changes) => correctEntry(store, target, text, changes);
}
