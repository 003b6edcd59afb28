// Recognising a protocol link (`#protocol=…`) without its parser: the router asks this on every
// load, and the parser (with its schema library) is loaded only by the protocol screen.

/** The fragment parameter that carries a protocol. */
export const PROTOCOL_FRAGMENT_KEY = 'protocol';

/** The `protocol` parameter of a fragment such as `location.hash`, or null when there is none. */
export function protocolParameter(hash: string): string | null {
  return new URLSearchParams(hash.replace(/^#/, '')).get(PROTOCOL_FRAGMENT_KEY);
}

/**
 * Whether a fragment such as `location.hash` is a protocol link: it has a `protocol` parameter,
 * even an empty one (`#protocol`, `#protocol=`), which must be reported rather than ignored.
 */
export function isProtocolFragment(hash: string): boolean {
  return protocolParameter(hash) !== null;
}
