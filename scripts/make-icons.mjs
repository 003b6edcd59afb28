// Generates Sitwell's PWA icons (PNG + SVG) into public/icons/ with no dependencies: procedural
// drawing + a tiny PNG encoder.
import { deflateSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT_DIR = join(ROOT, 'public', 'icons');

// Palette: the app's background navy and a soft sea-green accent.
const NAVY = [0x0f, 0x14, 0x20];
const TEAL = [0x5f, 0xb3, 0xa1];

// Motif geometry in a 100×100 design space (shared by the PNGs and the SVG).
// A clock-face ring centred in the icon, with a small filled dot just inside it at 12 o'clock.
const RING_R = 30; // radius of the ring's centre line
const RING_W = 6; // ring stroke width
const DOT_R = 5.5; // 12 o'clock dot radius
const DOT_GAP = 5; // space between the ring's inner edge and the dot
const FAVICON_RING_W = 8; // heavier ring for the favicons so it survives at 16–32 px
/** Dot centre y (x = 50): just inside the ring's inner edge. */
const dotCy = (ringW) => 50 - RING_R + ringW / 2 + DOT_GAP + DOT_R;
const CORNER_R = 22; // corner radius of the rounded-square background ("any" icons)

// ---------------------------------------------------------------------------
// CRC32 (IEEE 802.3, reflected polynomial 0xEDB88320), table-driven.
const CRC_TABLE = new Uint32Array(256);
for (let n = 0; n < 256; n++) {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  CRC_TABLE[n] = c >>> 0;
}

function crc32(bytes, crc = 0xffffffff) {
  for (let i = 0; i < bytes.length; i++) crc = CRC_TABLE[(crc ^ bytes[i]) & 0xff] ^ (crc >>> 8);
  return crc;
}

// ---------------------------------------------------------------------------
// PNG encoder: 8-bit RGB or RGBA, non-interlaced, adaptive per-row filtering.
function pngChunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  data.copy(out, 8);
  const crc = crc32(data, crc32(out.subarray(4, 8))) ^ 0xffffffff;
  out.writeUInt32BE(crc >>> 0, 8 + data.length);
  return out;
}

function paeth(a, b, c) {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  if (pa <= pb && pa <= pc) return a;
  return pb <= pc ? b : c;
}

