import { useState } from 'react';
import { TextField } from '../../components/form/TextField';
import { text } from '../../domain/rules/validate-definition';
import { wordsOf } from '../../domain/words/terms';
import type { Framework } from '../../domain/types';
import { SetupForm, useFields } from './SetupForm';
import type { SetupChange } from './use-setup-change';

/** The partnership's name, its word for a commitment, and where its commitments are published. */
export function DetailsSection({ framework, setup }: { framework: Framework; setup: SetupChange }) {
  const [open, setOpen] = useState(false);
  const words = wordsOf(framework);
  return (
    <section aria-labelledby="setup-details" className="setup-section">
      <h2 id="setup-details">The partnership</h2>
      <dl className="setup-details">
        <dt>Name</dt>
        <dd>{framework.name}</dd>
        <dt>Short name</dt>
        <dd>{framework.shortName}</dd>
        <dt>Its word for a commitment</dt>
        <dd>
          {words.one} ({words.many})
        </dd>
        <dt>Where they are published</dt>
        <dd>{framework.source}</dd>
        {framework.note && (
          <>
            <dt>Note shown with it</dt>
            <dd>{framework.note}</dd>
          </>
        )}
      </dl>
      {open ? (
        <DetailsForm framework={framework} setup={setup} onDone={() => setOpen(false)} />
      ) : (
        <button type="button" className="button button--secondary" onClick={() => setOpen(true)}>
          Change these
        </button>
      )}
    </section>
  );
}

function DetailsForm({ framework, setup, onDone }: { framework: Framework; setup: SetupChange; onDone: () => void }) {
  const words = wordsOf(framework);
  const { values, set } = useFields(() => ({
    name: framework.name,
    shortName: framework.shortName,
    one: words.one,
    many: words.many,
    source: framework.source,
    note: framework.note ?? '',
  }));
  return (
    <SetupForm
      title="Change the partnership’s details"
      submitLabel="Save the details"
      saving={setup.saving}
      onCancel={onDone}
      onSubmit={async () => {
        const errors: Record<string, string> = {};
        const name = text(values.name, 'Give the partnership’s name.', 'name', errors);
        const shortName = text(values.shortName, 'Give a short name for headings.', 'shortName', errors);
        if (shortName && shortName.length > 40) errors.shortName = 'Keep the short name to 40 characters.';
        const one = text(values.one, 'Say what one commitment is called.', 'one', errors);
        const many = text(values.many, 'And several.', 'many', errors);
        const source = text(values.source, 'Say where the commitments are published.', 'source', errors);
        const note = text(values.note, undefined, 'note', errors);
        if (Object.keys(errors).length > 0) return errors;
        const saved = await setup.change('Changed the partnership’s details', (f) => {
          const { note: _old, ...rest } = f;
          return { ...rest, name: name!, shortName: shortName!, terms: { one: one!.toLowerCase(), many: many!.toLowerCase() }, source: source!, ...(note ? { note } : {}) };
        });
        if (saved) onDone();
        return saved;
      }}
    >
      {(errors) => (
        <>
          <TextField label="Name" value={values.name} onChange={set('name')} error={errors.name} />
          <TextField label="Short name" value={values.shortName} onChange={set('shortName')} error={errors.shortName} />
          <TextField label="Word for one commitment" hint="For example ambition, priority area, big ambition." value={values.one} onChange={set('one')} error={errors.one} />
          <TextField label="Word for several" value={values.many} onChange={set('many')} error={errors.many} />
          <TextField label="Where the commitments are published" value={values.source} onChange={set('source')} error={errors.source} />
          <TextField label="Note shown with the partnership (optional)" value={values.note} onChange={set('note')} error={errors.note} multiline />
        </>
      )}
    </SetupForm>
  );
}
