/** Asks before ending: ending stops the check-in timer and closes the log. */
export function ConfirmEnd({ onConfirm, onCancel }: { onConfirm: () => void; onCancel: () => void }) {
  return (
    <section class="card stack" role="region" aria-labelledby="end-heading">
      <h2 id="end-heading">End the session?</h2>
      <p>This stops the check-in timer and closes the log. Only end when the patient is alert and steady and you are done monitoring.</p>
      <div class="row">
        <button class="danger" onClick={onConfirm}>Yes, end session</button>
        <button onClick={onCancel} autoFocus>Keep monitoring</button>
      </div>
    </section>
  );
}
