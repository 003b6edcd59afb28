/**
 * What a first-time sitter needs before the day; open until the first session, then folded away.
 */
export function BeforeTheDay({ open }: { open: boolean }) {
  return (
    <details class="card" open={open}>
      <summary>Before the day</summary>
      <ul>
        <li>
          The provider’s phone number, and their protocol (a file or a link) if they have one.
        </li>
        <li>A blood-pressure monitor, if the provider asked for readings.</li>
        <li>A charger for this phone, and somewhere to plug it in near the patient.</li>
        <li>The address where the session will be, with the flat number and door code.</li>
        <li>A bucket, water and a blanket within reach.</li>
      </ul>
      <p class="small muted">“Prepare and start” walks through all of it on the day.</p>
    </details>
  );
}
