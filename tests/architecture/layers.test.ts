import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importGraph, importsOf, sourceFiles } from './import-graph';
import { COMPONENT_ORDER, DOMAIN_ORDER, LAYERS, violations } from './layers';

// The one-way layering in the README's folder map, checked on every `npm test` against the code's own imports.

const root = process.cwd();
const graph = importGraph(root);

describe('layering', () => {
  it('has no import against the direction of the layers', () => {
    expect(violations(graph)).toEqual([]);
  });

  it('finds the imports it checks (the reader is not blind)', () => {
    expect(graph.length).toBeGreaterThan(300);
    expect(graph.some((e) => e.from === 'src/main.tsx' && e.to === 'src/app/App')).toBe(true);
    const dynamic = graph.filter(
      (e) => e.from === 'src/app/Routes.tsx' && e.to.startsWith('src/screens/'),
    );
    expect(dynamic.length).toBeGreaterThan(5);
  });

  it('catches a wrong-way import, a type-only one, a re-export and a sibling domain folder', () => {
    const bad = [
      importsOf('src/screens/X.tsx', "import { getDb } from '../storage/db';"),
      importsOf(
        'src/components/Y.tsx',
        "import type { SessionStore } from '../state/session-store';",
      ),
      importsOf('src/state/z.ts', "export { App } from '../app/App';"),
      importsOf('src/domain/log/a.ts', "import { evaluate } from '../escalation/evaluate';"),
      importsOf('src/domain/parse/b.ts', "import { SOURCES } from '../clinical/sources';"),
      importsOf('src/domain/log/c.ts', "import { openDB } from 'idb';"),
      importsOf('src/screens/D.tsx', "const S = lazy(() => import('../app/Routes'));"),
      importsOf('src/components/common/E.tsx', "import { X } from '../session/AlarmDialog';"),
      importsOf('src/components/F.tsx', "import { Field } from './common/Field';"),
    ].flat();
    expect(bad).toHaveLength(9);
    expect(violations(bad)).toHaveLength(9);
  });

  it('allows the direction the design asks for', () => {
    const good = [
      importsOf('src/screens/X.tsx', "import { useSetting } from '../state/use-setting';"),
      importsOf('src/domain/report/a.ts', "import { isKind } from '../log/entry';"),
      importsOf('src/storage/b.ts', "import type { Entry } from '../domain/log/entry';"),
    ].flat();
    expect(violations(good)).toEqual([]);
  });
});

describe('folder map', () => {
  const readme = readFileSync('README.md', 'utf8');
  const map = readme.slice(readme.indexOf('## Folder map'));
  const places = new Set(sourceFiles(root, 'src').map((f) => f.split('/')[1]!));

  it('names every top-level place under src/, and the layer rules cover each one', () => {
    for (const place of places) {
      const shown = place.includes('.') ? `src/${place}` : `src/${place}/`;
      expect(map, `README folder map lacks ${shown}`).toContain(shown);
      expect(LAYERS, `no layer rule for ${place}`).toHaveProperty([place]);
    }
  });

  it('names every folder of tests/ and the top-level folders beside src/', () => {
    const tests = readdirSync('tests', { withFileTypes: true }).filter((d) => d.isDirectory());
    for (const d of tests)
      expect(map, `README folder map lacks tests/${d.name}/`).toContain(`tests/${d.name}/`);
    for (const top of ['docs/', 'scripts/', 'public/', '.ci/run'])
      expect(map, `README folder map lacks ${top}`).toContain(top);
  });

  it('names every domain concern folder, and the domain order covers exactly those', () => {
    const folders = new Set(sourceFiles(root, 'src/domain').map((f) => f.split('/')[2]!));
    expect(new Set(DOMAIN_ORDER.flat())).toEqual(folders);
    for (const folder of folders)
      expect(map, `README folder map lacks domain/${folder}/`).toContain(`${folder}/`);
  });
});

describe('component rooms', () => {
  it('groups every component in a concern folder, and the order covers exactly those', () => {
    const files = sourceFiles(root, 'src/components');
    expect(files.filter((f) => f.split('/').length !== 4)).toEqual([]);
    const folders = new Set(files.map((f) => f.split('/')[2]!));
    expect(new Set(COMPONENT_ORDER.flat())).toEqual(folders);
  });

  it('allows a piece to use shared widgets and its own folder', () => {
    const good = [
      importsOf(
        'src/components/session/A.tsx',
        "import { CallButton } from '../common/CallButton';",
      ),
      importsOf(
        'src/components/after/B.tsx',
        "import { CrisisLinks } from '../review/CrisisLines';",
      ),
    ].flat();
    expect(violations(good)).toEqual([]);
  });
});

describe('file size', () => {
  // The relay's code keeps the app's limits too.
  const checked = [...sourceFiles(root, 'src'), ...sourceFiles(root, 'relay')];
  const lines = checked.map((f) => ({
    f,
    n: readFileSync(f, 'utf8').split('\n').length,
  }));

  it('keeps every line within the formatter’s width (100), long strings and comments included', () => {
    const long = checked.flatMap((f) =>
      readFileSync(f, 'utf8')
        .split('\n')
        .flatMap((line, i) => ([...line].length > 100 ? [`${f}:${i + 1}`] : [])),
    );
    expect(long).toEqual([]);
  });

  it('keeps every source file at 300 lines or fewer', () => {
    expect(lines.filter((l) => l.n > 300).map((l) => `${l.f}: ${l.n}`)).toEqual([]);
  });

  it('keeps the median source file under 80 lines', () => {
    const sorted = lines.map((l) => l.n).sort((a, b) => a - b);
    expect(sorted[Math.floor(sorted.length / 2)]).toBeLessThan(80);
  });
});
