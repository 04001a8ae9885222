import { useState } from 'react';
import { TextField } from '../../components/form/TextField';
import type { Framework, Place } from '../../domain/types';
import { validatePlace, type PlaceInput } from '../../domain/rules/validate-setup';
import { SetupForm, useFields } from './SetupForm';
import type { SetupChange } from './use-setup-change';

const inputOf = (p?: Place): PlaceInput => ({ name: p?.name ?? '', areaCodes: (p?.areaCodes ?? []).join(', '), note: p?.note ?? '' });

/** The partnership's places: the whole of it first, then each place, with their ONS codes. */
export function PlacesSection({ framework, setup }: { framework: Framework; setup: SetupChange }) {
  const [editing, setEditing] = useState<string | 'new' | null>(null);
  return (
    <section aria-labelledby="setup-places" className="setup-section">
      <h2 id="setup-places">Places</h2>
      <p className="field__hint">The whole partnership and each place it reports on (up to 50). ONS codes let a Fingertips download find each place’s figures.</p>
      <div className="table-scroll">
        <table className="data-table">
          <caption className="visually-hidden">The partnership’s places</caption>
          <thead>
            <tr>
              <th scope="col">Place</th>
              <th scope="col">ONS codes</th>
              <th scope="col">Note</th>
              <th scope="col">
                <span className="visually-hidden">Change</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {framework.places.map((p) => (
              <tr key={p.id}>
                <th scope="row">
                  {p.name}
                  {p.isTotal && framework.places.length > 1 && <span className="setup-muted"> (the whole partnership)</span>}
                </th>
                <td>{(p.areaCodes ?? []).join(', ') || '—'}</td>
                <td>{p.note ?? '—'}</td>
                <td>
                  <button type="button" className="link-button" onClick={() => setEditing(p.id)} aria-label={`Change ${p.name}`}>
                    Change
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {editing ? (
        <PlaceForm key={editing} framework={framework} setup={setup} place={framework.places.find((p) => p.id === editing)} onDone={() => setEditing(null)} />
      ) : (
        framework.places.length < 50 && (
          <button type="button" className="button button--secondary" onClick={() => setEditing('new')}>
            Add a place
          </button>
        )
      )}
    </section>
  );
}

function PlaceForm({ framework, setup, place, onDone }: { framework: Framework; setup: SetupChange; place?: Place; onDone: () => void }) {
  const { values, set } = useFields(() => inputOf(place));
  return (
    <SetupForm
      title={place ? `Change ${place.name}` : 'Add a place'}
      submitLabel={place ? 'Save the place' : 'Add the place'}
      saving={setup.saving}
      onCancel={onDone}
      onSubmit={async () => {
        const checked = validatePlace(values, framework, place?.id);
        if (!checked.ok) return checked.errors;
        const p = checked.value;
        const saved = await setup.change(place ? `Changed the place ${p.name}` : `Added the place ${p.name}`, (f) => ({
          ...f,
          places: place ? f.places.map((x) => (x.id === p.id ? p : x)) : [...f.places, p],
        }));
        if (saved) onDone();
        return saved;
      }}
    >
      {(errors) => (
        <>
          <TextField label="Name" value={values.name} onChange={set('name')} error={errors.name} />
          <TextField
            label="ONS codes (optional)"
            hint="The council areas that make it up, e.g. E08000033. Separate several with commas."
            value={values.areaCodes}
            onChange={set('areaCodes')}
            error={errors.areaCodes}
          />
          <TextField label="Note (optional)" hint="Why its figures need care, e.g. it joined in 2022." value={values.note} onChange={set('note')} error={errors.note} multiline />
        </>
      )}
    </SetupForm>
  );
}
