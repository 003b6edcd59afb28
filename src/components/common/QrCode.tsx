import { useEffect, useState } from 'preact/hooks';
import { qrShape, type QrShape } from '../../platform/qr';

// A QR code for a link, dark on light whatever the theme (scanners need the contrast), with the
// link's purpose as its accessible name. The link itself is always shown beside it as text, so a
// code that cannot be made here costs nothing but the scan.

/** The QR code of `text`, drawn once it is encoded (the encoder loads on first use). */
export function QrCode({ text, label }: { text: string; label: string }) {
  const [shape, setShape] = useState<QrShape | 'failed'>();
  useEffect(() => {
    let live = true;
    setShape(undefined);
    qrShape(text).then(
      (s) => live && setShape(s),
      () => live && setShape('failed'),
    );
    return () => {
      live = false;
    };
  }, [text]);
  if (shape === undefined)
    return (
      <p class="muted" role="status">
        Making the QR code…
      </p>
    );
  if (shape === 'failed')
    return (
      <p class="banner error" role="alert">
        The QR code could not be made here; the link works the same.
      </p>
    );
  return (
    <svg
      class="qr"
      role="img"
      aria-label={label}
      viewBox={`0 0 ${shape.size} ${shape.size}`}
      shape-rendering="crispEdges"
    >
      <rect width={shape.size} height={shape.size} fill="#fff" />
      <path d={shape.d} fill="#000" />
    </svg>
  );
}
