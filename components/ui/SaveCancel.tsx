// The two buttons that end an inline editor's form: Save submits it, Cancel leaves without saving.
/** Save (the form's submit button) and Cancel, in that order; `onCancel` closes the editor. */
export function SaveCancel({ onCancel }: { onCancel(): void }) {
  return (
    <>
      <button type="submit" className="button-primary">
        Save
      </button>
      <button type="button" className="button-secondary" onClick={onCancel}>
        Cancel
      </button>
    </>
  );
}
