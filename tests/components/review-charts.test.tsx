// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { SelfCheckChart } from '../../src/components/review/SelfCheckChart';
import { SeriesChart } from '../../src/components/review/SeriesChart';
import { SeriesTable } from '../../src/components/review/SeriesTable';
import { SessionTimeline } from '../../src/components/charts/SessionTimeline';
import { VitalsChart } from '../../src/components/charts/VitalsChart';
import { sessionDigest } from '../../src/domain/log/session-digest';
import { DEFAULT_PROTOCOL } from '../../src/domain/protocol/protocol';
import type { SelfCheck } from '../../src/domain/review/self-check';
import { seriesRows } from '../../src/domain/review/series';
import { sessionTimeline } from '../../src/domain/review/timeline';
import { vitalsSeries } from '../../src/domain/review/vitals-series';
import { T0, closingLog } from '../fixtures/closing-log';
import { reviewLog } from '../fixtures/review-log';

afterEach(cleanup);

/** The chart's description, as a screen reader hears it after the name. */
function description(img: HTMLElement): string {
  const id = img.getAttribute('aria-describedby') ?? '';
  return document.getElementById(id)?.textContent ?? '';
}

describe('SessionTimeline', () => {
  const t = sessionTimeline(reviewLog().entries, DEFAULT_PROTOCOL);

  it('is a named image with a sentence that tells the story', () => {
    render(<SessionTimeline timeline={t} />);
    const img = screen.getByRole('img', { name: 'Your session over time' });
    expect(img.getAttribute('viewBox')).toMatch(/^0 0 320 /);
    expect(img.getAttribute('width')).toBe('100%');
    expect(description(img)).toContain('You were deeply inward for about 45 minutes; Sam sat');
    expect(description(img)).toContain('Marks higher up mean you were more settled');
  });

  it('has the whole session as a table, the agreed words included', () => {
    render(<SessionTimeline timeline={t} />);
    const table = screen.getByRole('table');
    const text = table.textContent ?? '';
    for (const part of [
      'Dose taken',
      'Turned inward, deeply, until',
      'Grounding, until calm again',
      'Your sitter noted: Asked for the blanket',
      'You said: “Everything is made of light”',
      'Sitwell said: call your provider (Blood pressure is above the limit for the session.)',
      'Your provider called',
      'Check-in missed',
      'Ready to end',
    ])
      expect(text, part).toContain(part);
    expect(screen.getByText('Show the session as a list')).toBeTruthy();
  });

  it('draws a mark per check-in, classed by how settled they were, and a legend', () => {
    const { container } = render(<SessionTimeline timeline={t} />);
    const marks = [...container.querySelectorAll('svg.chart-svg circle.tl-mark')].map((c) =>
      c.getAttribute('class'),
    );
    expect(marks).toEqual([
      'tl-mark settled-4',
      'tl-mark settled-2',
      'tl-mark settled-4',
      'tl-mark settled-3',
      'tl-mark settled-none',
      'tl-mark settled-4',
      'tl-mark settled-4',
    ]);
    expect(container.querySelectorAll('.tl-inward')).toHaveLength(3);
    const legend = container.querySelector('.chart-legend')!;
    expect(within(legend as HTMLElement).getByText(/Turned inward/)).toBeTruthy();
  });
});

describe('VitalsChart', () => {
  const s = vitalsSeries(reviewLog().entries, DEFAULT_PROTOCOL);

  it('names the chart, explains the shading and lists every reading', () => {
    render(<VitalsChart series={s} from={T0} to={T0 + 130 * 60_000} />);
    const img = screen.getByRole('img', { name: 'Blood pressure and heart rate' });
    expect(description(img)).toContain('blood pressure above 160/100');
    const rows = within(screen.getByRole('table')).getAllByRole('row');
    expect(rows).toHaveLength(3); // a header and the two readings
    expect(screen.getByRole('table').textContent).toContain('168/96 (above the limit)');
    expect(img.querySelectorAll('.vc-over')).toHaveLength(1);
    expect(img.querySelectorAll('.vc-zone').length).toBeGreaterThanOrEqual(3);
  });

  it('says so when nothing was measured', () => {
    const none = vitalsSeries(closingLog().started(0).entries, DEFAULT_PROTOCOL);
    render(<VitalsChart series={none} from={T0} to={T0} />);
    expect(screen.getByText('No blood pressure or heart rate was recorded.')).toBeTruthy();
  });
});

