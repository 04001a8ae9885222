import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { queryKeys } from '../../api/query-keys';
import { useSaveSeries } from '../../api/save-series';
import type { SeriesToolsProps } from '../../components/slots';
import { ErrorMessage } from '../../components/ErrorMessage';
import { DataSourceError } from '../../data-source/data-source-error';
import { applyEdit, describeEdit, type PointEdit } from '../../domain/apply-edit';
import { formatNumber } from '../../domain/format-value';
import type { DataPoint, Series, SeriesChange } from '../../domain/types';
import { ConflictPanel } from './ConflictPanel';
import { useEditor } from './editing-store';
import { PointForm } from './PointForm';

type FormState = { mode: 'add' } | { mode: 'correct'; point: DataPoint } | null;

/** The chosen place's figures for one indicator, with add, correct and delete. */
export function SeriesEditor({ frameworkId, indicator, place, series }: SeriesToolsProps) {
  const editor = useEditor();
  const queryClient = useQueryClient();
  const save = useSaveSeries(frameworkId, indicator.id, place.id);
  const [form, setForm] = useState<FormState>(null);
  const [confirmDelete, setConfirmDelete] = useState<string | null>(null);
  const [conflict, setConflict] = useState<{ base: Series; current: Series; edit: PointEdit; note: string } | null>(null);
  const [status, setStatus] = useState('');
  const [lastChange, setLastChange] = useState<{ change: SeriesChange; edit: PointEdit; note: string } | null>(null);
  if (!editor) return null;

  function submit(change: SeriesChange, edit: PointEdit, note: string, base: Series = series) {
    setLastChange({ change, edit, note });
    setStatus('');
    save.mutate(change, {
      onSuccess: (saved) => {
        setForm(null);
        setConfirmDelete(null);
        setConflict(null);
        setStatus(`Saved: ${describeEdit(edit)}. These figures are now version ${saved.version}.`);
      },
      onError: (error) => {
        if (error instanceof DataSourceError && error.kind === 'conflict' && error.details.current) {
          setConflict({ base, current: error.details.current, edit, note });
        }
      },
    });
  }

  function saveEdit(edit: PointEdit, note: string, base: Series = series) {
    submit({ baseVersion: base.version, points: applyEdit(base.points, edit), editor: editor!, ...(note ? { note } : {}) }, edit, note, base);
  }

  const failed = save.isError && !(save.error instanceof DataSourceError && save.error.kind === 'conflict');
  return (
    <section className="series-editor" aria-label={`Update ${indicator.name} for ${place.name}`}>
      <h3>Update the figures for {place.name}</h3>
      <p className="series-editor__status" role="status">
        {status}
      </p>
      {conflict && (
        <ConflictPanel
          indicator={indicator}
          base={conflict.base}
          current={conflict.current}
          edit={conflict.edit}
          saving={save.isPending}
          onKeepTheirs={() => {
            queryClient.setQueryData(queryKeys.series(frameworkId, indicator.id, place.id), conflict.current);
            setConflict(null);
            setForm(null);
            setStatus('Your change was dropped; the figures show your colleague’s version.');
          }}
          onApplyMine={() => saveEdit(conflict.edit, conflict.note, conflict.current)}
        />
      )}
      {failed && (
        <ErrorMessage
          title="Your change was not saved"
          error={save.error}
          onRetry={lastChange && save.error instanceof DataSourceError && save.error.retryable ? () => submit(lastChange.change, lastChange.edit, lastChange.note) : undefined}
          retrying={save.isPending}
        />
      )}
      <div className="table-scroll">
        <table className="data-table series-editor__table">
          <caption className="visually-hidden">Figures for {place.name} you can correct or delete</caption>
          <thead>
            <tr>
              <th scope="col">Period</th>
              <th scope="col">Value</th>
              <th scope="col">Source</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {series.points.map((p) => (
              <tr key={p.period}>
                <th scope="row">{p.period}</th>
                <td>{formatNumber(p.value, indicator.unit.decimals)}</td>
                <td>{p.source ?? (p.provenance === 'illustrative' ? 'Illustrative' : '')}</td>
                <td className="series-editor__actions">
                  {confirmDelete === p.period ? (
                    <>
                      <button type="button" className="button button--danger" disabled={save.isPending} onClick={() => saveEdit({ kind: 'delete', period: p.period }, '')}>
                        Yes, delete {p.period}
                      </button>
                      <button type="button" className="button button--secondary" onClick={() => setConfirmDelete(null)}>
                        Keep it
                      </button>
                    </>
                  ) : (
                    <>
                      <button type="button" className="button button--secondary" onClick={() => setForm({ mode: 'correct', point: p })} aria-label={`Correct ${p.period}`}>
                        Correct
                      </button>
                      <button type="button" className="button button--secondary" onClick={() => setConfirmDelete(p.period)} aria-label={`Delete ${p.period}`}>
                        Delete
                      </button>
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {form ? (
        <PointForm
          key={form.mode === 'correct' ? form.point.period : 'add'}
          existing={series.points}
          correcting={form.mode === 'correct' ? form.point : undefined}
          unitLabel={indicator.unit.kind === 'percent' ? '%' : indicator.unit.label}
          saving={save.isPending}
          onSave={(edit, note) => saveEdit(edit, note)}
          onCancel={() => setForm(null)}
        />
      ) : (
        <button type="button" className="button" onClick={() => setForm({ mode: 'add' })}>
          Add a figure
        </button>
      )}
    </section>
  );
}
