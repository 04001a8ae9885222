import { memo, useMemo, useState } from 'react';
import { POINT_FIELD_LABELS } from '../../../domain/rules/point-fields';
import { countOutcomes, type ImportRow } from '../../../domain/imports/figures-csv';
import { useCurrentFramework } from '../../../hooks/use-current-framework';
import type { CheckedFile } from './use-figures-import';

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

export interface ImportPreviewProps {
  file: CheckedFile;
  importing: boolean;
  /** Stable across renders (the preview is memoised): told which file. */
  onImport: (file: CheckedFile) => void;
  /** Stable across renders: told the file's name. */
  onCancel: (fileName: string) => void;
}

/**
 * What the file would change, and every problem by row and column, before anything is saved.
 * Memoised, and its counts with it: while an import of 10,000 rows is sent, every kept change's
 * step re-renders the page around it (several a series), and going over the rows each time made
 * the import wait on the page.
 */
export const ImportPreview = memo(function ImportPreview({ file, importing, onImport, onCancel }: ImportPreviewProps) {
  const framework = useCurrentFramework();
  const { rows, fileProblems } = file.check;
  const { counts, changes, problems } = useMemo(
    () => ({ counts: countOutcomes(rows), changes: rows.filter((r) => r.outcome === 'add' || r.outcome === 'correct'), problems: rows.filter((r) => r.outcome === 'error') }),
    [rows],
  );
  const cancel = () => onCancel(file.fileName);

  if (fileProblems.length > 0) {
    return (
      <div className="error-message" role="alert">
        <p className="error-message__title">{file.fileName} cannot be imported</p>
        {fileProblems.map((p) => (
          <p key={p} className="error-message__detail">
            {p}
          </p>
        ))}
        <button type="button" className="button button--secondary" onClick={cancel}>
          Choose another file
        </button>
      </div>
    );
  }

  return (
    <section className="import-preview" aria-labelledby="import-preview-title">
      <h2 id="import-preview-title" tabIndex={-1}>
        Check before importing {file.fileName}
      </h2>
      <p className="import-preview__summary">
        {plural(rows.length - counts.empty, 'row')} with figures: {plural(counts.add, 'new figure')}, {plural(counts.correct, 'correction')},{' '}
        {plural(counts.unchanged, 'unchanged figure')} and <strong>{plural(counts.error, 'row')} with problems</strong>.
        {counts.empty > 0 && ` ${plural(counts.empty, 'empty template line')} will be skipped.`}
      </p>
      {file.check.unused && <FingertipsRows rows={rows.length} unused={file.check.unused} combinedRows={file.check.combinedRows} frameworkName={framework.shortName} />}
      {file.check.notices?.map((notice) => (
        <p key={notice} className="import-preview__notice">
          {notice}
        </p>
      ))}
      {problems.length > 0 && <ProblemTable rows={problems} />}
      {changes.length > 0 && <ChangeTable rows={changes} />}
      {problems.length > 0 && <p>Rows with problems will not be imported. Correct them in your spreadsheet and choose the file again, or import only the rows without problems.</p>}
      <div className="point-form__actions">
        {changes.length > 0 && (
          <button type="button" className="button" onClick={() => onImport(file)} disabled={importing}>
            {importing ? 'Importing…' : `Import ${plural(changes.length, problems.length ? 'valid row' : 'row')}`}
          </button>
        )}
        <button type="button" className="button button--secondary" onClick={cancel} disabled={importing}>
          {changes.length > 0 ? 'Cancel, import nothing' : 'Choose another file'}
        </button>
      </div>
    </section>
  );
});

/** How a Fingertips download's rows were used: for the framework, combined into a place's figures, or not used and why. */
function FingertipsRows({ rows, unused, combinedRows, frameworkName }: { rows: number; unused: { reason: string; rows: number }[]; combinedRows?: number; frameworkName: string }) {
  const notUsed = unused.reduce((n, u) => n + u.rows, 0);
  return (
    <div className="import-preview__unused">
      <p>
        {plural(rows, 'row')} of the Fingertips download {rows === 1 ? 'is' : 'are'} for {frameworkName}
        {combinedRows ? ` (a figure combined from the areas that make up a place counts as one row; ${plural(combinedRows, 'row')} of those areas went into them)` : ''};{' '}
        {notUsed === 0 ? 'every other row was used.' : `${plural(notUsed, 'row')} not used:`}
      </p>
      {notUsed > 0 && (
        <ul>
          {unused.map((u) => (
            <li key={u.reason}>
              {u.reason}: {plural(u.rows, 'row')}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** Rows drawn at first, and added by each "Show more": a file of 10,000 rows must not freeze the page. */
const ROWS_SHOWN = 100;

function ShowMore({ shown, total, what, onMore }: { shown: number; total: number; what: string; onMore: () => void }) {
  if (shown >= total) return null;
  return (
    <p>
      Showing {shown.toLocaleString('en-GB')} of {total.toLocaleString('en-GB')} {what}.{' '}
      <button type="button" className="button button--secondary" onClick={onMore}>
        Show {Math.min(ROWS_SHOWN, total - shown).toLocaleString('en-GB')} more
      </button>
    </p>
  );
}

function ProblemTable({ rows }: { rows: ImportRow[] }) {
  const [shown, setShown] = useState(ROWS_SHOWN);
  return (
    <>
      <div className="table-scroll">
        <table className="data-table import-preview__problems">
          <caption>Rows with problems (not imported)</caption>
          <thead>
            <tr>
              <th scope="col">Row</th>
              <th scope="col">Column</th>
              <th scope="col">Problem</th>
            </tr>
          </thead>
          <tbody>
            {rows.slice(0, shown).flatMap((r) =>
              r.problems.map((p, i) => (
                <tr key={`${r.row}-${i}`}>
                  <th scope="row">{r.row}</th>
                  <td>{p.column}</td>
                  <td>{p.reason}</td>
                </tr>
              )),
            )}
          </tbody>
        </table>
      </div>
      <ShowMore shown={shown} total={rows.length} what="rows with problems" onMore={() => setShown(shown + ROWS_SHOWN)} />
    </>
  );
}

function ChangeTable({ rows }: { rows: ImportRow[] }) {
  const [shown, setShown] = useState(ROWS_SHOWN);
  return (
    <>
      <div className="table-scroll">
        <table className="data-table">
          <caption>Figures that will be saved</caption>
          <thead>
            <tr>
              <th scope="col">Row</th>
              <th scope="col">Indicator</th>
              <th scope="col">Place</th>
              <th scope="col">Period</th>
              <th scope="col">What changes (now → after import)</th>
            </tr>
          </thead>
          <tbody>
            {rows.slice(0, shown).map((r) => {
              const after = r.edit?.kind === 'upsert' ? r.edit.point : undefined;
              return (
                <tr key={r.row}>
                  <th scope="row">{r.row}</th>
                  <td>{r.indicator!.name}</td>
                  <td>{r.place!.name}</td>
                  <td>{after?.period}</td>
                  <td>
                    {/* Every field, at full precision: 11.34 → 11.3 must not read as no change. */}
                    <ul className="import-preview__changes">
                      {(r.changes ?? []).map((c) => (
                        <li key={c.field}>{r.before ? `${POINT_FIELD_LABELS[c.field]}: ${c.before} → ${c.after}` : `New figure: ${c.after}`}</li>
                      ))}
                    </ul>
                    {r.warning && <span className="import-preview__warning">Check: {r.warning}</span>}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <ShowMore shown={shown} total={rows.length} what="figures to be saved" onMore={() => setShown(shown + ROWS_SHOWN)} />
    </>
  );
}
