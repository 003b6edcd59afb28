/** A QR code drawn from its path (platform/qr.ts): black on white, whatever the theme. */
export function QrCode({ path, size: side, label }: { path: string; size: number; label: string }) {
  return (
    <svg
      class="qr-code"
      viewBox={`0 0 ${side} ${side}`}
      role="img"
      aria-label={label}
      shape-rendering="crispEdges"
    >
      <rect width={side} height={side} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
