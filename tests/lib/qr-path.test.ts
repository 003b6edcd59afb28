import { describe, expect, it } from 'vitest';
import { qrPath } from '../../src/lib/qr-path';
import { qrModules } from '../../src/platform/relay-qr';

describe('qrPath', () => {
  it('draws one rectangle per run of dark modules, offset by the quiet zone', () => {
    const modules = [
      [true, true, false, true],
      [false, false, false, false],
      [false, true, true, true],
    ];
    expect(qrPath(modules, 4)).toBe('M4 4h2v1h-2zM7 4h1v1h-1zM5 6h3v1h-3z');
    expect(qrPath([[false]])).toBe('');
  });

  it('draws a real code with its three finder patterns at the corners', async () => {
    const m = await qrModules('http://127.0.0.1:4392/settings/protocol#protocol=eyJmb3JtYXQiOjF9');
    const n = m.length;
    expect(n).toBeGreaterThanOrEqual(21);
    // Each finder pattern's outer ring: dark along its top row, 7 modules.
    for (const [r, c] of [
      [0, 0],
      [0, n - 7],
      [n - 7, 0],
    ] as const)
      expect(m[r]!.slice(c, c + 7).every(Boolean)).toBe(true);
    expect(qrPath(m).match(/z/g)!.length).toBeGreaterThan(n);
  });
});
