import { useState, type FormEvent } from 'react';
import { DataSourceError } from '../../../api/errors';
import { useSaveFramework } from '../../../api/frameworks';
import { usePermissions } from '../../../api/session';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { SelectField } from '../../../components/form/SelectField';
import { TextField } from '../../../components/form/TextField';
import type { ActionToolsProps } from '../../../components/slots';
import { ACTION_STATUS_LABEL } from '../../../domain/assess-actions';
import { rebaseFramework } from '../../../domain/rebase-framework';
import type { ActionStatus, ActionUpdate, Framework } from '../../../domain/types';
import { ACTION_STATUSES } from '../../../domain/validate-setup';
import { useCurrentEditor } from '../../../hooks/use-current-editor';
import { useCurrentFramework } from '../../../hooks/use-current-framework';
import { newId } from '../../../lib/new-id';
import { useUpdateMode } from '../use-update-mode';

/** The framework with one more update on one action, which takes the update's status. */
function withUpdate(framework: Framework, ambitionNumber: number, actionId: string, update: ActionUpdate): Framework {
  return {
    ...framework,
    ambitions: framework.ambitions.map((a) =>
      a.number !== ambitionNumber
        ? a
        : { ...a, actions: (a.actions ?? []).map((x) => (x.id === actionId ? { ...x, status: update.status, updates: [...(x.updates ?? []), update] } : x)) },
    ),
  };
}

const hasUpdate = (framework: Framework, actionId: string, updateId: string) =>
  framework.ambitions.some((a) => a.actions?.some((x) => x.id === actionId && x.updates?.some((u) => u.id === updateId)));

/**
 * A dated word on an action from whoever is updating: what happened and where it stands. An update
 * is only ever added, so a colleague's change to the plan meanwhile is kept and this one laid on
 * it, and the person is told; if the action itself was removed, nothing is saved and they are told.
 */
export function ActionUpdateForm({ ambitionNumber, action }: ActionToolsProps) {
  const framework = useCurrentFramework();
  const editMode = useUpdateMode();
  const editor = useCurrentEditor();
  const { mayUpdateActions } = usePermissions();
  const save = useSaveFramework();
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState<ActionStatus>(action.status === 'late' ? 'late' : action.status);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [outcome, setOutcome] = useState<string>('');
  const [problem, setProblem] = useState<unknown>(null);
  if (!editMode || !editor)
    return (
      <p className="action-update__outcome" role="status">
        {outcome}
      </p>
    );
  if (!mayUpdateActions()) return null;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const said = text.trim();
    if (!said) return setError('Say what has happened since the last update.');
    if (said.length > 2000) return setError('Keep the update to 2,000 characters.');
    setError(undefined);
    setProblem(null);
    const update: ActionUpdate = { id: newId(), at: new Date().toISOString(), author: editor!, status, text: said };
    const note = `Update to the action “${action.title}”`;
    const send = (base: Framework, mine: Framework) =>
      save.mutateAsync({ frameworkId: framework.id, change: { baseVersion: base.version ?? 0, framework: mine, editor: editor!, note, changeId: newId() } });
    const mine = withUpdate(framework, ambitionNumber, action.id, update);
    try {
      await send(framework, mine);
      setOutcome(`Your update to “${action.title}” is saved.`);
    } catch (failure) {
      if (!(failure instanceof DataSourceError && failure.kind === 'conflict' && failure.details.currentFramework)) {
        setProblem(failure);
        return;
      }
      const theirs = failure.details.currentFramework;
      const merged = rebaseFramework(framework, mine, theirs);
      if (!hasUpdate(merged, action.id, update.id)) {
        setProblem(new Error(`A colleague removed the action “${action.title}” while you were writing. Your update was not saved; it is still in the box.`));
        return;
      }
      try {
        await send(theirs, merged);
        setOutcome(`A colleague had changed the plan meanwhile; their changes are kept and your update to “${action.title}” is added to them.`);
      } catch (again) {
        setProblem(again);
        return;
      }
    }
    setText('');
    setOpen(false);
  }

  return (
    <div className="action-update">
      <p className="action-update__outcome" role="status">
        {outcome}
      </p>
      {problem !== null && <ErrorMessage title="The update was not saved" error={problem} />}
      {open ? (
        <form className="point-form" onSubmit={(e) => void submit(e)} noValidate aria-label={`Update “${action.title}”`}>
          <SelectField label="Status now" value={status} onChange={setStatus} options={ACTION_STATUSES.map((s) => ({ value: s, label: ACTION_STATUS_LABEL[s] }))} />
          <TextField label="What has happened" value={text} onChange={setText} error={error} multiline />
          <div className="point-form__actions">
            <button type="submit" className="button" disabled={save.isPending}>
              {save.isPending ? 'Saving…' : 'Save the update'}
            </button>
            <button type="button" className="button button--secondary" onClick={() => setOpen(false)}>
              Cancel
            </button>
          </div>
        </form>
      ) : (
        <button type="button" className="button button--secondary" onClick={() => setOpen(true)}>
          Add an update<span className="visually-hidden"> to “{action.title}”</span>
        </button>
      )}
    </div>
  );
}
