import { describe, expect, it } from 'vitest';
import {
  defaultEmergencyNumber,
  isDialable,
  regionFromLocale,
  regionFromTimeZone,
  regionOf,
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

describe('the region, not the language [CLIN-REVIEW]', () => {
  it.each([
    ['America/New_York', 'US'],
    ['America/Indiana/Indianapolis', 'US'],
    ['Pacific/Honolulu', 'US'],
    ['America/Toronto', 'CA'],
    ['America/Mexico_City', 'MX'],
    ['Europe/London', 'GB'],
    ['Australia/Sydney', 'AU'],
    ['Pacific/Auckland', 'NZ'],
    ['Asia/Tokyo', 'JP'],
  ])('time zone %s → %s', (zone, region) => {
    expect(regionFromTimeZone(zone)).toBe(region);
  });

  it('uses the locale region first, the time zone when the locale names none', () => {
    expect(regionOf({ locale: 'en', timeZone: 'Europe/London' })).toBe('GB');
    expect(regionOf({ locale: 'de', timeZone: 'Europe/Berlin' })).toBeUndefined();
    expect(defaultEmergencyNumber(regionOf({ locale: 'en', timeZone: 'Asia/Tokyo' }))).toBe('119');
    expect(
      defaultEmergencyNumber(regionOf({ locale: 'es', timeZone: 'America/Mexico_City' })),
    ).toBe('911');
  });
});

describe('tel: links for real formats [ITU-E123]', () => {
  it.each([
    ['+44 (0)20 7946 0000', 'tel:+442079460000'],
    ['+61 (0)2 9374 4000', 'tel:+61293744000'],
    ['+1 (555) 010-0123', 'tel:+15550100123'],
    ['(555) 010-0123', 'tel:5550100123'],
    ['020 7946 0000', 'tel:02079460000'],
    ['0044 20 7946 0000', 'tel:00442079460000'],
    ['+49 30 901820', 'tel:+4930901820'],
    ['999', 'tel:999'],
  ])('%s → %s', (typed, href) => {
    expect(telHref(typed)).toBe(href);
  });
});
