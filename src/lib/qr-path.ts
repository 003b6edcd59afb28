// A QR code's modules as one SVG path: a unit square per dark module, runs of a row merged, so
// the code scales to any size and prints sharp.

/** The path data for `modules` (row by row), offset by a quiet zone of `margin` modules. */
export function qrPath(modules: readonly (readonly boolean[])[], margin = 4): string {
  const parts: string[] = [];
  modules.forEach((row, r) => {
    let c = 0;
    while (c < row.length) {
      if (!row[c]) {
        c++;
        continue;
      }
      const start = c;
      while (c < row.length && row[c]) c++;
      parts.push(`M${start + margin} ${r + margin}h${c - start}v1h${start - c}z`);
    }
  });
  return parts.join('');
}
