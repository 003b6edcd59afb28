// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { BackupAlarmNote } from '../../src/components/session/BackupAlarmNote';
import type { BackupAlarmSupport } from '../../src/platform/push-subscribe';

afterEach(cleanup);

// One calm explanation per state, and the same honest limit in every one.

const LIMIT = /needs a connection, and Focus or Do Not Disturb can silence it/;

describe('BackupAlarmNote', () => {
  it.each<[BackupAlarmSupport, RegExp]>([
    ['ready', /Starting the session turns it on/],
    ['needs-home-screen', /only reaches Sitwell opened from the Home Screen/],
    ['denied', /Notifications are turned off for Sitwell/],
    ['unsupported', /This browser cannot receive the backup alarm/],
  ])('explains "%s" and always says what the backup cannot do', (support, words) => {
    render(<BackupAlarmNote support={support} />);
    expect(screen.getByRole('region', { name: 'Backup alarm' })).toBeTruthy();
    expect(screen.getByText(words)).toBeTruthy();
    expect(screen.getByText(LIMIT)).toBeTruthy();
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('gives an iPhone the steps: Share, then Add to Home Screen', () => {
    render(<BackupAlarmNote support="needs-home-screen" />);
    const steps = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(steps[0]).toMatch(/^Tap Share/);
    expect(steps[1]).toMatch(/Add to Home Screen/);
  });

  it('says how to allow notifications again after a refusal', () => {
    render(<BackupAlarmNote support="denied" />);
    expect(screen.getByText(/allow notifications/)).toBeTruthy();
    expect(screen.getByText(/Settings, then Notifications, then Sitwell/)).toBeTruthy();
  });

  it('shows the reason a subscription did not happen', () => {
    render(<BackupAlarmNote support="ready" problem="Try again when you are online." />);
    expect(screen.getByRole('status').textContent).toBe('Try again when you are online.');
  });
});
