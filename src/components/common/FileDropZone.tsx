import { useState } from 'preact/hooks';

// A file picker that also takes a dropped file. The whole zone is the label of the file input, so
// a tap or click anywhere on it opens the picker, and the keyboard reaches the input itself.

/** A labelled drop zone around a file input; `onFile` gets the chosen or dropped file. */
export function FileDropZone({
  id,
  title,
  hint,
  accept,
  busy,
  onFile,
}: {
  id: string;
  title: string;
  hint: string;
  accept: string;
  busy: boolean;
  onFile: (file: File) => void;
}) {
  const [over, setOver] = useState(false);
  const take = (files: FileList | null | undefined): void => {
    const file = files?.[0];
    if (file && !busy) onFile(file);
  };
  return (
    <label
      class={over ? 'dropzone over' : 'dropzone'}
      for={id}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        take(e.dataTransfer?.files);
      }}
    >
      <input
        id={id}
        type="file"
        class="dropzone-input"
        accept={accept}
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-hint`}
        aria-busy={busy}
        onChange={(e) => {
          take(e.currentTarget.files);
          // The same file chosen again must still be read.
          e.currentTarget.value = '';
        }}
      />
      <span class="dropzone-title" id={`${id}-title`}>
        {title}
      </span>
      <span class="small muted" id={`${id}-hint`}>
        {hint}
      </span>
    </label>
  );
}
