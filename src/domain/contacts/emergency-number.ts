// The emergency number to offer before the sitter has set one, and checks that a number can be
// dialled from a `tel:` link. The sitter can always change the number in the preparation.

// Regions whose number is not the international 112. 112 also works from mobiles in many of these
// places, but the local number is the one people know.
const NUMBERS: Readonly<Record<string, string>> = {
  US: '911',
  CA: '911',
  MX: '911',
  JP: '119',
  GB: '999',
  AU: '000',
  NZ: '111',
};

/** The usual emergency number for a region code (e.g. "US"); 112 where unknown. */
export function defaultEmergencyNumber(region: string | undefined): string {
  const code = region?.trim().toUpperCase();
  // "UK" is not an ISO region code, but people and some systems write it.
  const iso = code === 'UK' ? 'GB' : code;
  return (iso && NUMBERS[iso]) || '112';
}

/** The region of a BCP 47 locale such as "en-GB" or "en_AU"; undefined when it names none. */
export function regionFromLocale(locale: string): string | undefined {
  try {
    // Intl.Locale parses scripts and variants properly ("zh-Hant-TW"); underscores are common in
    // the wild.
    return new Intl.Locale(locale.trim().replace(/_/g, '-')).region?.toUpperCase();
  } catch {
    return undefined;
  }
}

/** Matches exactly the zones listed, each a path such as "America/Toronto" or "Indiana/.+". */
const zones = (...names: string[]): RegExp => new RegExp(`^(${names.join('|')})$`);
const america = (...cities: string[]): string[] => cities.map((c) => `America/${c}`);

// Time zones that name a region whose number is not 112 (the region is a fact about where the
// phone is, not about its language). Zones not listed fall back to 112.
const ZONE_REGION: readonly [RegExp, string][] = [
  [
    zones(
      ...america('Toronto', 'Vancouver', 'Edmonton', 'Winnipeg', 'Halifax', 'St_Johns', 'Regina'),
      ...america('Montreal'),
    ),
    'CA',
  ],
  [
    zones(
      ...america('Mexico_City', 'Cancun', 'Merida', 'Monterrey', 'Matamoros', 'Chihuahua'),
      ...america('Mazatlan', 'Tijuana', 'Hermosillo', 'Bahia_Banderas'),
    ),
    'MX',
  ],
  [
    zones(
      ...america('New_York', 'Chicago', 'Denver', 'Los_Angeles', 'Phoenix', 'Anchorage', 'Detroit'),
      ...america('Boise', 'Juneau', 'Adak', 'Nome', 'Indiana/.+', 'Kentucky/.+', 'North_Dakota/.+'),
      'Pacific/Honolulu',
      'US/.+',
    ),
    'US',
  ],
  [/^Europe\/(London|Belfast)$/, 'GB'],
  [/^Australia\/.+$/, 'AU'],
  [/^Pacific\/(Auckland|Chatham)$/, 'NZ'],
  [/^Asia\/Tokyo$/, 'JP'],
];

/** The region an IANA time zone points to, where it decides the emergency number. */
export function regionFromTimeZone(timeZone: string | undefined): string | undefined {
  if (!timeZone) return undefined;
  return ZONE_REGION.find(([re]) => re.test(timeZone))?.[1];
}

/** Where the phone is, as far as the browser says: the locale's region, else the time zone's. */
export interface RegionHint {
  locale: string;
  timeZone?: string;
}

/** The region from a hint (or a bare locale): the locale's region first, else the time zone's. */
export function regionOf(hint: RegionHint | string): string | undefined {
  const h = typeof hint === 'string' ? { locale: hint } : hint;
  return regionFromLocale(h.locale) ?? regionFromTimeZone(h.timeZone);
}

// Digits with an optional leading +, and only the separators people type in phone numbers.
const DIALABLE = /^\+?[\d\s\-.()]+$/;

/** Whether a phone number can be dialled: an optional leading +, separators, and 3–20 digits. */
export function isDialable(phone: string): boolean {
  const trimmed = phone.trim();
  if (!DIALABLE.test(trimmed)) return false;
  const digits = trimmed.replace(/\D/g, '').length;
  return digits >= 3 && digits <= 20;
}

/**
 * A clean `tel:` URL (digits and a leading + only); undefined when the number is not dialable. An
 * international number written with its trunk prefix, "+44 (0)20 …", is dialled without the 0
 * after the country code [ITU-E123].
 */
export function telHref(phone: string): string | undefined {
  if (!isDialable(phone)) return undefined;
  let trimmed = phone.trim();
  if (trimmed.startsWith('+')) trimmed = trimmed.replace(/\(\s*0\s*\)/g, '');
  return `tel:${trimmed.startsWith('+') ? '+' : ''}${trimmed.replace(/\D/g, '')}`;
}
