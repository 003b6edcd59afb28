import { describe, expect, it } from 'vitest';
import { reminderLabel } from '../../../src/domain/check-in/reminders';
import {
  formFromProtocol,
  protocolFileFromForm,
  protocolValueText,
} from '../../../src/domain/protocol/display';
import { DEFAULT_PROTOCOL, type Protocol } from '../../../src/domain/protocol/protocol';
import { validateProtocolValue } from '../../../src/domain/protocol/validation';

const KEYS = Object.keys(DEFAULT_PROTOCOL) as (keyof Protocol)[];

describe('protocolValueText', () => {
  it('puts every default in words', () => {
    expect(
      Object.fromEntries(KEYS.map((k) => [k, protocolValueText(k, DEFAULT_PROTOCOL)])),
    ).toEqual({
      intervalMin: 'Every 15 min',
      minMonitoringMin: '120 min after the dose',
      preDoseBp: 'Above 140/90 mmHg',
      sessionBp: 'Above 160/100 mmHg',
      heartRate: '50 to 120 beats per minute',
      spo2Min: 'Below 90 %',
      bpRecheckMin: '40 min after the dose',
      bpBeforeEnd: 'Yes, a reading before ending',
      instructions: 'None',
      providerName: 'None',
      providerPhone: 'None',
    });
  });

  it('says when nothing is planned and is empty for a value not set', () => {
    expect(protocolValueText('bpRecheckMin', { bpRecheckMin: [] })).toBe('None planned');
    expect(protocolValueText('bpBeforeEnd', { bpBeforeEnd: false })).toBe('Not required');
    expect(protocolValueText('intervalMin', {})).toBe('');
  });
});

describe('the provider form', () => {
  it('round-trips a protocol through the same validation as an imported file', () => {
    const protocol: Protocol = {
      ...DEFAULT_PROTOCOL,
      intervalMin: 12,
      bpRecheckMin: [40, 90],
      providerName: 'Dr Lee',
      providerPhone: '+1 555 0100',
      instructions: 'Call me if the top number passes 160.',
    };
    const result = validateProtocolValue(
      protocolFileFromForm({ ...formFromProtocol(protocol), issuedBy: ' Clinic ' }, '2026-11-21'),
    );
    expect(result).toEqual({
      ok: true,
      values: protocol,
      issuedBy: 'Clinic',
      issuedAt: '2026-11-21',
    });
  });

  it('leaves empty text out, so the default applies, and reads a list of re-checks', () => {
    const form = {
      ...formFromProtocol(DEFAULT_PROTOCOL),
      bpRecheckMin: '30; 60 ,90',
      instructions: '   ',
    };
    const file = protocolFileFromForm(form, '2026-11-21') as { protocol: Record<string, unknown> };
    expect(file.protocol.bpRecheckMin).toEqual([30, 60, 90]);
    expect(file.protocol).not.toHaveProperty('instructions');
    expect(file).not.toHaveProperty('issuedBy');
  });

  it('names what was typed when it is not a number in range', () => {
    const form = { ...formFromProtocol(DEFAULT_PROTOCOL), intervalMin: 'ten', spo2Min: '99' };
    const result = validateProtocolValue(protocolFileFromForm(form, '2026-11-21'));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.message)).toEqual([
      'Check-in interval: got "ten", must be a whole number of minutes from 5 to 15.',
      'Lowest oxygen saturation: got 99, must be a whole number from 80 to 98 percent.',
    ]);
  });
});

describe('reminderLabel', () => {
  it('names a blood-pressure re-check by its minutes and keeps unknown ids', () => {
    expect(reminderLabel('bp-40')).toBe('blood-pressure re-check at 40 min');
    expect(reminderLabel('other')).toBe('other');
  });
});
