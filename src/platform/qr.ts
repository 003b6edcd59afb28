// A QR code as one SVG path, drawn from qrcode-generator's modules (a small, maintained encoder
// with no dependencies, loaded only when a code is shown). No markup strings are injected: the
// caller renders the path itself.

/** The code's side in modules (quiet zone included) and its dark modules as one path. */
export interface QrShape {
  size: number;
  d: string;
}

/** Four modules of light margin on every side, as the standard asks. */
const QUIET = 4;

/** Encode `text` (error correction M: a phone screen or a print both read it). */
export async function qrShape(text: string): Promise<QrShape> {
  const { default: qrcode } = await import('qrcode-generator');
  const qr = qrcode(0, 'M');
  qr.addData(text, 'Byte');
  qr.make();
  const n = qr.getModuleCount();
  let d = '';
  for (let row = 0; row < n; row++)
    for (let col = 0; col < n; col++)
      if (qr.isDark(row, col)) d += `M${col + QUIET} ${row + QUIET}h1v1h-1z`;
  return { size: n + QUIET * 2, d };
}
