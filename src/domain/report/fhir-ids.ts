// Stable ids for the resources of a FHIR bundle: the same record always gives the same bundle, so
// a provider's system can recognise a bundle it has already taken in.

/** 32 bits of FNV-1a over `text`, started from `seed`. */
function fnv1a(text: string, seed: number): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

const SEEDS = [0x811c9dc5, 0x050c5d1f, 0x2b992ddf, 0x6a09e667];

/**
 * A name-based UUID (RFC 9562 version 8, "custom") derived from `seed`: not a secret, just the
 * same every time for the same seed and all but certainly different for different seeds.
 */
export function derivedUuid(seed: string): string {
  const hex = SEEDS.map((s) => fnv1a(seed, s).toString(16).padStart(8, '0')).join('');
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return (
    `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-` +
    `${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`
  );
}

/** The `urn:uuid:` form used for fullUrl and references inside the bundle. */
export function urnOf(uuid: string): string {
  return `urn:uuid:${uuid}`;
}
