import { ProvenanceField } from './ProvenanceField';
import { SelectField } from '../../components/form/SelectField';
import { TextField } from '../../components/form/TextField';
import { ACTION_STATUS_LABEL } from '../../domain/status/assess-actions';
import { numbered, wordsOf } from '../../domain/words/terms';
import type { Action, Ambition, Framework } from '../../domain/types';
import { ACTION_STATUSES, validateAction, type ActionInput } from '../../domain/rules/validate-setup';
import { SetupForm, useFields } from './SetupForm';
import type { SetupChange } from './use-setup-change';

/** An action or milestone: what, who, by when, and how it stands. */
export function ActionForm({ framework, setup, ambition, action, onDone }: { framework: Framework; setup: SetupChange; ambition: Ambition; action?: Action; onDone: () => void }) {
  const words = wordsOf(framework);
  const { values, set } = useFields<ActionInput>(() => ({
    title: action?.title ?? '',
    owner: action?.owner ?? '',
    due: action?.due ?? '',
    status: action?.status ?? 'not-started',
    provenance: action?.provenance ?? '',
  }));
  return (
    <SetupForm
      title={action ? `Change “${action.title}”` : `Add an action to ${numbered(words, ambition.number)}`}
      submitLabel={action ? 'Save the action' : 'Add the action'}
      saving={setup.saving}
      level={4}
      onCancel={onDone}
      onSubmit={async () => {
        const checked = validateAction(values, framework, action);
        if (!checked.ok) return checked.errors;
        const x = checked.value;
        const saved = await setup.change(action ? `Changed the action “${x.title}”` : `Added the action “${x.title}” to ${numbered(words, ambition.number)}`, (f) => ({
          ...f,
          ambitions: f.ambitions.map((a) =>
            a.number !== ambition.number ? a : { ...a, actions: action ? (a.actions ?? []).map((y) => (y.id === x.id ? x : y)) : [...(a.actions ?? []), x] },
          ),
        }));
        if (saved) onDone();
        return saved;
      }}
    >
      {(errors) => (
        <>
          <TextField label="What will be done" value={values.title} onChange={set('title')} error={errors.title} />
          <TextField label="Who is responsible" hint="A person, team or organisation." value={values.owner} onChange={set('owner')} error={errors.owner} />
          <TextField label="Due" hint="For example 2027-03-31." type="date" value={values.due} onChange={set('due')} error={errors.due} />
          <SelectField label="Status" value={values.status} onChange={set('status')} options={ACTION_STATUSES.map((s) => ({ value: s, label: ACTION_STATUS_LABEL[s] }))} />
          <ProvenanceField label="Is the action published?" value={values.provenance} onChange={set('provenance')} error={errors.provenance} />
        </>
      )}
    </SetupForm>
  );
}
