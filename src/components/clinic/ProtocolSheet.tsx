import { QrCode } from '../common/QrCode';

/**
 * One printable page for the household: the clinic's name, the link as a QR code and as text,
 * and the key fingerprint the sitter's Sitwell will show before anything is shared.
 */
export function ProtocolSheet({
  link,
  clinicName,
  fingerprint,
}: {
  link: string;
  clinicName: string;
  fingerprint: string;
}) {
  return (
    <section class="card stack print-sheet" aria-labelledby="sheet-heading">
      <h2 id="sheet-heading">Sitwell protocol from {clinicName}</h2>
      <QrCode text={link} label={`QR code of the protocol link from ${clinicName}`} />
      <p>
        Scan the code with the sitter’s phone, or open the link, in Sitwell. Before anything is
        shared, Sitwell shows this clinic’s key fingerprint; it must read:
      </p>
      <p class="mono fingerprint">{fingerprint}</p>
      <p class="small mono sheet-link">{link}</p>
      <button type="button" class="no-print" onClick={() => print()}>
        Print this page
      </button>
    </section>
  );
}
