// One active tab: the tab that holds this Web Lock runs sessions and alarms; any other tab waits.
// A waiting tab may take over ("steal"), which releases the lock in the first tab, whose promise
// then rejects, so that tab stops too. Without navigator.locks (old browsers) every tab runs.

const LOCK_NAME = 'sitwell-active-tab';

/** What happened to this tab's claim. */
export type TabLockState = 'held' | 'elsewhere' | 'lost' | 'unsupported';

/**
 * Try to become the active tab; `steal` takes over from another tab. Calls `onChange` with each
 * state.
 */
export function claimTab(onChange: (s: TabLockState) => void, steal = false): void {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  if (!locks) {
    onChange('unsupported');
    return;
  }
  const hold = (): Promise<void> => {
    onChange('held');
    // Hold the lock for the life of the page.
    return new Promise<void>(() => undefined);
  };
  const options: LockOptions = steal ? { steal: true } : { ifAvailable: true };
  locks
    .request(LOCK_NAME, options, (lock) => {
      if (lock) return hold();
      onChange('elsewhere');
      // Wait in line as well: when the other tab closes (or is still closing as this one opens,
      // a quick reopen), this one carries on by itself.
      locks.request(LOCK_NAME, hold).catch(() => onChange('lost'));
      return undefined;
    })
    .catch(() => onChange('lost'));
}
