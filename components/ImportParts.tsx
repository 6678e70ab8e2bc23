/**
 * The parts every import panel shares (knowledge articles, customers): the file picker
 * and the progress line of reading, checking and writing.
 */

/** A file input that can take the same file again after the agent fixed it. */
export function FilePicker({
  id,
  label,
  accept,
  disabled,
  onChoose,
}: {
  id: string;
  label: string;
  accept: string;
  disabled: boolean;
  onChoose: (file: File) => void;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="file"
        accept={accept}
        disabled={disabled}
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = ''; // the same file can be chosen again after a fix
          if (file) onChoose(file);
        }}
      />
    </div>
  );
}

/** What a long import is doing, with its share done when it is known (0–1). */
export function ImportProgress({ label, value }: { label: string; value?: number }) {
  return (
    <div className="stack" role="status">
      <span>
        {label}
        {value !== undefined && ` (${Math.round(value * 100)}%)`}
      </span>
      <progress aria-label={label} {...(value !== undefined ? { value, max: 1 } : {})} />
    </div>
  );
}
