// The row under a form: its submit button and, when the form can be left, Cancel.

/** A primary submit button labelled `save`, and Cancel when `onCancel` is given. */
export function FormActions(props: { save: string; onCancel?: () => void; busy?: boolean }) {
  return (
    <div class="row">
      <button type="submit" class="primary" disabled={props.busy}>
        {props.save}
      </button>
      {props.onCancel && (
        <button type="button" onClick={props.onCancel}>
          Cancel
        </button>
      )}
    </div>
  );
}
