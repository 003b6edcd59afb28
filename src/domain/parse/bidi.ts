import type { ImportProblem } from './untrusted-json';

// Bidirectional control characters reorder the text around them: "Sam", U+202E (right-to-left
// override) and "gm 003" display as "Sam300 mg". Imported and typed names lose them; refusal
// messages, which quote what a file holds, show them as visible codes instead.

// Embeddings and overrides (U+202A–U+202E), isolates (U+2066–U+2069), the left-to-right and
// right-to-left marks (U+200E, U+200F) and the Arabic letter mark (U+061C).
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;

/** The text without bidirectional control characters. */
export function stripBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, '');
}

/** Whether the text holds a bidirectional control character. */
export function hasBidiControls(text: string): boolean {
  return text.search(BIDI_CONTROLS) >= 0;
}

/** The text with each bidirectional control written as a visible code, like "<U+202E>". */
export function showBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, (c) => {
    const code = c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
    return `<U+${code}>`;
  });
}

/**
 * A copy of parsed JSON data with every string (not the keys) stripped of bidirectional controls.
 * For values already checked for depth, so the recursion is shallow.
 */
export function stripBidiControlsDeep<T>(value: T): T {
  if (typeof value === 'string') return stripBidiControls(value) as T;
  if (Array.isArray(value)) return value.map(stripBidiControlsDeep) as T;
  if (typeof value !== 'object' || value === null) return value;
  // fromEntries defines own properties, so even a "__proto__" key stays plain data.
  const entries = Object.entries(value).map(([k, item]) => [k, stripBidiControlsDeep(item)]);
  return Object.fromEntries(entries) as T;
}

/** Refusal problems with their paths and messages safe to show (controls made visible). */
export function visibleProblems(problems: readonly ImportProblem[]): ImportProblem[] {
  return problems.map((p) => ({
    path: showBidiControls(p.path),
    message: showBidiControls(p.message),
  }));
}
