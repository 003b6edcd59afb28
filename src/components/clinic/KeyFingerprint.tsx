/** The clinic's key fingerprint, to read aloud or compare with a printed page. */
export function KeyFingerprint({ name, fingerprint }: { name: string; fingerprint: string }) {
  return (
    <div class="card stack clinic-fingerprint">
      <p>
        <strong>{name}</strong>: key fingerprint
      </p>
      <p class="mono fingerprint" aria-label={`Fingerprint ${fingerprint.split('-').join(' ')}`}>
        {fingerprint}
      </p>
      <p class="small muted">
        A sitter’s Sitwell shows this fingerprint before anything is shared. If they read out
        another one, do not let them go on: the link was changed or is for another clinic.
      </p>
    </div>
  );
}
