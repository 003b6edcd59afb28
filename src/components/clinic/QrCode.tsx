/** A QR code drawn from its path (lib/qr-path.ts): black on white, whatever the theme. */
export function QrCode({ path, modules, label }: { path: string; modules: number; label: string }) {
  const side = modules + 8;
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
