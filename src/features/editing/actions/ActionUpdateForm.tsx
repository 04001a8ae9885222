import { useState, type FormEvent } from 'react';
import { usePermissions } from '../../../api/session';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { SelectField } from '../../../components/form/SelectField';
import { TextField } from '../../../components/form/TextField';
import type { ActionToolsProps } from '../../../components/slots';
import { ACTION_STATUS_LABEL } from '../../../domain/status/assess-actions';
import { asFramework } from '../../../domain/changes/pending-definition';
import { onlyAddsActionUpdates, pendingFrameworkId } from '../../../domain/changes/pending-framework';
import { readOutboxView, useIsSending } from '../../../outbox/outbox-store';
import { useOutboxActions, useQueueFramework, useSendPendingFramework } from '../../../outbox/use-outbox';
import type { ActionStatus, ActionUpdate, Framework } from '../../../domain/types';
import { ACTION_STATUSES } from '../../../domain/rules/validate-setup';
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

/**
 * A dated word on an action from whoever is updating: what happened and where it stands. An update
 * is only ever added, so a colleague's change to the plan meanwhile is kept and this one laid on
 * it, and the person is told; if the action itself was removed, nothing is saved and they are told.
 */
export function ActionUpdateForm({ ambitionNumber, action }: ActionToolsProps) {
  const framework = useCurrentFramework();
  const editMode = useUpdateMode();
  const editor = useCurrentEditor();
  const { mayUpdateActions } = usePermissions(framework.id);
  const queue = useQueueFramework();
  const send = useSendPendingFramework();
  const { discardFramework } = useOutboxActions();
  const sending = useIsSending(pendingFrameworkId(framework.id));
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
    // Kept in this browser first, like every change; a colleague's change meanwhile is laid under it.
    const kept = await queue({
      frameworkId: framework.id,
      saved: framework,
      update: (f) => withUpdate(f, ambitionNumber, action.id, update),
      note: `Update to the action “${action.title}”`,
      editor: editor!,
    });
    const outcome = await send(kept.id);
    const record = asFramework(readOutboxView().changes[kept.id]);
    if (outcome === 'saved') setOutcome(`Your update to “${action.title}” is saved.`);
    else if (outcome === 'waiting')
      setOutcome(
        `Your update to “${action.title}” is kept on this device and will be sent when it can be. ${record?.state.kind === 'waiting' ? (record.state.problem ?? '') : ''}`,
      );
    else if (outcome === 'conflict' && record && onlyAddsActionUpdates(record)) {
      await discardFramework(kept.id, '');
      setProblem(new Error(`A colleague removed the action “${action.title}” while you were writing. Your update was not saved; it is still in the box.`));
      return;
    } else if (outcome === 'conflict') {
      setOutcome('A colleague changed the set-up while you were working: open the set-up to choose which to keep. Your update is kept with your other changes.');
    } else {
      setProblem(new Error(record?.state.kind === 'rejected' ? record.state.problem : 'The update was not saved.'));
      if (record && onlyAddsActionUpdates(record)) await discardFramework(kept.id, '');
      return;
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
            <button type="submit" className="button" disabled={sending}>
              {sending ? 'Saving…' : 'Save the update'}
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
