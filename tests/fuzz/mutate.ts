import fc from 'fast-check';

// Mutations of a valid document for the fuzz tests: one place in it (found by walking the
// document) is removed, replaced by a hostile value, given an extra key, or duplicated.

/** A place in a document: object keys and list positions from the root. */
export type Path = (string | number)[];

/** One change to a document, and where it was made. */
export interface Mutation {
  path: Path;
  kind: 'remove' | 'replace' | 'add-key' | 'duplicate';
  value?: unknown;
  key?: string;
}

/** Every place in a JSON value below its root, parents before children. */
export function pathsOf(value: unknown, path: Path = []): Path[] {
  if (typeof value !== 'object' || value === null) return [];
  const keys: (string | number)[] = Array.isArray(value)
    ? value.map((_, i) => i)
    : Object.keys(value);
  return keys.flatMap((k) => {
    const child = (value as Record<string | number, unknown>)[k];
    return [[...path, k], ...pathsOf(child, [...path, k])];
  });
}

/** The value at a path, or undefined. */
export function at(value: unknown, path: Path): unknown {
  let v = value;
  for (const k of path) v = (v as Record<string | number, unknown> | undefined)?.[k];
  return v;
}

/** An own, plain property even for `__proto__` (assignment would set the prototype instead). */
function define(obj: object, key: string | number, value: unknown): void {
  Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
}

/** A deep copy of the document with the mutation made; the original is left alone. */
export function applyMutation<T>(doc: T, m: Mutation): T {
  const copy = structuredClone(doc);
  const parent = at(copy, m.path.slice(0, -1)) as Record<string | number, unknown>;
  const last = m.path.at(-1)!;
  const list = Array.isArray(parent) ? (parent as unknown[]) : undefined;
  if (m.kind === 'remove') {
    if (list) list.splice(last as number, 1);
    else delete parent[last];
  } else if (m.kind === 'replace') define(parent, last, m.value);
  else if (m.kind === 'duplicate') {
    if (list) list.splice(last as number, 0, structuredClone(list[last as number]));
    else define(parent, `${last}`.toUpperCase(), structuredClone(parent[last]));
  } else {
    const target = at(copy, m.path);
    if (typeof target === 'object' && target !== null && !Array.isArray(target))
      define(target, m.key!, m.value);
    else define(parent, last, { [m.key!]: m.value });
  }
  return copy;
}

/** The bidirectional controls the app must strip or show. */
export const BIDI_CHARS = [
  '\u202A',
  '\u202B',
  '\u202C',
  '\u202D',
  '\u202E',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '\u200E',
  '\u200F',
  '\u061C',
];

/** Whether a text holds any of them (written independently of the module under test). */
export const holdsBidi = (text: string): boolean => BIDI_CHARS.some((c) => text.includes(c));

/** The text as a refusal shows it: each bidirectional control as a code like "<U+202E>". */
export const asShown = (text: string): string =>
  BIDI_CHARS.reduce(
    (t, c) => t.split(c).join(`<U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}>`),
    text,
  );

/** A JSON value with its strings stripped of bidirectional controls, as the parsers give it. */
export function withoutBidi(value: unknown): unknown {
  if (typeof value === 'string') return BIDI_CHARS.reduce((t, c) => t.split(c).join(''), value);
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map(withoutBidi);
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withoutBidi(v)]));
}

/** A text with bidirectional controls spread through it. */
export const bidiText = fc
  .array(fc.oneof(fc.constantFrom(...BIDI_CHARS), fc.string({ maxLength: 4 })), {
    minLength: 1,
    maxLength: 8,
  })
  .map((parts) => parts.join('') + BIDI_CHARS[parts.length % BIDI_CHARS.length]);

// Nested lists, described briefly when a property fails (printing them in full would overflow).
const deepList = fc.integer({ min: 5, max: 5_000 }).map((n) => {
  const list = JSON.parse('['.repeat(n) + ']'.repeat(n)) as unknown[];
  return Object.defineProperty(list, fc.toStringMethod, { value: () => `<${n} nested lists>` });
});

/** Values a hostile or damaged file might hold where a valid value belongs. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    null,
    true,
    false,
    0,
    -1,
    -0,
    0.5,
    1e308,
    -1e308,
    2 ** 53 + 1,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    '',
    ' ',
    '15',
    'NaN',
    '__proto__',
    'constructor',
    [],
    {},
    [null],
    'x'.repeat(70_000),
    '😀'.repeat(3_000),
  ),
  fc.integer(),
  fc.double(),
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  fc.string({ unit: 'binary', maxLength: 60 }),
  bidiText,
  fc.jsonValue({ maxDepth: 3 }),
  deepList,
  fc.constant(Object.fromEntries([['__proto__', { polluted: true }]])),
);

/** Keys a hostile file might add. */
export const hostileKey = fc.oneof(
  fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', ''),
  fc.string({ maxLength: 12 }),
  bidiText,
);

/** One mutation at one of the given places. */
export function mutationOf(paths: readonly Path[]): fc.Arbitrary<Mutation> {
  const path = fc.constantFrom(...paths);
  return fc.oneof(
    path.map((p): Mutation => ({ path: p, kind: 'remove' })),
    fc.record({ path, kind: fc.constant('replace' as const), value: hostileValue }),
    fc.record({
      path,
      kind: fc.constant('add-key' as const),
      key: hostileKey,
      value: hostileValue,
    }),
    path.map((p): Mutation => ({ path: p, kind: 'duplicate' })),
  );
}

/** Where a mutation put something new or odd: the added key, the copy, or the changed place. */
export function placeOf(m: Mutation): Path {
  if (m.kind === 'add-key') return [...m.path, m.key!];
  const last = m.path.at(-1)!;
  if (m.kind === 'duplicate' && typeof last === 'string')
    return [...m.path.slice(0, -1), last.toUpperCase()];
  return m.path;
}

/** A path as the parsers write it: `protocol.heartRate.min`, `entries[3].seq`, `a["odd key"]`. */
export function pathText(path: Path): string {
  return path.reduce<string>((text, k) => {
    if (typeof k === 'number') return `${text}[${k}]`;
    if (!/^[A-Za-z_$][\w$]*$/.test(k)) return `${text}[${JSON.stringify(k)}]`;
    return text === '' ? k : `${text}.${k}`;
  }, '');
}

/** Whether one path is the other or lies inside it (a problem may name the field or its parent). */
export function related(a: string, b: string): boolean {
  const inside = (x: string, y: string) =>
    x === y || y === '' || x.startsWith(`${y}.`) || x.startsWith(`${y}[`);
  return inside(a, b) || inside(b, a);
}

/** Words that mean a message fell back to something generic instead of naming what is wrong. */
export const VAGUE = /\bInvalid\b|a valid value|\bundefined\b|\[object Object\]|^\s*$/;
