import { readdirSync, readFileSync } from 'node:fs';
import { join, posix, relative } from 'node:path';

// Reads the import lines of the app's source, so the layering rules can be checked against the
// code itself rather than against a picture of it.

/** One import: who imports what, and whether only types are imported. */
export interface ImportEdge {
  /** Importing file, relative to the repository root (e.g. `src/screens/HomeScreen.tsx`). */
  from: string;
  /** A repository-relative path for a relative import, else the package name as written. */
  to: string;
  /** 1-based line of the import statement. */
  line: number;
  typeOnly: boolean;
  /** The specifier as written. */
  spec: string;
}

const SOURCE = /\.(ts|tsx)$/;
// `import … from '…'`, `export … from '…'`, `import '…'` and `import('…')`, across line breaks.
const IMPORT =
  /(?:^|\n)\s*(import|export)\s+(type\s+)?(?:[^;]*?\sfrom\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

/** Every .ts/.tsx file under `dir`, repository-relative, sorted. */
export function sourceFiles(root: string, dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (SOURCE.test(entry.name)) out.push(relative(root, path).split('\\').join('/'));
    }
  };
  walk(join(root, dir));
  return out.sort();
}

/** The imports of one file's text. */
export function importsOf(file: string, text: string): ImportEdge[] {
  const edges: ImportEdge[] = [];
  for (const m of text.matchAll(IMPORT)) {
    const spec = (m[3] ?? m[4])!;
    const line = text.slice(0, m.index + (m[0].startsWith('\n') ? 1 : 0)).split('\n').length;
    const to = spec.startsWith('.') ? posix.join(posix.dirname(file), spec) : packageName(spec);
    edges.push({ from: file, to, line, typeOnly: m[2] !== undefined, spec });
  }
  return edges;
}

/** `preact/hooks` → `preact`, `@scope/pkg/x` → `@scope/pkg`. */
function packageName(spec: string): string {
  const parts = spec.split('/');
  return spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

/** The import edges of every source file under `dir`. */
export function importGraph(root: string, dir = 'src'): ImportEdge[] {
  return sourceFiles(root, dir).flatMap((f) => importsOf(f, readFileSync(join(root, f), 'utf8')));
}
