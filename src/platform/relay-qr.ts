// A QR code's modules for a text, by qrcode-generator (Kazuhiko Arase; MIT, no dependencies),
// loaded only when a clinic makes a protocol link, so no other screen carries it.

/** A QR code's dark modules, row by row (error correction M, the smallest version that fits). */
export async function qrModules(text: string): Promise<boolean[][]> {
  const { default: qrcode } = await import('qrcode-generator');
  const qr = qrcode(0, 'M');
  qr.addData(text, 'Byte');
  qr.make();
  const n = qr.getModuleCount();
  return Array.from({ length: n }, (_, r) => Array.from({ length: n }, (_, c) => qr.isDark(r, c)));
}
