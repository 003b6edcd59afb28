import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// jsPDF must stay out of the first screen's bundle: only type imports anywhere, and a single
// dynamic import() in platform/pdf.ts.

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

describe('jsPDF loading', () => {
  it('is reached only through a dynamic import in platform/pdf.ts', () => {
    const uses = files('src').flatMap((f) => {
      const text = readFileSync(f, 'utf8');
      const staticValue = /^\s*import\s+(?!type\b)[^;]*from\s+['"]jspdf['"]/m.test(text);
      const dynamic = /import\(\s*['"]jspdf['"]\s*\)/.test(text);
      return staticValue || dynamic ? [{ f, staticValue, dynamic }] : [];
    });
    expect(uses).toEqual([
      { f: join('src', 'platform', 'pdf.ts'), staticValue: false, dynamic: true },
    ]);
  });
});
