import { useId, useRef, useState, type FormEvent, type ReactNode } from 'react';

/** A form's fields as text, with a setter per field. */
export function useFields<T extends object>(initial: T | (() => T)) {
  const [values, setValues] = useState<T>(initial);
  const set =
    <K extends keyof T>(key: K) =>
    (value: T[K]) =>
      setValues((v) => ({ ...v, [key]: value }));
  return { values, set, reset: (to: T) => setValues(to) };
}

export interface SetupFormProps {
  title: string;
  submitLabel: string;
  saving: boolean;
  /** Checks and saves; returns the problems by field when the input is not right, or whether it was saved. */
  onSubmit: () => Promise<Record<string, string> | boolean>;
  onCancel?: () => void;
  children: (errors: Record<string, string>) => ReactNode;
  /** The title's heading level, one below the section it sits in. */
  level?: 2 | 3 | 4;
}

/**
 * One change to the set-up as a small form: its problems sit beside their fields and are counted
 * at the top (read out at once), and nothing is saved until all are put right.
 */
export function SetupForm({ title, submitLabel, saving, onSubmit, onCancel, children, level = 3 }: SetupFormProps) {
  const Heading = `h${level}` as const;
  const titleId = useId();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const summary = useRef<HTMLParagraphElement>(null);
  async function submit(event: FormEvent) {
    event.preventDefault();
    const outcome = await onSubmit();
    if (typeof outcome === 'object') {
      setErrors(outcome);
      // Focus moves to the count, so a keyboard or screen-reader user knows why nothing happened.
      requestAnimationFrame(() => summary.current?.focus());
    } else setErrors({});
  }
  const count = Object.keys(errors).length;
  return (
    <form className="setup-form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby={titleId}>
      <Heading id={titleId} className="setup-form__title">
        {title}
      </Heading>
      {count > 0 && (
        <p ref={summary} tabIndex={-1} className="setup-form__summary" role="alert">
          {count === 1 ? 'There is a problem' : `There are ${count} problems`}: see the {count === 1 ? 'field' : 'fields'} marked below. Nothing was saved.
        </p>
      )}
      <div className="setup-form__grid">{children(errors)}</div>
      <div className="setup-actions">
        <button type="submit" className="button" disabled={saving}>
          {saving ? 'Saving…' : submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="button button--secondary" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