/** Encodes `pixels` (bpp bytes per pixel, row-major) as a PNG file. */
function encodePng(width, height, pixels, bpp) {
  const stride = width * bpp;
  const raw = Buffer.alloc((stride + 1) * height);
  const candidate = Buffer.alloc(stride);
  const best = Buffer.alloc(stride);
  for (let y = 0; y < height; y++) {
    const row = y * stride;
    const prev = row - stride;
    let bestScore = Infinity;
    let bestFilter = 0;
    // Try all five filters; keep the one with the smallest sum of absolute (signed) residuals.
    for (let f = 0; f < 5; f++) {
      let score = 0;
      for (let i = 0; i < stride; i++) {
        const x = pixels[row + i];
        const a = i >= bpp ? pixels[row + i - bpp] : 0;
        const b = y > 0 ? pixels[prev + i] : 0;
        const c = y > 0 && i >= bpp ? pixels[prev + i - bpp] : 0;
        let v;
        if (f === 0) v = x;
        else if (f === 1) v = x - a;
        else if (f === 2) v = x - b;
        else if (f === 3) v = x - ((a + b) >> 1);
        else v = x - paeth(a, b, c);
        v &= 0xff;
        candidate[i] = v;
        score += v < 128 ? v : 256 - v;
      }
      if (score < bestScore) {
        bestScore = score;
        bestFilter = f;
        candidate.copy(best);
      }
    }
    const o = y * (stride + 1);
    raw[o] = bestFilter;
    best.copy(raw, o + 1);
  }

  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = bpp === 4 ? 6 : 2; // colour type: 6 = RGBA, 2 = RGB
  ihdr[10] = 0; // compression: deflate
  ihdr[11] = 0; // filter method: adaptive
  ihdr[12] = 0; // interlace: none

  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', ihdr),
    pngChunk('IDAT', deflateSync(raw, { level: 9 })),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

// ---------------------------------------------------------------------------
// Drawing: signed distance fields in design space, converted to pixel coverage.

/** Signed distance (design units) to a rounded square covering [0,100]², corner radius r. */
function sdRoundedSquare(x, y, r) {
  const qx = Math.abs(x - 50) - (50 - r);
  const qy = Math.abs(y - 50) - (50 - r);
  const outside = Math.hypot(Math.max(qx, 0), Math.max(qy, 0));
  return outside + Math.min(Math.max(qx, qy), 0) - r;
}

/** Signed distance (design units) to the motif: ring ∪ dot, scaled by `scale` about the centre. */
function sdMotif(x, y, scale, ringW) {
  const mx = 50 + (x - 50) / scale;
  const my = 50 + (y - 50) / scale;
  const ring = Math.abs(Math.hypot(mx - 50, my - 50) - RING_R) - ringW / 2;
  const dot = Math.hypot(mx - 50, my - dotCy(ringW)) - DOT_R;
  return Math.min(ring, dot) * scale;
}

/**
 * Coverage 0..1 from a signed distance measured in pixels (1-px linear ramp centred on the edge).
 */
const coverage = (d) => (d <= -0.5 ? 1 : d >= 0.5 ? 0 : 0.5 - d);

/**
 * Renders one icon.
 * @param {number} size      output edge length in px
 * @param {object} o
 * @param {boolean} o.rounded  rounded-square background with transparent corners (else full bleed)
 * @param {boolean} o.opaque   emit RGB (no alpha channel)
 * @param {number}  o.scale    motif scale (1 = design size)
 * @param {number}  o.ringW    ring stroke width in design units
 */
function renderIcon(size, { rounded, opaque, scale, ringW }) {
  const bpp = opaque ? 3 : 4;
  const px = Buffer.alloc(size * size * bpp);
  const unitsPerPx = 100 / size;
  for (let j = 0; j < size; j++) {
    const y = (j + 0.5) * unitsPerPx;
    for (let i = 0; i < size; i++) {
      const x = (i + 0.5) * unitsPerPx;
      const bg = rounded ? coverage(sdRoundedSquare(x, y, CORNER_R) / unitsPerPx) : 1;
      const fg = bg > 0 ? coverage(sdMotif(x, y, scale, ringW) / unitsPerPx) : 0;
      const o = (j * size + i) * bpp;
      for (let c = 0; c < 3; c++) {
        // Blend in linear light so the anti-aliased edge doesn't look thin or dark.
        const lin = srgbToLinear(NAVY[c]) * (1 - fg) + srgbToLinear(TEAL[c]) * fg;
        px[o + c] = linearToSrgb(lin);
      }
      if (!opaque) px[o + 3] = Math.round(bg * 255);
    }
  }
  return encodePng(size, size, px, bpp);
}

const SRGB_TO_LINEAR = new Float64Array(256);
for (let v = 0; v < 256; v++) {
  const s = v / 255;
  SRGB_TO_LINEAR[v] = s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
}
const srgbToLinear = (v) => SRGB_TO_LINEAR[v];
function linearToSrgb(l) {
  const s = l <= 0.0031308 ? l * 12.92 : 1.055 * l ** (1 / 2.4) - 0.055;
  return Math.max(0, Math.min(255, Math.round(s * 255)));
}

// ---------------------------------------------------------------------------
// SVG favicon: the same geometry (favicon ring weight), written out by hand.
const hex = (rgb) => '#' + rgb.map((c) => c.toString(16).padStart(2, '0')).join('');
const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100">
  <rect width="100" height="100" rx="${CORNER_R}" fill="${hex(NAVY)}"/>
  <circle cx="50" cy="50" r="${RING_R}" fill="none" stroke="${hex(TEAL)}" stroke-width="${FAVICON_RING_W}"/>
  <circle cx="50" cy="${dotCy(FAVICON_RING_W)}" r="${DOT_R}" fill="${hex(TEAL)}"/>
</svg>
`;

// ---------------------------------------------------------------------------
const ICONS = [
  // "any" purpose: rounded square, transparent corners.
  { file: 'icon-192.png', size: 192, rounded: true, opaque: false, scale: 1, ringW: RING_W },
  { file: 'icon-512.png', size: 512, rounded: true, opaque: false, scale: 1, ringW: RING_W },
  // maskable: full-bleed; motif (outer radius 33 × 0.8 ≈ 26) well inside the 40-unit safe-zone
  // circle.
  { file: 'maskable-512.png', size: 512, rounded: false, opaque: false, scale: 0.8, ringW: RING_W },
  // iOS rounds the corners itself and shows black behind transparency, so: square and opaque.
  {
    file: 'apple-touch-icon.png',
    size: 180,
    rounded: false,
    opaque: true,
    scale: 0.9,
    ringW: RING_W,
  },
  // Tiny favicon: a slightly heavier ring so it survives at 32 px.
  {
    file: 'favicon-32.png',
    size: 32,
    rounded: true,
    opaque: false,
    scale: 1,
    ringW: FAVICON_RING_W,
  },
];

const started = performance.now();
mkdirSync(OUT_DIR, { recursive: true });
for (const { file, size, ...opts } of ICONS) {
  const png = renderIcon(size, opts);
  writeFileSync(join(OUT_DIR, file), png);
  console.log(
    `  ${relative(ROOT, join(OUT_DIR, file))}  ${size}×${size}  ${(png.length / 1024).toFixed(1)} KB`,
  );
}
writeFileSync(join(OUT_DIR, 'favicon.svg'), svg);
console.log(`  ${relative(ROOT, join(OUT_DIR, 'favicon.svg'))}`);
console.log(`icons: ${ICONS.length + 1} files in ${Math.round(performance.now() - started)} ms`);
