// The emergency number to offer before the sitter has set one, and checks that a number can be
// dialled from a `tel:` link. The sitter can always change the number in the preparation.

// Regions whose number is not the international 112. 112 also works from mobiles in many of these
// places, but the local number is the one people know.
const NUMBERS: Readonly<Record<string, string>> = {
  US: '911',
  CA: '911',
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
    // Intl.Locale parses scripts and variants properly ("zh-Hant-TW"); underscores are common in the wild.
    return new Intl.Locale(locale.trim().replace(/_/g, '-')).region?.toUpperCase();
  } catch {
    return undefined;
  }
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

/** A clean `tel:` URL (digits and a leading + only); undefined when the number is not dialable. */
export function telHref(phone: string): string | undefined {
  if (!isDialable(phone)) return undefined;
  const trimmed = phone.trim();
  return `tel:${trimmed.startsWith('+') ? '+' : ''}${trimmed.replace(/\D/g, '')}`;
}
