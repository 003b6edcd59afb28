// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { IntervalPicker } from '../../src/components/before/IntervalPicker';
import { ProtocolEditor } from '../../src/components/before/ProtocolEditor';
import { ProtocolValues } from '../../src/components/before/ProtocolValues';
import { DEFAULT_PROTOCOL } from '../../src/domain/protocol/protocol';
import SourcesScreen from '../../src/screens/SourcesScreen';

afterEach(cleanup);

const LABEL = 'Sitwell’s conservative default; the provider may change it';
const T0 = Date.UTC(2026, 10, 21, 9, 0);

/** The value and source text of one row of the values list, by its label. */
function rowText(label: string): string {
  const term = screen.getByText(label, { selector: 'dt' });
  return term.parentElement!.querySelector('dd')!.textContent!;
}

describe('IntervalPicker', () => {
  it('never offers more than 15 minutes, even when handed a longer interval', () => {
    for (const max of [undefined, 30]) {
      render(<IntervalPicker value="15" onChange={() => undefined} max={max} />);
      const radios = screen.getAllByRole('radio').map((r) => Number((r as HTMLInputElement).value));
      expect(Math.max(...radios)).toBe(15);
      const other = screen.getByLabelText('Or minutes (5–15)') as HTMLInputElement;
      expect(other.max).toBe('15');
      cleanup();
    }
  });
});

describe('ProtocolValues', () => {
  it('labels Sitwell’s unsourced defaults, and keeps “from the provider” for values set', () => {
    render(
      <ProtocolValues
        values={{ heartRate: { min: 45, max: 110 } }}
        importedAt={T0}
        label="In use"
      />,
    );
    expect(rowText('Blood-pressure limit during the session')).toBe(`Above 160/100 mmHg${LABEL}`);
    expect(rowText('Lowest oxygen saturation')).toBe(`Below 90 %${LABEL}`);
    expect(rowText('Heart-rate range')).toBe(
      '45 to 110 beats per minuteFrom the provider, imported Nov 21, 2026',
    );
    // A default with a DF source is not called Sitwell's own.
    expect(rowText('Check-in interval')).toBe('Every 15 minDefault');
  });
});

describe('ProtocolEditor', () => {
  it('marks a number left at an unsourced default, and stops once it is changed', () => {
    render(<ProtocolEditor initial={DEFAULT_PROTOCOL} onApply={() => undefined} />);
    const spo2 = screen.getByLabelText('Lowest oxygen saturation (%)');
    expect(spo2.getAttribute('aria-describedby')).toBe('pe-spo2Min-basis');
    expect(document.getElementById('pe-spo2Min-basis')!.textContent).toBe(`${LABEL}.`);
    expect(screen.getAllByText(`${LABEL}.`)).toHaveLength(5);
    fireEvent.input(spo2, { target: { value: '92' } });
    expect(spo2.hasAttribute('aria-describedby')).toBe(false);
    expect(screen.getAllByText(`${LABEL}.`)).toHaveLength(4);
  });

  it('does not call a value the provider set a default', () => {
    render(
      <ProtocolEditor
        initial={DEFAULT_PROTOCOL}
        providerSet={['sessionBp', 'heartRate', 'spo2Min']}
        onApply={() => undefined}
      />,
    );
    expect(screen.queryByText(`${LABEL}.`)).toBeNull();
  });

  it('refuses a 20-minute interval with the reason and its basis, and makes no link', () => {
    render(<ProtocolEditor initial={DEFAULT_PROTOCOL} onApply={() => undefined} />);
    fireEvent.input(screen.getByLabelText('Check-in interval (minutes, 5 to 15)'), {
      target: { value: '20' },
    });
    fireEvent.input(
      screen.getByLabelText(/^Minimum monitoring time \(minutes after the dose, at least 120\)$/),
      {
        target: { value: '60' },
      },
    );
    fireEvent.click(screen.getByRole('button', { name: 'Create link and file' }));
    const alert = screen.getByRole('alert');
    expect(within(alert).getByText(/^Nothing was created: 2 values need fixing/)).toBeTruthy();
    expect(alert.textContent).toContain(
      'Check-in interval: 20 minutes is longer than the 15 minutes programs require ' +
        '[seed interview, MB-help]; choose 15 or less.',
    );
    expect(alert.textContent).toContain(
      'Minimum monitoring time: 60 minutes is shorter than the 2 hours (120 minutes) Spravato ' +
        'monitoring requires [SPR-hcp, FDA-REMS]; choose 120 or more.',
    );
    expect(screen.queryByLabelText('Link to send')).toBeNull();
  });
});

describe('the rules page', () => {
  it('lists the protocol’s numbers: the limits with their sources, the unsourced defaults labelled', () => {
    render(<SourcesScreen />);
    const section = within(screen.getByRole('region', { name: 'The protocol’s numbers' }));
    const items = section.getAllByRole('listitem').filter((li) => li.querySelector('p'));
    const said = items.map((li) => li.querySelector('p')!.textContent);
    expect(said).toEqual([
      'Check-in interval: every 15 min by default. Programs check on the patient every 10 to 15 ' +
        'minutes (seed interview), so a protocol may not set more than 15; the sitter may choose ' +
        'a shorter interval.',
      'Minimum monitoring time: 120 min after the dose by default. Spravato monitoring lasts at ' +
        'least 2 hours, so a protocol may not set less than 120 minutes.',
      'Blood-pressure limit before dosing: above 140/90 mmHg by default, the esketamine label’s ' +
        'general guide; the provider may change it.',
      `Blood-pressure limit during the session: above 160/100 mmHg. ${LABEL}.`,
      `Heart-rate range: 50 to 120 beats per minute. ${LABEL}.`,
      `Lowest oxygen saturation: below 90 %. ${LABEL}.`,
    ]);
    expect(items[1]!.textContent).toContain('[SPR-hcp]');
    expect(items[1]!.textContent).toContain('[FDA-REMS]');
    expect(items[5]!.textContent).toContain('[SITWELL-DEFAULT]');
  });
});
