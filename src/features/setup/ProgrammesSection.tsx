import { ProvenanceField } from './ProvenanceField';
import { useId, useState } from 'react';
import { TextField } from '../../components/form/TextField';
import { formatFunding, totalFunding } from '../../domain/words/programmes';
import { numbered, wordsOf } from '../../domain/words/terms';
import type { Framework, Programme } from '../../domain/types';
import { validateProgramme, type ProgrammeInput } from '../../domain/rules/validate-setup';
import { SetupForm, useFields } from './SetupForm';
import type { SetupChange } from './use-setup-change';

/** Programmes of work, their funding, and the commitments each serves. */
export function ProgrammesSection({ framework, setup }: { framework: Framework; setup: SetupChange }) {
  const words = wordsOf(framework);
  const [editing, setEditing] = useState<string | 'new' | null>(null);
  const programmes = framework.programmes ?? [];
  return (
    <section aria-labelledby="setup-programmes" className="setup-section">
      <h2 id="setup-programmes">Programmes and funding</h2>
      {programmes.length === 0 ? (
        <p>No programmes yet.</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <caption className="visually-hidden">Programmes, their funding and the {words.many} they serve</caption>
            <thead>
              <tr>
                <th scope="col">Programme</th>
                <th scope="col">Owner</th>
                <th scope="col">Period</th>
                <th scope="col" className="numeric">
                  Funding
                </th>
                <th scope="col">{words.Many}</th>
                <th scope="col">
                  <span className="visually-hidden">Change</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {programmes.map((p) => (
                <tr key={p.id}>
                  <th scope="row">{p.name}</th>
                  <td>{p.owner}</td>
                  <td>{p.period}</td>
                  <td className="numeric">{p.funding === undefined ? 'Not published' : formatFunding(p.funding)}</td>
                  <td>{p.ambitionNumbers.join(', ') || 'None'}</td>
                  <td>
                    <button type="button" className="link-button" onClick={() => setEditing(p.id)}>
                      Change<span className="visually-hidden"> {p.name}</span>
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row" colSpan={3}>
                  Total
                </th>
                <td className="numeric">{formatFunding(totalFunding(programmes))}</td>
                <td colSpan={2} />
              </tr>
            </tfoot>
          </table>
        </div>
      )}
      {editing ? (
        <ProgrammeForm key={editing} framework={framework} setup={setup} programme={programmes.find((p) => p.id === editing)} onDone={() => setEditing(null)} />
      ) : (
        <button type="button" className="button button--secondary" onClick={() => setEditing('new')}>
          Add a programme
        </button>
      )}
    </section>
  );
}

function ProgrammeForm({ framework, setup, programme, onDone }: { framework: Framework; setup: SetupChange; programme?: Programme; onDone: () => void }) {
  const words = wordsOf(framework);
  const groupId = useId();
  const { values, set } = useFields<ProgrammeInput>(() => ({
    name: programme?.name ?? '',
    description: programme?.description ?? '',
    owner: programme?.owner ?? '',
    period: programme?.period ?? '',
    funding: programme?.funding === undefined ? '' : formatFunding(programme.funding),
    ambitionNumbers: programme?.ambitionNumbers ?? [],
    provenance: programme?.provenance ?? '',
    source: programme?.source ?? '',
  }));
  const toggle = (n: number) => set('ambitionNumbers')(values.ambitionNumbers.includes(n) ? values.ambitionNumbers.filter((x) => x !== n) : [...values.ambitionNumbers, n]);
  return (
    <SetupForm
      title={programme ? `Change “${programme.name}”` : 'Add a programme'}
      submitLabel={programme ? 'Save the programme' : 'Add the programme'}
      saving={setup.saving}
      onCancel={onDone}
      onSubmit={async () => {
        const checked = validateProgramme(values, framework, programme);
        if (!checked.ok) return checked.errors;
        const p = checked.value;
        const saved = await setup.change(programme ? `Changed the programme “${p.name}”` : `Added the programme “${p.name}”`, (f) => ({
          ...f,
          programmes: programme ? (f.programmes ?? []).map((x) => (x.id === p.id ? p : x)) : [...(f.programmes ?? []), p],
        }));
        if (saved) onDone();
        return saved;
      }}
    >
      {(errors) => (
        <>
          <TextField label="Name" value={values.name} onChange={set('name')} error={errors.name} />
          <TextField label="Who runs it" value={values.owner} onChange={set('owner')} error={errors.owner} />
          <TextField label="Period" hint="The period its funding covers, e.g. 2024/25 or 2024/25-26/27." value={values.period} onChange={set('period')} error={errors.period} />
          <TextField
            label="Funding (optional)"
            hint="For example £2.6m or £850,000. Leave empty if not published."
            value={values.funding}
            onChange={set('funding')}
            error={errors.funding}
          />
          <TextField label="What it does (optional)" value={values.description} onChange={set('description')} error={errors.description} multiline />
          <TextField label="Source" hint="Where the programme and its funding are published." value={values.source} onChange={set('source')} error={errors.source} />
          <ProvenanceField label="Is it published?" value={values.provenance} onChange={set('provenance')} error={errors.provenance} />
          <fieldset className="setup-checkboxes" aria-describedby={errors.ambitionNumbers ? `${groupId}-error` : undefined}>
            <legend>The {words.many} it serves</legend>
            {errors.ambitionNumbers && (
              <p id={`${groupId}-error`} className="field__error">
                {errors.ambitionNumbers}
              </p>
            )}
            {framework.ambitions.map((a) => (
              <label key={a.number}>
                <input type="checkbox" checked={values.ambitionNumbers.includes(a.number)} onChange={() => toggle(a.number)} /> {numbered(words, a.number)}: {a.title}
              </label>
            ))}
          </fieldset>
        </>
      )}
    </SetupForm>
  );
}
