import { SelectField } from '../../components/form/SelectField';
import type { Provenance } from '../../domain/types';

const OPTIONS: { value: Provenance | ''; label: string }[] = [
  { value: 'published', label: 'Published by the partnership' },
  { value: 'illustrative', label: 'Illustrative (an example, not published)' },
];

/** For something new: no answer until a person gives one (nothing is published by default). */
const CHOICES: { value: Provenance | ''; label: string }[] = [{ value: '', label: 'Choose: published or illustrative' }, ...OPTIONS];

/** "Is it published?" for an indicator, action or programme: unanswered until chosen, its problem beside it. */
export function ProvenanceField({ label, value, onChange, error }: { label: string; value: Provenance | ''; onChange: (value: Provenance | '') => void; error?: string }) {
  return <SelectField label={label} value={value} onChange={onChange} options={value ? OPTIONS : CHOICES} error={error} />;
}
