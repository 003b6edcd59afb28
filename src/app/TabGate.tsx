import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { claimTab, type TabLockState } from '../platform/tab-lock';

/** Runs the app only in the one active tab; other tabs say so and offer to take over. */
export function TabGate({ children }: { children: ComponentChildren }) {
  const [state, setState] = useState<TabLockState | 'checking'>('checking');
  useEffect(() => claimTab(setState), []);

  if (state === 'held' || state === 'unsupported') return <>{children}</>;
  if (state === 'checking')
    return (
      <p role="status" class="muted">
        Opening Sitwell…
      </p>
    );
  const lost = state === 'lost';
  return (
    <main class="stack" aria-labelledby="tab-heading">
      <h1 id="tab-heading">
        {lost ? 'Sitwell moved to another tab' : 'Sitwell is open in another tab'}
      </h1>
      <p>
        Only one tab runs the session and its alarms, so two timers never compete.
        {lost
          ? ' Another tab has taken over; this one has stopped.'
          : ' Switch to that tab, or use Sitwell here instead.'}
      </p>
      <button class="primary block" onClick={() => claimTab(setState, true)}>
        Use Sitwell in this tab
      </button>
    </main>
  );
}
