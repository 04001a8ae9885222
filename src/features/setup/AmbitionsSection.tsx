import { useState } from 'react';
import { TextField } from '../../components/form/TextField';
import { formatDay, ACTION_STATUS_LABEL } from '../../domain/status/assess-actions';
import { numbered, wordsOf } from '../../domain/words/terms';
import type { Ambition, Framework } from '../../domain/types';
import { validateAmbition } from '../../domain/rules/validate-setup';
import { ActionForm } from './ActionForm';
import { IndicatorForm } from './IndicatorForm';
import { SetupForm, useFields } from './SetupForm';
import type { SetupChange } from './use-setup-change';

type Editing =
  { kind: 'ambition'; number: number | 'new' } | { kind: 'indicator'; number: number; id: string | 'new' } | { kind: 'action'; number: number; id: string | 'new' } | null;

/** Each commitment with its indicators and actions, in the partnership's own words and numbering. */
export function AmbitionsSection({ framework, setup }: { framework: Framework; setup: SetupChange }) {
  const words = wordsOf(framework);
  const [editing, setEditing] = useState<Editing>(null);
  const done = () => setEditing(null);
  return (
    <section aria-labelledby="setup-ambitions" className="setup-section">
      <h2 id="setup-ambitions">{words.Many}</h2>
      <p className="field__hint">Each {words.one} is judged on its first indicator’s figures; one with no indicator yet is judged on its actions.</p>
      {framework.ambitions.length === 0 && <p>No {words.many} yet.</p>}
      <ol className="setup-ambitions">
        {framework.ambitions.map((a) => (
          <li key={a.number} className="setup-ambition">
            <h3>
              {numbered(words, a.number)}: {a.title}
            </h3>
            <p className="setup-ambition__commitment">{a.commitment}</p>
            {editing?.kind === 'ambition' && editing.number === a.number ? (
              <AmbitionForm framework={framework} setup={setup} ambition={a} onDone={done} />
            ) : (
              <button type="button" className="link-button" onClick={() => setEditing({ kind: 'ambition', number: a.number })}>
                Change the title or commitment<span className="visually-hidden"> of {numbered(words, a.number)}</span>
              </button>
            )}
            <h4>Indicators</h4>
            {a.indicators.length === 0 ? (
              <p className="setup-muted">None: judged on its actions.</p>
            ) : (
              <ul>
                {a.indicators.map((i) => (
                  <li key={i.id}>
                    {i.name}{' '}
                    <span className="setup-muted">
                      ({i.unit.label || i.unit.kind}, {i.direction === 'lower-is-better' ? 'lower is better' : 'higher is better'})
                    </span>{' '}
                    <button type="button" className="link-button" onClick={() => setEditing({ kind: 'indicator', number: a.number, id: i.id })}>
                      Change<span className="visually-hidden"> {i.name}</span>
                    </button>
                  </li>
                ))}
              </ul>
            )}
            {editing?.kind === 'indicator' && editing.number === a.number ? (
              <IndicatorForm key={editing.id} framework={framework} setup={setup} ambition={a} indicator={a.indicators.find((i) => i.id === editing.id)} onDone={done} />
            ) : (
              <button type="button" className="button button--secondary" onClick={() => setEditing({ kind: 'indicator', number: a.number, id: 'new' })}>
                Add an indicator<span className="visually-hidden"> to {numbered(words, a.number)}</span>
              </button>
            )}
            <h4>Actions and milestones</h4>
            <ActionList ambition={a} onChange={(id) => setEditing({ kind: 'action', number: a.number, id })} />
            {editing?.kind === 'action' && editing.number === a.number ? (
              <ActionForm key={editing.id} framework={framework} setup={setup} ambition={a} action={a.actions?.find((x) => x.id === editing.id)} onDone={done} />
            ) : (
              <button type="button" className="button button--secondary" onClick={() => setEditing({ kind: 'action', number: a.number, id: 'new' })}>
                Add an action<span className="visually-hidden"> to {numbered(words, a.number)}</span>
              </button>
            )}
          </li>
        ))}
      </ol>
      {editing?.kind === 'ambition' && editing.number === 'new' ? (
        <AmbitionForm framework={framework} setup={setup} onDone={done} />
      ) : (
        <button type="button" className="button" onClick={() => setEditing({ kind: 'ambition', number: 'new' })}>
          Add {/^[aeiou]/i.test(words.one) ? 'an' : 'a'} {words.one}
        </button>
      )}
    </section>
  );
}

function ActionList({ ambition, onChange }: { ambition: Ambition; onChange: (id: string) => void }) {
  const actions = ambition.actions ?? [];
  if (actions.length === 0) return <p className="setup-muted">None yet.</p>;
  return (
    <ul>
      {actions.map((x) => (
        <li key={x.id}>
          {x.title}{' '}
          <span className="setup-muted">
            ({x.owner}; due {formatDay(x.due)}; {ACTION_STATUS_LABEL[x.status].toLowerCase()})
          </span>{' '}
          <button type="button" className="link-button" onClick={() => onChange(x.id)}>
            Change<span className="visually-hidden"> {x.title}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}

function AmbitionForm({ framework, setup, ambition, onDone }: { framework: Framework; setup: SetupChange; ambition?: Ambition; onDone: () => void }) {
  const words = wordsOf(framework);
  const next = Math.max(0, ...framework.ambitions.map((a) => a.number)) + 1;
  const { values, set } = useFields(() => ({ number: String(ambition?.number ?? next), title: ambition?.title ?? '', commitment: ambition?.commitment ?? '' }));
  return (
    <SetupForm
      title={ambition ? `Change ${numbered(words, ambition.number)}` : `Add ${/^[aeiou]/i.test(words.one) ? 'an' : 'a'} ${words.one}`}
      level={ambition ? 4 : 3}
      submitLabel={ambition ? 'Save' : `Add the ${words.one}`}
      saving={setup.saving}
      onCancel={onDone}
      onSubmit={async () => {
        const checked = validateAmbition(values, framework, ambition?.number);
        if (!checked.ok) return checked.errors;
        const a = checked.value;
        const saved = await setup.change(ambition ? `Changed ${numbered(words, a.number)}` : `Added ${numbered(words, a.number)}: ${a.title}`, (f) => ({
          ...f,
          ambitions: (ambition ? f.ambitions.map((x) => (x.number === ambition.number ? { ...x, ...a } : x)) : [...f.ambitions, { ...a, indicators: [], actions: [] }]).sort(
            (x, y) => x.number - y.number,
          ),
        }));
        if (saved) onDone();
        return saved;
      }}
    >
      {(errors) => (
        <>
          <TextField label="Number" value={values.number} onChange={set('number')} error={errors.number} inputMode="decimal" />
          <TextField label="Title" hint="A few words, e.g. “Young carers”." value={values.title} onChange={set('title')} error={errors.title} />
          <TextField label="Commitment" hint="As the partnership published it." value={values.commitment} onChange={set('commitment')} error={errors.commitment} multiline />
        </>
      )}
    </SetupForm>
  );
}
