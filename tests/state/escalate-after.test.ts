// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { navigate, PATHS } from '../../src/platform/router';
import { escalateAfter } from '../../src/state/escalate';
import { escalationLog, mins } from '../fixtures/escalation-log';
import { fakeStore } from '../fixtures/fake-session-store';

// After a save, the escalation step opens a warning or goes back to its fallback screen; a tap
// elsewhere while the save was finishing must not be undone by that fallback.

const calm = escalationLog().checkIn(mins(15), {
  resting: true,
  breathing: 'normal',
  comfort: 'calm',
}).entries;

beforeEach(() => history.replaceState(null, '', PATHS.session));

describe('escalateAfter', () => {
  it('goes to the fallback when nothing fired and the sitter stayed', async () => {
    history.replaceState(null, '', PATHS.checkIn);
    const { store } = fakeStore(calm);
    await escalateAfter(store, async () => undefined, PATHS.session);
    expect(location.pathname).toBe(PATHS.session);
  });

  it('leaves the sitter where they went while the write was finishing', async () => {
    const { store } = fakeStore(calm);
    await escalateAfter(
      store,
      async () => {
        // "End session" tapped while the reading was being saved.
        navigate(PATHS.end);
      },
      PATHS.session,
      false,
    );
    expect(location.pathname).toBe(PATHS.end);
  });

  it('still opens a warning the write raised, wherever the sitter went', async () => {
    const { store } = fakeStore(
      escalationLog().dose(mins(0)).checkIn(mins(15), { responsiveness: 'none' }).entries,
    );
    await escalateAfter(store, async () => navigate(PATHS.end), PATHS.session);
    expect(location.pathname).toBe(PATHS.emergency);
  });
});
