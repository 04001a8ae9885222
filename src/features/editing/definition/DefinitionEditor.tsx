import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useSaveIndicator, useShowIndicator } from '../../../api/save-indicator';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { DataSourceError } from '../../../api/errors';
import { diffIndicator } from '../../../domain/diff-indicator';
import { PERIOD_EXAMPLES } from '../../../domain/period';
import type { Indicator } from '../../../domain/types';
import { blankTarget, definitionInputOf, validateDefinition, type DefinitionInput, type TargetInput } from '../../../domain/validate-definition';
import { useCurrentEditor } from '../use-current-editor';
import { usePermissions } from '../../../api/session';
import { TextField } from '../TextField';
import { TargetFields } from './TargetFields';

/**
 * An indicator's baseline, targets and source, for a lead to correct or restate (e.g. add the 2028
 * restatement next to the original target). Every change is kept in the indicator's history.
 */
export function DefinitionEditor({ frameworkId, indicator }: { frameworkId: string; indicator: Indicator }) {
  const editor = useCurrentEditor();
  const { hasSignIn, user, mayEditDefinitions } = usePermissions();
  const save = useSaveIndicator(frameworkId);
  const showIndicator = useShowIndicator(frameworkId);
  // The version the lead started from; it moves on only when they accept a newer one.
  const [base, setBase] = useState(indicator);
  const [input, setInput] = useState<DefinitionInput>(() => definitionInputOf(indicator));
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [attempt, setAttempt] = useState(0);
  const [status, setStatus] = useState('');
  const formRef = useRef<HTMLFormElement>(null);

  useEffect(() => {
    if (attempt > 0) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [attempt]);

  if (!editor) return null;
  if (hasSignIn && !mayEditDefinitions()) {
    return (
      <p className="edit-toggle__note">
        The baseline and targets of {indicator.name} hold for every place, so they are changed by a lead for every place or an administrator; {user?.name} cannot change them.
      </p>
    );
  }
  const conflict = save.error instanceof DataSourceError && save.error.kind === 'conflict' ? save.error.details.currentIndicator : undefined;
  const failed = save.isError && !conflict;

  function send(proposed: Indicator, baseVersion: number) {
    setStatus('');
    save.mutate(
      { baseVersion, indicator: proposed, editor: editor!, ...(note.trim() ? { note: note.trim() } : {}) },
      {
        onSuccess: (saved) => {
          setBase(saved);
          setInput(definitionInputOf(saved));
          setNote('');
          const changed = diffIndicator(base, saved).length;
          setStatus(changed ? `Saved ${changed} change${changed === 1 ? '' : 's'} to the baseline, targets and source. Statuses now use them.` : 'Saved; nothing had changed.');
        },
      },
    );
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const result = validateDefinition(input, base);
    setErrors(result.ok ? {} : result.errors);
    if (!result.ok) return setAttempt((n) => n + 1);
    send(result.indicator, base.version ?? 0);
  }

  const setTarget = (index: number, target: TargetInput) => setInput((prev) => ({ ...prev, targets: prev.targets.map((t, i) => (i === index ? target : t)) }));
  const removeTarget = (index: number) => setInput((prev) => ({ ...prev, targets: prev.targets.filter((_, i) => i !== index) }));

  return (
    <form ref={formRef} className="point-form definition-editor" onSubmit={submit} noValidate aria-label={`Baseline, targets and source of ${indicator.name}`}>
      <p className="series-editor__status" role="status">
        {status}
      </p>
      {conflict && (
        <div className="conflict-panel" role="alertdialog" aria-labelledby="definition-conflict-title">
          <h4 id="definition-conflict-title">Someone else changed the baseline or targets while you were editing</h4>
          <p>Their changes (saved):</p>
          <ul>
            {diffIndicator(base, conflict).map((c) => (
              <li key={c.field}>
                {c.field}: {c.before ?? 'none'} → {c.after ?? 'removed'}
              </li>
            ))}
          </ul>
          <div className="point-form__actions">
            <button
              type="button"
              className="button"
              onClick={() => {
                const mine = validateDefinition(input, conflict);
                if (mine.ok) {
                  setBase(conflict);
                  send(mine.indicator, conflict.version ?? 0);
                }
              }}
            >
              Save mine over theirs
            </button>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                showIndicator(conflict);
                setBase(conflict);
                setInput(definitionInputOf(conflict));
                save.reset();
                setStatus('Your changes were dropped; the form shows your colleague’s version.');
              }}
            >
              Keep theirs, drop mine
            </button>
          </div>
        </div>
      )}
      {failed && (
        <ErrorMessage
          title="Your changes to the baseline and targets were not saved"
          error={save.error}
          onRetry={() => formRef.current?.requestSubmit()}
          retrying={save.isPending}
        />
      )}
      <div className="point-form__grid">
        <TextField
          label="Baseline period"
          value={input.baselinePeriod}
          onChange={(v) => setInput({ ...input, baselinePeriod: v })}
          error={errors.baselinePeriod}
          hint={`For example ${PERIOD_EXAMPLES}.`}
        />
        <TextField label="Source of the figures" value={input.source} onChange={(v) => setInput({ ...input, source: v })} error={errors.source} />
        <TextField
          label="Link to the source (optional)"
          value={input.sourceUrl}
          onChange={(v) => setInput({ ...input, sourceUrl: v })}
          error={errors.sourceUrl}
          hint="A web address starting with https://"
        />
      </div>
      {errors.targets && <p className="field__error">{errors.targets}</p>}
      {input.targets.map((target, index) => (
        <TargetFields
          key={index}
          index={index}
          target={target}
          errors={errors}
          onChange={(t) => setTarget(index, t)}
          onRemove={input.targets.length > 1 ? () => removeTarget(index) : undefined}
        />
      ))}
      <div className="point-form__actions">
        <button type="button" className="button button--secondary" onClick={() => setInput({ ...input, targets: [...input.targets, blankTarget()] })}>
          Add a target (e.g. a revised one)
        </button>
      </div>
      <TextField label="Why are you making this change? (optional, kept in the history)" value={note} onChange={setNote} multiline />
      <div className="point-form__actions">
        <button type="submit" className="button" disabled={save.isPending}>
          {save.isPending ? 'Saving…' : 'Save baseline, targets and source'}
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            setInput(definitionInputOf(base));
            setErrors({});
          }}
        >
          Undo my changes
        </button>
      </div>
    </form>
  );
}
