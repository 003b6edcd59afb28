/** What went wrong, in the browser's words, folded away under the plain explanation. */
export function TechnicalDetail({ error }: { error: unknown }) {
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return (
    <details>
      <summary>Technical detail</summary>
      <p class="small muted">{detail}</p>
    </details>
  );
}
