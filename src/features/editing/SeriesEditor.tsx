import { useRef, useState } from 'react';
import type { SeriesToolsProps } from '../../components/slots';
import type { PointEdit } from '../../domain/changes/apply-edit';
import { formatNumber, unitLabel } from '../../domain/words/format-value';
import { pendingChangeId } from '../../domain/changes/pending-change';
import type { DataPoint } from '../../domain/types';
import { useDraft, useDraftActions } from './draft-store';
import { useCurrentEditor } from '../../hooks/use-current-editor';
import { usePermissions } from '../../api/session';
import { PendingChangeNotice } from './pending/PendingChangeNotice';
import { useIsSending, usePendingChange } from '../../outbox/outbox-store';
import { useQueueEdits, useSendPendingChange, useWorkingFigures } from '../../outbox/use-outbox';
import { PointForm } from './PointForm';

/**
 * The chosen place's figures for one indicator, with add, correct and delete. Each edit is kept
 * in this browser first and then sent, so a failed save, a reload or a lost connection loses nothing.
 */
export function SeriesEditor({ frameworkId, ambitionNumber, indicator, place, series }: SeriesToolsProps) {
  const editor = useCurrentEditor();
  const { hasSignIn, user, mayEditPlace } = usePermissions(frameworkId);
  const id = pendingChangeId(frameworkId, indicator.id, place.id);
  const pending = usePendingChange(id);
  const sending = useIsSending(id);
  const queueEdits = useQueueEdits();
  const workingFigures = useWorkingFigures(frameworkId);
  const send = useSendPendingChange();
  // The open form lives in the tab's session, so a reload reopens it with what was typed.
  const draft = useDraft(id);
  const { draftOpened, draftTyped, draftClosed } = useDraftActions();
  const [confirmDelete, setConfirmDelete] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  if (!editor) {
    // Signed out (or the sign-in expired) with a change kept: it stays in view, with what to do.
    return pending ? (
      <section className="series-editor" aria-label={`Update ${indicator.name} for ${place.name}`}>
        <h3>Update the figures for {place.name}</h3>
        <PendingChangeNotice frameworkId={frameworkId} indicator={indicator} place={place} />
      </section>
    ) : null;
  }
  if (hasSignIn && !mayEditPlace(place.id)) {
    return (
      <section className="series-editor" aria-label={`Update ${indicator.name} for ${place.name}`}>
        <h3>Update the figures for {place.name}</h3>
        <PendingChangeNotice frameworkId={frameworkId} indicator={indicator} place={place} />
        <p className="edit-toggle__note">
          You are signed in as {user?.name}, who cannot change the figures for {place.name}. Figures for a place are changed by its lead (or an administrator).
        </p>
      </section>
    );
  }

  // The lead works on their own latest figures: what is saved plus what they have not yet had confirmed.
  const saved = pending ? pending.base.points : series.points;
  const shown = workingFigures(indicator.id, place.id, series) ?? series.points;
  const unsaved = (p: DataPoint) => saved.find((s) => s.period === p.period) !== p;
  const correcting = draft?.correcting ? shown.find((p) => p.period === draft.correcting) : undefined;
  const setForm = (form: { mode: 'add' } | { mode: 'correct'; point: DataPoint } | null) =>
    form ? draftOpened(id, form.mode === 'correct' ? form.point.period : undefined) : draftClosed(id);

  async function saveEdit(edit: PointEdit, note: string) {
    const queued = queueEdits({
      frameworkId,
      labels: { indicator: indicator.name, place: place.name, ambitionNumber },
      saved: series,
      edits: [edit],
      editor: editor!,
      ...(note ? { note } : {}),
    });
    setForm(null);
    setConfirmDelete(null);
    // The form has gone; keep focus in the editor, where the outcome is announced.
    headingRef.current?.focus();
    void send((await queued).id);
  }

  return (
    <section className="series-editor" aria-label={`Update ${indicator.name} for ${place.name}`}>
      <h3 ref={headingRef} tabIndex={-1}>
        Update the figures for {place.name}
      </h3>
      <PendingChangeNotice frameworkId={frameworkId} indicator={indicator} place={place} />
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
            {shown.map((p) => (
              <tr key={p.period}>
                <th scope="row">
                  {p.period}
                  {unsaved(p) && <span className="pending-tag">Not saved yet</span>}
                </th>
                <td>{formatNumber(p.value, indicator.unit.decimals)}</td>
                <td>{p.source ?? (p.provenance === 'illustrative' ? 'Illustrative' : '')}</td>
                <td className="series-editor__actions">
                  {confirmDelete === p.period ? (
                    <>
                      <button type="button" className="button button--danger" disabled={sending} onClick={() => void saveEdit({ kind: 'delete', period: p.period }, '')}>
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
      {draft && (!draft.correcting || correcting) ? (
        <PointForm
          key={draft.correcting ?? 'add'}
          existing={shown}
          correcting={correcting}
          draft={draft}
          onDraft={(input, note) => draftTyped(id, input, note)}
          unitLabel={unitLabel(indicator.unit)}
          unit={indicator.unit}
          saving={sending}
          onSave={(edit, note) => void saveEdit(edit, note)}
          onCancel={() => setForm(null)}
          gapCheck={indicator.gap && { gap: indicator.gap, decimals: indicator.unit.decimals }}
        />
      ) : (
        <button type="button" className="button" onClick={() => setForm({ mode: 'add' })}>
          Add a figure
        </button>
      )}
    </section>
  );
}
