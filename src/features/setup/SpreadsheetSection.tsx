import { useId, useState } from 'react';
import { checkFramework } from '../../api/check-framework';
import { diffFramework } from '../../domain/changes/diff-framework';
import { frameworkFromTables, frameworkToTables } from '../../domain/imports/framework-sheets';
import type { FieldChange, Framework } from '../../domain/types';
import { downloadFile } from '../../lib/download';
import { readWorkbook, WorkbookError } from '../../lib/xlsx/read-xlsx';
import { writeWorkbook } from '../../lib/xlsx/write-xlsx';
import type { SetupChange } from './use-setup-change';

type Imported = { kind: 'problems'; file: string; problems: string[] } | { kind: 'ready'; file: string; framework: Framework; changes: FieldChange[] };

/**
 * The set-up as an Excel workbook, a sheet per table, for people who would rather work there; and
 * back, shown as the changes it would make before anything is saved. Every problem is listed at
 * once with its sheet and row.
 */
export function SpreadsheetSection({ framework, setup }: { framework: Framework; setup: SetupChange }) {
  const inputId = useId();
  const [imported, setImported] = useState<Imported | null>(null);

  function download() {
    const bytes = writeWorkbook(frameworkToTables(framework).map((t) => ({ name: t.name, rows: t.rows })));
    const type = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
    downloadFile(`${framework.id}-set-up.xlsx`, new Blob([bytes as BlobPart], { type }), type);
  }

  async function read(file: File) {
    let tables: Map<string, string[][]>;
    try {
      tables = new Map(readWorkbook(new Uint8Array(await file.arrayBuffer())).map((s) => [s.name, s.rows]));
    } catch (error) {
      setImported({ kind: 'problems', file: file.name, problems: [error instanceof WorkbookError ? error.message : 'The file could not be read as an Excel workbook.'] });
      return;
    }
    const read = frameworkFromTables(tables, framework);
    const checked = read.framework ? checkFramework(read.framework, read.locate) : undefined;
    const problems = [...read.problems, ...(checked && !checked.ok ? checked.problems : [])];
    if (problems.length > 0 || !checked?.ok) setImported({ kind: 'problems', file: file.name, problems });
    else setImported({ kind: 'ready', file: file.name, framework: checked.framework, changes: diffFramework(framework, checked.framework) });
  }

  return (
    <section aria-labelledby="setup-spreadsheet" className="setup-section">
      <h2 id="setup-spreadsheet">Work on it in Excel</h2>
      <p className="field__hint">
        Download the set-up as a workbook with a sheet for each table, change it, and import it here. You see every change before it is saved. Updates to actions and comments stay
        as they are.
      </p>
      <div className="setup-actions">
        <button type="button" className="button button--secondary" onClick={download}>
          Download the set-up (.xlsx)
        </button>
      </div>
      <div className="field">
        <label htmlFor={inputId}>Import a workbook</label>
        <input
          id={inputId}
          type="file"
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) void read(file);
            e.target.value = '';
          }}
        />
      </div>
      {imported?.kind === 'problems' && (
        <div className="setup-import__problems" role="alert">
          <h3>
            {imported.file} was not imported: {imported.problems.length === 1 ? 'one problem' : `${imported.problems.length} problems`}
          </h3>
          <ul>
            {imported.problems.map((p, i) => (
              <li key={i}>{p}</li>
            ))}
          </ul>
          <p>Nothing was changed. Put these right in the workbook and import it again.</p>
        </div>
      )}
      {imported?.kind === 'ready' && (
        <div className="setup-import__preview" role="status">
          <h3>
            {imported.file}: {imported.changes.length === 0 ? 'no changes' : imported.changes.length === 1 ? 'one change' : `${imported.changes.length} changes`}
          </h3>
          {imported.changes.length > 0 && (
            <>
              <ul>
                {imported.changes.slice(0, 50).map((c, i) => (
                  <li key={i}>
                    <strong>{c.field}</strong>: {c.before ? `“${c.before}”` : 'nothing'} → {c.after ? `“${c.after}”` : 'removed'}
                  </li>
                ))}
                {imported.changes.length > 50 && <li>and {imported.changes.length - 50} more</li>}
              </ul>
              <div className="setup-actions">
                <button
                  type="button"
                  className="button"
                  disabled={setup.saving}
                  onClick={() => {
                    const next = imported.framework;
                    void setup.change(`Imported the set-up from ${imported.file}`, () => next).then((saved) => saved && setImported(null));
                  }}
                >
                  Save these changes
                </button>
                <button type="button" className="button button--secondary" onClick={() => setImported(null)}>
                  Cancel
                </button>
              </div>
            </>
          )}
        </div>
      )}
    </section>
  );
}
