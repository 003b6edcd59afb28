// Guards for JSON that comes from outside the app (a file, a link). They run before any schema
// looks at the value, so a hostile file is refused cheaply and without deep recursion.

/**
 * A problem found in imported data: where (a path like `protocol.intervalMin`, '' for the whole
 * file) and what.
 */
export interface ImportProblem {
  path: string;
  message: string;
}

/** Outcome of parsing untrusted JSON text. */
export type ParsedJson = { ok: true; value: unknown } | { ok: false; problems: ImportProblem[] };

/** Limits for `structureProblems`. */
export interface StructureLimits {
  /** Objects and lists inside one another; the root object is level 1. */
  maxDepth: number;
  /** Values of any kind, counted over the whole document. */
  maxValues: number;
  /** What the file must be, for the too-many-values message ("a short settings file"). */
  fileNoun?: string;
}

// Keys that reach Object.prototype when data is later merged or copied with plain assignment.
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Thousands-separated number, independent of the device's locale so messages stay stable. */
export function groupDigits(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/**
 * Exact UTF-8 size of a string, counted without allocating an encoded copy of a possibly huge text.
 */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 4; // a surrogate pair is one 4-byte character
      i++;
    } else n += 3; // lone surrogates are written as U+FFFD, also 3 bytes
  }
  return n;
}

/** Parse JSON text after checking its size; a failure names the size or the parser's complaint. */
export function parseUntrustedJson(text: string, maxBytes: number): ParsedJson {
  const bytes = utf8Length(text);
  if (bytes > maxBytes) {
    const limit = `${groupDigits(maxBytes)} bytes (${Math.round(maxBytes / 1024)} KB)`;
    return fail('', `File size: got ${groupDigits(bytes)} bytes, must be at most ${limit}.`);
  }
  if (text.trim() === '')
    return fail('', 'File: got an empty file, must be JSON text starting with "{".');
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (err) {
    const why = err instanceof Error ? err.message.slice(0, 120) : 'unreadable';
    return fail('', `File: not valid JSON (${why}), must be JSON text starting with "{".`);
  }
}

/** Path of a child: `a.b`, `a[2]`, or `a["odd key"]` when the key is not a plain name. */
export function childPath(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  if (!/^[A-Za-z_$][\w$]*$/.test(key)) return `${path}[${JSON.stringify(key)}]`;
  return path === '' ? key : `${path}.${key}`;
}

/**
 * Problems with the shape of a parsed value regardless of its meaning: nesting deeper than the
 * format needs, too many values, refused keys, and anything that is not plain JSON data. Iterative,
 * and never looks below `maxDepth`, so a pathologically nested value costs next to nothing.
 */
export function structureProblems(root: unknown, limits: StructureLimits): ImportProblem[] {
  const problems: ImportProblem[] = [];
  // Breadth-first over a growing array: problems come out in document order, and no recursion.
  const queue: Node[] = [{ value: root, path: '', depth: 0 }];
  let counted = 1;
  for (let i = 0; i < queue.length && problems.length < 20; i++) {
    const { value, path, depth } = queue[i]!;
    const kind = containerKind(value);
    if (kind === 'primitive') continue;
    const where = path === '' ? 'File' : `At ${path}`;
    if (kind === 'other') {
      problems.push({ path, message: `${where}: got ${noun(value)}, must be plain JSON data.` });
    } else if (depth + 1 > limits.maxDepth) {
      const most = `at most ${limits.maxDepth} levels of objects and lists`;
      problems.push({ path, message: `${where}: nested too deeply, the file must have ${most}.` });
    } else {
      // Counted before anything is pushed, so a huge list is refused without being copied.
      counted += Array.isArray(value) ? value.length : Object.keys(value as object).length;
      if (counted > limits.maxValues) {
        const noun = limits.fileNoun ?? 'a short settings file';
        const message = `File: holds more than ${limits.maxValues} values, must be ${noun}.`;
        problems.push({ path: '', message });
        break;
      }
      pushChildren(value as object, path, depth + 1, queue, problems);
    }
  }
  return problems;
}

interface Node {
  value: unknown;
  path: string;
  depth: number;
}

function pushChildren(
  value: object,
  path: string,
  depth: number,
  queue: Node[],
  problems: ImportProblem[],
): void {
  if (Array.isArray(value)) {
    value.forEach((item: unknown, i) =>
      queue.push({ value: item, path: childPath(path, i), depth }),
    );
    return;
  }
  for (const [key, item] of Object.entries(value)) {
    const at = childPath(path, key);
    if (FORBIDDEN_KEYS.has(key)) {
      problems.push({ path: at, message: `Field "${key}" is not allowed in an imported file.` });
    } else queue.push({ value: item, path: at, depth });
  }
}

function noun(value: unknown): string {
  if (value === undefined) return 'undefined';
  return typeof value === 'object' ? 'an object of a special kind' : `a ${typeof value}`;
}

// JSON has strings, numbers, booleans, null, arrays and plain objects; anything else came from
// code.
function containerKind(value: unknown): 'primitive' | 'container' | 'other' {
  if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) return 'primitive';
  if (Array.isArray(value)) return 'container';
  if (typeof value !== 'object') return 'other';
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null ? 'container' : 'other';
}

function fail(path: string, message: string): ParsedJson {
  return { ok: false, problems: [{ path, message }] };
}