function sessions(n: number) {
  return Array.from({ length: n }, (_, i) => {
    const m = i * 7 * 24 * 60;
    const entries = closingLog()
      .started(m)
      .add(m, 'patient-mood', { moment: 'before', score: (i * 3) % 11 })
      .dose(m + 1)
      .checkIn(m + 125)
      .add(m + 126, 'patient-mood', { moment: 'after', score: (i * 5) % 11 })
      .ended(m + 130).entries;
    return {
      record: { id: `s${i}`, createdAt: entries[0]!.at },
      digest: sessionDigest(entries, DEFAULT_PROTOCOL),
    };
  });
}

describe('SeriesChart and SeriesTable', () => {
  it('charts mood and time to ready with a table of the same values', () => {
    render(<SeriesChart rows={seriesRows(sessions(3))} />);
    const img = screen.getByRole('img', { name: 'Your sessions so far' });
    expect(description(img)).toMatch(/^3 sessions, in order/);
    expect(img.querySelectorAll('circle.sr-before')).toHaveLength(3);
    expect(img.querySelectorAll('rect.sr-after')).toHaveLength(3);
    expect(img.querySelectorAll('rect.sr-bar')).toHaveLength(3);
    const cells = within(screen.getByRole('table')).getAllByRole('row')[2]!.textContent;
    expect(cells).toBe('235124');
  });

  it('renders 50 sessions quickly and lists every one in the table', () => {
    const rows = seriesRows(sessions(50));
    const page = (
      <>
        <SeriesChart rows={rows} />
        <SeriesTable rows={rows} />
      </>
    );
    // How fast, is measured by `npm run bench` (bench-review.mjs) in a real browser.
    render(page);
    const region = screen.getByRole('region', { name: 'Your sessions, one row each' });
    expect(within(region).getAllByRole('row')).toHaveLength(51);
  });
});

describe('SelfCheckChart', () => {
  const phq = (id: string, day: number, item9: 0 | 1): SelfCheck => ({
    id,
    at: T0 + day * 86_400_000,
    tzOffset: 0,
    instrument: 'phq-9',
    answers: [2, 2, 1, 1, 1, 1, 1, 0, item9],
  });

  it('charts the scores on their bands, with a table', () => {
    render(
      <SelfCheckChart
        checks={[phq('a', 0, 0), phq('b', 7, 0)]}
        instrument="phq-9"
        emergencyNumber="911"
      />,
    );
    const img = screen.getByRole('img', { name: 'PHQ-9 scores over time' });
    expect(description(img)).toContain('Latest: 9 of 27, mild');
    expect(img.querySelectorAll('.sc-band')).toHaveLength(5);
    expect(screen.getByRole('table').textContent).toContain('Mild');
    expect(screen.queryByRole('link', { name: 'Call 988' })).toBeNull();
  });

  it('never shows an item-9 answer as just a number: the support links come with the chart', () => {
    render(
      <SelfCheckChart
        checks={[phq('a', 0, 0), phq('b', 7, 1)]}
        instrument="phq-9"
        emergencyNumber="112"
      />,
    );
    expect(screen.getByRole('link', { name: 'Call 988' }).getAttribute('href')).toBe('tel:988');
    expect(screen.getByRole('link', { name: 'Text 988' }).getAttribute('href')).toBe('sms:988');
    expect(screen.getByRole('link', { name: 'Call 112 (emergency)' }).getAttribute('href')).toBe(
      'tel:112',
    );
    expect(screen.getByRole('img').querySelectorAll('.sc-safety')).toHaveLength(1);
  });
});
