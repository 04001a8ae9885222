import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useShowIndicator } from '../../../api/save-indicator';
import { pendingDefinitionId } from '../../../domain/changes/pending-definition';
import { useConfirmation, useIsSending, usePendingDefinition } from '../../../outbox/outbox-store';
import { useOutboxActions, useQueueDefinition, useSendPendingDefinition } from '../../../outbox/use-outbox';
import { diffIndicator } from '../../../domain/changes/diff-indicator';
import { PERIOD_EXAMPLES } from '../../../domain/periods/period';
import type { Indicator } from '../../../domain/types';
import { blankTarget, definitionInputOf, validateDefinition, type DefinitionInput, type TargetInput } from '../../../domain/rules/validate-definition';
import { useCurrentEditor } from '../../../hooks/use-current-editor';
import { usePermissions } from '../../../api/session';
import { TextField } from '../../../components/form/TextField';
import { TargetFields } from './TargetFields';

/**
 * An indicator's baseline, targets and source, for a lead to correct or restate (e.g. add the 2028
 * restatement next to the original target). A change goes through the same outbox as figures: kept
 * in this browser until the source confirms it, through a reload, a closed tab or a spell offline,
 * and met with a colleague's newer version as a choice, never an overwrite. Every change is kept in
 * the indicator's history.
 */
export function DefinitionEditor({ frameworkId, ambitionNumber, indicator }: { frameworkId: string; ambitionNumber: number; indicator: Indicator }) {
  const editor = useCurrentEditor();
  const { hasSignIn, user, mayEditDefinitions } = usePermissions(frameworkId);
  const id = pendingDefinitionId(frameworkId, indicator.id);
  const pending = usePendingDefinition(id);
  const sending = useIsSending(id);
  const confirmation = useConfirmation(id);
  const queueDefinition = useQueueDefinition();
  const sendDefinition = useSendPendingDefinition();
  const { discardDefinition, rebaseDefinition } = useOutboxActions();
  const showIndicator = useShowIndicator(frameworkId);
  // The version the lead started from: the kept change's, else what is saved.
  const base = pending?.base ?? indicator;
  const [input, setInput] = useState<DefinitionInput>(() => definitionInputOf(pending?.proposed ?? indicator));
  const [note, setNote] = useState(pending?.note ?? '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [attempt, setAttempt] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);

  useEffect(() => {
    if (attempt > 0) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [attempt]);

  // Once nothing is kept and a new version is saved (this lead's or a colleague's), the form shows it.
  const shownVersion = useRef(indicator.version);
  useEffect(() => {
    if (pending || shownVersion.current === indicator.version) return;
    shownVersion.current = indicator.version;
    setInput(definitionInputOf(indicator));
    setNote('');
  }, [pending, indicator]);

  if (!editor) return null;
  if (hasSignIn && !mayEditDefinitions()) {
    return (
      <p className="edit-toggle__note">
        The baseline and targets of {indicator.name} hold for every place, so they are changed by a lead for every place or an administrator; {user?.name} cannot change them.
      </p>
    );
  }
  const conflict = pending?.state.kind === 'conflict' ? pending.state.current : undefined;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = validateDefinition(input, base);
    setErrors(result.ok ? {} : result.errors);
    if (!result.ok) return setAttempt((n) => n + 1);
    await queueDefinition({
      frameworkId,
      labels: { indicator: indicator.name, ambitionNumber },
      saved: indicator,
      proposed: result.indicator,
      editor: editor!,
      ...(note.trim() ? { note: note.trim() } : {}),
    });
    void sendDefinition(id);
  }

  const setTarget = (index: number, target: TargetInput) => setInput((prev) => ({ ...prev, targets: prev.targets.map((t, i) => (i === index ? target : t)) }));
  const removeTarget = (index: number) => setInput((prev) => ({ ...prev, targets: prev.targets.filter((_, i) => i !== index) }));

  return (
    <form ref={formRef} className="point-form definition-editor" onSubmit={(e) => void submit(e)} noValidate aria-label={`Baseline, targets and source of ${indicator.name}`}>
      <p className="series-editor__status" role="status">
        {pending ? '' : (confirmation ?? '')}
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
          <p>Applying yours changes only what you changed; their other changes stay.</p>
          <div className="point-form__actions">
            <button
              type="button"
              className="button"
              disabled={sending}
              onClick={() =>
                void rebaseDefinition(id, conflict).then((rebased) => {
                  if (rebased) setInput(definitionInputOf(rebased.proposed));
                  return sendDefinition(id);
                })
              }
            >
              Apply my changes to theirs
            </button>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                showIndicator(conflict);
                setInput(definitionInputOf(conflict));
                shownVersion.current = conflict.version;
                void discardDefinition(id, 'Your changes were dropped; the form shows your colleague’s version.');
              }}
            >
              Keep theirs, drop mine
            </button>
          </div>
        </div>
      )}
      {pending && !sending && pending.state.kind !== 'conflict' && (
        <div className="pending-notice" role={pending.state.kind === 'rejected' ? 'alert' : undefined}>
          <p className="pending-notice__title">
            {pending.state.kind === 'rejected' ? 'Your changes to the baseline and targets were not accepted' : 'Your changes to the baseline and targets were not saved'}
          </p>
          {pending.state.problem && <p>{pending.state.problem}</p>}
          <p className="series-editor__actions">
            {pending.state.kind === 'waiting' && (
              <button type="button" className="button" onClick={() => void sendDefinition(id)}>
                Try again
              </button>
            )}
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                setInput(definitionInputOf(indicator));
                void discardDefinition(id, 'Your changes to the baseline and targets were discarded.');
              }}
            >
              Discard my changes
            </button>
          </p>
        </div>
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
        <button type="submit" className="button" disabled={sending}>
          {sending ? 'Saving…' : 'Save baseline, targets and source'}
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
