// Canonical JSON: the same value always serialises to the same string, whatever the key order,
// so an entry's hash depends only on its content.

/** A JSON value as stored in the log. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/**
 * Serialise with object keys sorted (code-unit order), no whitespace, undefined members dropped.
 */
export function canonicalJson(value: unknown): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      // NaN and Infinity have no JSON form; refusing them keeps a hash from silently covering
      // "null".
      if (!Number.isFinite(value)) throw new TypeError(`Cannot hash non-finite number ${value}`);
      return JSON.stringify(value);
    case 'string':
      return JSON.stringify(value);
    case 'object':
      return Array.isArray(value)
        ? canonicalArray(value)
        : canonicalObject(value as Record<string, unknown>);
    default:
      throw new TypeError(`Cannot hash a value of type ${typeof value}`);
  }
}

function canonicalArray(items: unknown[]): string {
  return `[${items.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
}

function canonicalObject(obj: Record<string, unknown>): string {
  const keys = Object.keys(obj)
    .filter((k) => obj[k] !== undefined)
    .sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(obj[k])}`).join(',')}}`;
}
