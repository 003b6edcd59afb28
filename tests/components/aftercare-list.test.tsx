// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { AftercareList } from '../../src/components/after/AftercareList';

afterEach(cleanup);

// The aftercare card on dark thoughts offers the same crisis links as the self-check's safety
// response (one component), with the emergency number the session confirmed.
describe('AftercareList', () => {
  it('puts call and text 988 and the emergency number under dark thoughts', () => {
    render(<AftercareList emergencyNumber="112" provider={{ name: 'Dr Lee', phone: '' }} />);
    const card = screen.getByRole('heading', {
      name: 'If dark or suicidal thoughts come',
    }).parentElement!;
    const links = within(card).getAllByRole('link');
    expect(links.map((l) => [l.textContent, l.getAttribute('href')])).toEqual([
      ['Call 988', 'tel:988'],
      ['Text 988', 'sms:988'],
      ['Call 112 (emergency)', 'tel:112'],
    ]);
  });
});
