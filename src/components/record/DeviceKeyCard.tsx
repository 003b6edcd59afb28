// This device's signing key as a person can check it: the short fingerprint, read out over the
// phone and compared with the one printed on an exported PDF, and what a match does and does not
// prove.

/**
 * The device key's fingerprint and what the signature proves; for Settings and the share screen.
 */
export function DeviceKeyCard({
  fingerprint,
  error,
  id = 'device-key-heading',
}: {
  /** "AB12-CD34-EF56-7890"; undefined while it loads. */
  fingerprint: string | undefined;
  /** Why there is no fingerprint to show. */
  error?: string | undefined;
  /** The heading's id (unique on the page). */
  id?: string;
}) {
  return (
    <section class="card stack export-card" aria-labelledby={id}>
      <h2 id={id}>This device’s key</h2>
      {error ? (
        <p class="banner error">{error}</p>
      ) : (
        <p>
          Fingerprint: <strong class="fingerprint">{fingerprint ?? 'Loading…'}</strong>
        </p>
      )}
      <p>
        Every record exported from this device is signed with this key, and the fingerprint is
        printed on each PDF. If the provider reads it back to you over the phone and it matches, the
        record came from this device and nothing in it was changed afterwards.
      </p>
      <p class="small muted">
        It does not prove who was holding the device, or that what was written down is true.
      </p>
    </section>
  );
}
