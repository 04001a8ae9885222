import { useId, useState, type FormEvent } from 'react';
import { MAPPED_COLUMNS, MAPPED_LABELS, mappingProblems, REQUIRED_MAPPED, type ColumnChoice, type ColumnMapping, type MappedColumn } from '../../../domain/imports/column-mapping';
import type { Framework } from '../../../domain/types';

export interface ColumnMappingStepProps {
  fileName: string;
  /** The sheet's column keys (lower case), and as it writes them. */
  header: string[];
  headerAsWritten: string[];
  /** The first row of the sheet, to show what each column holds. */
  example?: Record<string, string | undefined>;
  suggested: ColumnMapping;
  framework: Framework;
  onConfirm: (mapping: ColumnMapping) => void;
  onCancel: () => void;
}

const NONE = '';
const encode = (choice: ColumnChoice | undefined) => (!choice ? NONE : 'column' in choice ? `column:${choice.column}` : `every:${choice.every}`);
const decode = (value: string): ColumnChoice | undefined =>
  value.startsWith('column:') ? { column: value.slice(7) } : value.startsWith('every:') ? { every: value.slice(6) } : undefined;

/**
 * Which of a sheet's own columns is which of ours: suggested from their names, confirmed by the
 * lead. A sheet about one indicator or one place can say so here instead of in a column.
 */
export function ColumnMappingStep({ fileName, header, headerAsWritten, example, suggested, framework, onConfirm, onCancel }: ColumnMappingStepProps) {
  const id = useId();
  const [mapping, setMapping] = useState<ColumnMapping>(suggested);
  const [problems, setProblems] = useState<string[]>([]);
  const indicators = framework.ambitions.flatMap((a) => a.indicators);

  function submit(event: FormEvent) {
    event.preventDefault();
    const missing = mappingProblems(mapping);
    setProblems(missing);
    if (missing.length === 0) onConfirm(mapping);
  }

  const columnOption = (h: string, i: number) => {
    const shown = (example?.[h] ?? '').trim();
    return (
      <option key={h} value={`column:${h}`}>
        Column “{headerAsWritten[i] ?? h}”{shown ? ` (first row: ${shown.length > 30 ? `${shown.slice(0, 30)}…` : shown})` : ''}
      </option>
    );
  };

  return (
    <section className="import-preview" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} tabIndex={-1}>
        Which columns of {fileName} are which?
      </h2>
      <p>
        The sheet does not use the template’s headers, so say which of its columns holds what. The choices below are suggested from the column names: check them. Indicators and
        places may be given by name or id.
      </p>
      {problems.length > 0 && (
        <div className="error-message" role="alert">
          <p className="error-message__title">The sheet cannot be checked yet</p>
          {problems.map((p) => (
            <p key={p} className="error-message__detail">
              {p}
            </p>
          ))}
        </div>
      )}
      <form onSubmit={submit} noValidate aria-label={`Columns of ${fileName}`}>
        <div className="column-mapping">
          {MAPPED_COLUMNS.map((ours: MappedColumn) => (
            <div className="field" key={ours}>
              <label htmlFor={`${id}-${ours}`}>
                {MAPPED_LABELS[ours]}
                {REQUIRED_MAPPED.includes(ours) ? '' : ' (optional)'}
              </label>
              <select
                id={`${id}-${ours}`}
                value={encode(mapping[ours])}
                aria-invalid={problems.length > 0 && REQUIRED_MAPPED.includes(ours) && !mapping[ours] ? true : undefined}
                onChange={(e) => {
                  const choice = decode(e.currentTarget.value);
                  setMapping((m) => {
                    const next = { ...m };
                    if (choice) next[ours] = choice;
                    else delete next[ours];
                    return next;
                  });
                }}
              >
                <option value={NONE}>{REQUIRED_MAPPED.includes(ours) ? 'Choose…' : 'Not in the sheet'}</option>
                <optgroup label="A column of the sheet">{header.map(columnOption)}</optgroup>
                {ours === 'indicator' && (
                  <optgroup label="Every row is for">
                    {indicators.map((i) => (
                      <option key={i.id} value={`every:${i.id}`}>
                        {i.name}
                      </option>
                    ))}
                  </optgroup>
                )}
                {ours === 'place' && (
                  <optgroup label="Every row is for">
                    {framework.places.map((p) => (
                      <option key={p.id} value={`every:${p.id}`}>
                        {p.name}
                      </option>
                    ))}
                  </optgroup>
                )}
              </select>
            </div>
          ))}
        </div>
        <div className="point-form__actions">
          <button type="submit" className="button">
            Check the sheet with these columns
          </button>
          <button type="button" className="button button--secondary" onClick={onCancel}>
            Cancel, import nothing
          </button>
        </div>
      </form>
    </section>
  );
}
