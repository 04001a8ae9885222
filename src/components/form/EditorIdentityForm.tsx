import { useState, type FormEvent } from 'react';
import './form.css';
import { useEditingActions } from '../../hooks/editing-store';
import { TextField } from './TextField';

/** Asked once: every change records who made it. Kept in this browser only. */
export function EditorIdentityForm() {
  const { editorIdentified } = useEditingActions();
  const [name, setName] = useState('');
  const [organisation, setOrganisation] = useState('');
  const [errors, setErrors] = useState<{ name?: string; organisation?: string }>({});

  function submit(event: FormEvent) {
    event.preventDefault();
    const found = { name: name.trim() ? undefined : 'Enter your name.', organisation: organisation.trim() ? undefined : 'Enter your organisation.' };
    setErrors(found);
    if (found.name || found.organisation) return;
    editorIdentified({ name: name.trim().slice(0, 120), organisation: organisation.trim().slice(0, 200) });
  }

  return (
    <form className="identity-form" onSubmit={submit} noValidate aria-labelledby="identity-title">
      <h2 id="identity-title" className="identity-form__title">
        Who is updating the figures?
      </h2>
      <p>Each change you make is recorded with your name and organisation, so colleagues can see who changed what. They are kept in this browser.</p>
      <TextField label="Your name" value={name} onChange={setName} error={errors.name} autoComplete="name" />
      <TextField label="Organisation" value={organisation} onChange={setOrganisation} error={errors.organisation} autoComplete="organization" />
      <button type="submit" className="button">
        Start updating
      </button>
    </form>
  );
}
