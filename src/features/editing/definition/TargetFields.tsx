import { useId } from 'react';
import type { Provenance } from '../../../domain/types';
import type { TargetInput } from '../../../domain/rules/validate-definition';
import { TextField } from '../../../components/form/TextField';

export interface TargetFieldsProps {
  index: number;
  target: TargetInput;
  errors: Record<string, string>;
  onChange: (target: TargetInput) => void;
  onRemove?: () => void;
}

/** One target's fields, grouped so a screen reader hears which target each field belongs to. */
export function TargetFields({ index, target, errors, onChange, onRemove }: TargetFieldsProps) {
  const id = useId();
  const error = (field: string) => errors[`targets.${index}.${field}`];
  const set = (field: keyof TargetInput) => (value: string) => onChange({ ...target, [field]: value });
  return (
    <fieldset className="target-fields">
      <legend>
        Target {index + 1}
        {target.label ? `: ${target.label}` : ''}
      </legend>
      <div className="point-form__grid">
        <TextField label="Name of the target" value={target.label} onChange={set('label')} error={error('label')} hint="For example “Revised (2023 Joint Forward Plan)”." />
        <TextField label="Target period" value={target.period} onChange={set('period')} error={error('period')} />
        <fieldset className="target-fields__choice">
          <legend>The target is</legend>
          {(
            [
              ['relative', 'A change from the baseline, in %'],
              ['absolute', 'A value to reach'],
            ] as const
          ).map(([kind, label]) => (
            <label key={kind}>
              <input type="radio" name={`${id}-kind`} checked={target.kind === kind} onChange={() => onChange({ ...target, kind })} /> {label}
            </label>
          ))}
        </fieldset>
        <TextField
          label={target.kind === 'relative' ? 'Change in % (e.g. -10 for 10% lower)' : 'Value to reach'}
          value={target.amount}
          onChange={set('amount')}
          error={error('amount')}
          inputMode="decimal"
        />
        <TextField
          label="Measured from (optional)"
          value={target.basePeriod}
          onChange={set('basePeriod')}
          error={error('basePeriod')}
          hint="Leave empty to use the baseline period."
        />
        <TextField label="Source of the target" value={target.source} onChange={set('source')} error={error('source')} />
        <TextField label="Note on the target (optional)" value={target.note} onChange={set('note')} error={error('note')} />
        <fieldset className="target-fields__choice">
          <legend>Where the target comes from</legend>
          {(
            [
              ['published', 'Published by the partnership'],
              ['illustrative', 'Illustrative (not published)'],
            ] as [Provenance, string][]
          ).map(([provenance, label]) => (
            <label key={provenance}>
              <input type="radio" name={`${id}-provenance`} checked={target.provenance === provenance} onChange={() => onChange({ ...target, provenance })} /> {label}
            </label>
          ))}
        </fieldset>
      </div>
      {onRemove && (
        <button type="button" className="button button--secondary" onClick={onRemove}>
          Remove target {index + 1}
        </button>
      )}
    </fieldset>
  );
}
