/**
 * A labelled multi-line field of the coach's career cards, like `Field`: what is wrong said as the
 * coach types (`problem`, already in words) and what is expected (`hint`), both tied to it.
 */
export function TextArea({
  id,
  label,
  value,
  onChange,
  hint,
  problem,
  rows = 3,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  problem?: string | null;
  rows?: number;
}) {
  const described = [hint ? `${id}-hint` : null, problem ? `${id}-problem` : null].filter(Boolean).join(' ');
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} className="muted hint">
          {hint}
        </p>
      )}
      <textarea
        id={id}
        rows={rows}
        value={value}
        aria-invalid={problem ? true : undefined}
        aria-describedby={described || undefined}
        onChange={(event) => onChange(event.target.value)}
      />
      {problem && (
        <p id={`${id}-problem`} className="failure" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}

/** One item a line, blank lines left out. */
export function lines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}
