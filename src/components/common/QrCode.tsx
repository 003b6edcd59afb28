import { useEffect, useState } from 'preact/hooks';
import { qrShape, type QrShape } from '../../platform/qr';

// A QR code for a link, dark on light whatever the theme (scanners need the contrast), with the
// link's purpose as its accessible name; the link itself is always shown beside it as text.

/** The QR code of `text`, drawn once it is encoded. */
export function QrCode({ text, label }: { text: string; label: string }) {
  const [shape, setShape] = useState<QrShape>();
  useEffect(() => {
    let live = true;
    void qrShape(text).then((s) => live && setShape(s));
    return () => {
      live = false;
    };
  }, [text]);
  if (!shape) return null;
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
