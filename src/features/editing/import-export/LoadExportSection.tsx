import { useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useLoadExport, useSourceInfo } from '../../../api/source-info';

type Outcome = { kind: 'idle' } | { kind: 'loading'; fileName: string } | { kind: 'done'; fileName: string } | { kind: 'failed'; message: string };

/**
 * For a source kept in this browser only: load a colleague's "Everything (JSON)" export in place
 * of this browser's copy. The file is checked whole first; a bad file changes nothing.
 */
export function LoadExportSection() {
  const { localOnlyWarning } = useSourceInfo();
  const replaceAll = useLoadExport();
  const queryClient = useQueryClient();
  const inputId = useId();
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });
  const [confirmed, setConfirmed] = useState(false);
  if (!replaceAll) return null;

  async function load(file: File) {
    setOutcome({ kind: 'loading', fileName: file.name });
    try {
      await replaceAll!(JSON.parse(await file.text()));
      await queryClient.invalidateQueries();
      setOutcome({ kind: 'done', fileName: file.name });
    } catch (error) {
      const reason = error instanceof SyntaxError ? `${file.name} is not a JSON export from this dashboard.` : error instanceof Error ? error.message : String(error);
      setOutcome({ kind: 'failed', message: `${reason} Nothing in this browser was changed.` });
    }
  }

  return (
    <section className="data-page__section" aria-labelledby="load-export-title">
      <h2 id="load-export-title">Share figures kept in this browser</h2>
      <p>{localOnlyWarning}</p>
      <div className="field">
        <label>
          <input type="checkbox" checked={confirmed} onChange={(e) => setConfirmed(e.currentTarget.checked)} /> I understand that loading an export replaces every figure and change
          kept in this browser for this partnership.
        </label>
      </div>
      <div className="field">
        <label htmlFor={inputId}>Export file to load (JSON)</label>
        <input
          id={inputId}
          type="file"
          accept=".json,application/json"
          disabled={!confirmed}
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            e.currentTarget.value = '';
            if (file) void load(file);
          }}
        />
      </div>
      <p role="status" className="data-page__status">
        {outcome.kind === 'loading' ? `Loading ${outcome.fileName}…` : outcome.kind === 'done' ? `Loaded ${outcome.fileName}: this browser now holds its figures and history.` : ''}
      </p>
      {outcome.kind === 'failed' && (
        <div className="error-message" role="alert">
          <p className="error-message__title">The export could not be loaded</p>
          <p className="error-message__detail">{outcome.message}</p>
        </div>
      )}
    </section>
  );
}
