import { useId, type Ref } from 'react';
import './form.css';

export interface TextFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  error?: string;
  autoComplete?: string;
  inputMode?: 'text' | 'decimal';
  inputRef?: Ref<HTMLInputElement>;
  multiline?: boolean;
  /** A date field gives the browser's date picker; the value is still YYYY-MM-DD text. */
  type?: 'text' | 'date';
}

/** A labelled field whose hint and error are read out with it, and whose error sits beside it. */
export function TextField({ label, value, onChange, hint, error, autoComplete = 'off', inputMode, inputRef, multiline, type = 'text' }: TextFieldProps) {
  const id = useId();
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  const common = { id, value, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy } as const;
  return (
    <div className={`field${error ? ' field--error' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="field__error">
          <span className="visually-hidden">Error: </span>
          {error}
        </p>
      )}
      {multiline ? (
        <textarea {...common} rows={2} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input {...common} ref={inputRef} type={type} inputMode={inputMode} autoComplete={autoComplete} onChange={(e) => onChange(e.target.value)} />
      )}
    </div>
  );
}
