import { describe, expect, it } from 'vitest';
import {
  defaultEmergencyNumber,
  isDialable,
  regionFromLocale,
  telHref,
} from '../../../src/domain/contacts/emergency-number';

describe('defaultEmergencyNumber', () => {
  it.each([
    ['US', '911'],
    ['CA', '911'],
    ['GB', '999'],
    ['UK', '999'],
    ['AU', '000'],
    ['NZ', '111'],
    ['us', '911'],
    ['DE', '112'],
    ['FR', '112'],
    ['419', '112'],
    ['', '112'],
    [undefined, '112'],
  ])('%s → %s', (region, number) => {
    expect(defaultEmergencyNumber(region)).toBe(number);
  });
});

describe('regionFromLocale', () => {
  it.each([
    ['en-US', 'US'],
    ['en-GB', 'GB'],
    ['en_AU', 'AU'],
    ['zh-Hant-TW', 'TW'],
    ['fr-ca', 'CA'],
    ['es-419', '419'],
  ])('%s → %s', (locale, region) => {
    expect(regionFromLocale(locale)).toBe(region);
  });

  it.each(['en', 'de', '', 'not a locale!'])('%j names no region', (locale) => {
    expect(regionFromLocale(locale)).toBeUndefined();
  });
});

describe('isDialable', () => {
  it.each([
    '911',
    '000',
    '112',
    '+44 20 7946 0958',
    '(555) 123-4567',
    '555.123.4567',
    '+1-623-473-7433',
    ' 999 ',
  ])('%j is dialable', (phone) => expect(isDialable(phone)).toBe(true));

  it.each([
    '',
    '12',
    '+',
    '1+2345',
    '911a',
    '62-FIRESIDE',
    'tel:911',
    '123456789012345678901',
    '++44 1234',
    '#31#123',
  ])('%j is not', (phone) => expect(isDialable(phone)).toBe(false));

  it('accepts 3 and 20 digits, not 2 or 21', () => {
    expect(isDialable('1'.repeat(3))).toBe(true);
    expect(isDialable('1'.repeat(20))).toBe(true);
    expect(isDialable('1'.repeat(2))).toBe(false);
    expect(isDialable('1'.repeat(21))).toBe(false);
  });
});

describe('telHref', () => {
  it.each([
    ['911', 'tel:911'],
    ['+44 20 7946 0958', 'tel:+442079460958'],
    ['(555) 123-4567', 'tel:5551234567'],
    [' 000 ', 'tel:000'],
  ])('%j → %s', (phone, href) => {
    expect(telHref(phone)).toBe(href);
  });

  it('gives nothing for a number that cannot be dialled', () => {
    expect(telHref('call me')).toBeUndefined();
    expect(telHref('')).toBeUndefined();
  });
});
