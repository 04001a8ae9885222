import { useEffect, useId, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { Indicator } from '../../../domain/types';
import { IMPORT_RULE } from '../../../domain/imports/figures-csv';
import { useSourceInfo } from '../../../api/source-info';
import { useCurrentFramework } from '../../../hooks/use-current-framework';
import { UpdatesDue } from './UpdatesDue';
import { IdentityNeeded } from '../../../components/form/IdentityNeeded';
import { useCurrentEditor } from '../../../hooks/use-current-editor';
import '../editing.css';
import './import-export.css';
import { ColumnMappingStep } from './ColumnMappingStep';
import { ImportPreview } from './ImportPreview';
import { ImportResult } from './ImportResult';
import { LoadExportSection } from './LoadExportSection';
import { useExports } from './use-exports';
import { useFiguresImport } from './use-figures-import';

/** Taking figures away (CSV, JSON) and bringing them in from a spreadsheet, on one page. */
export default function DataPage() {
  const framework = useCurrentFramework();
  return (
    <article className="data-page" aria-labelledby="data-title">
      <title>{`Import and export figures – ${framework.shortName} – Ambitions dashboard`}</title>
      <h1 id="data-title" tabIndex={-1}>
        Import and export figures
      </h1>
      <p className="page-heading__lead">Take the {framework.shortName} figures away as a spreadsheet or a full record, or bring in new figures from a spreadsheet.</p>
      <UpdatesDue framework={framework} />
      <ExportSection />
      <ImportSection />
      <LoadExportSection />
    </article>
  );
}

function ExportSection() {
  const framework = useCurrentFramework();
  const exports = useExports(framework);
  const busy = exports.status.kind === 'working';
  return (
    <section className="data-page__section" aria-labelledby="export-title">
      <h2 id="export-title">Download</h2>
      <ul className="data-page__downloads">
        <li>
          <button type="button" className="button" onClick={exports.allFiguresCsv} disabled={busy}>
            Every figure (CSV)
          </button>
          <span>All ambitions and places, one row per figure, with its source. Opens in any spreadsheet.</span>
        </li>
        <li>
          <button type="button" className="button" onClick={exports.everythingJson} disabled={busy}>
            Everything (JSON)
          </button>
          <span>The ambitions, targets, figures and the history of every change: a complete record.</span>
        </li>
        <li>
          <button type="button" className="button button--secondary" onClick={exports.template} disabled={busy}>
            Import template (CSV)
          </button>
          <span>One empty line per indicator and place, with the ids import needs.</span>
        </li>
      </ul>
      <p className="data-page__status" role="status">
        {exports.status.kind === 'working' ? `Preparing ${exports.status.what}…` : exports.status.kind === 'done' ? exports.status.message : ''}
      </p>
      {exports.status.kind === 'failed' && (
        <div className="error-message" role="alert">
          <p className="error-message__title">The download could not be made</p>
          <p className="error-message__detail">{exports.status.message}</p>
        </div>
      )}
      <p className="data-page__note">
        Figures marked “illustrative” in the provenance column were not found in published material and must not be quoted. Text that a spreadsheet would run as a formula is
        written with a leading apostrophe, so it opens as plain text.
      </p>
    </section>
  );
}

/** Each indicator with a Fingertips mapping, to fetch and preview; `?fingertips=<id>` starts one (the indicator's own link). */
function FingertipsChecks({ onCheck }: { onCheck: (indicator: Indicator) => void }) {
  const framework = useCurrentFramework();
  const [params, setParams] = useSearchParams();
  const mapped = framework.ambitions.flatMap((a) => a.indicators).filter((i) => i.fingertips?.kind === 'indicator');
  const asked = params.get('fingertips');
  // Started once per link, also where React runs an effect twice.
  const started = useRef<string | null>(null);
  useEffect(() => {
    const indicator = mapped.find((i) => i.id === asked);
    if (!indicator || started.current === asked) return;
    started.current = asked;
    setParams((p) => (p.delete('fingertips'), p), { replace: true });
    onCheck(indicator);
  }, [asked, mapped, onCheck, setParams]);
  if (mapped.length === 0) return null;
  return (
    <details className="data-page__paste" open={asked !== null}>
      <summary>Or check Fingertips for new figures</summary>
      <p>Fetches the indicator from the OHID Fingertips API and shows what it would change. Nothing is saved until you import.</p>
      <ul className="data-page__fingertips">
        {mapped.map((indicator) => (
          <li key={indicator.id}>
            <button type="button" className="button button--secondary" onClick={() => onCheck(indicator)}>
              Check Fingertips for {indicator.name}
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}

/** Cells copied from a spreadsheet, header row first: the same checks as a file. */
function PasteBox({ onPasted }: { onPasted: (text: string) => void }) {
  const id = useId();
  const [text, setText] = useState('');
  return (
    <details className="data-page__paste">
      <summary>Or paste cells from a spreadsheet</summary>
      <div className="field">
        <label htmlFor={id}>Cells, with their header row</label>
        <p className="field__hint" id={`${id}-hint`}>
          Copy the cells in your spreadsheet, header row included, and paste them here. The same columns as the template, or a Fingertips download.
        </p>
        <textarea id={id} rows={6} value={text} aria-describedby={`${id}-hint`} onChange={(e) => setText(e.currentTarget.value)} spellCheck={false} />
      </div>
      <button type="button" className="button" onClick={() => onPasted(text)}>
        Check the pasted cells
      </button>
    </details>
  );
}

function ImportSection() {
  const framework = useCurrentFramework();
  const editor = useCurrentEditor();
  const { readOnlyReason } = useSourceInfo();
  const flow = useFiguresImport(framework, editor);
  const inputId = useId();
  const headingRef = useRef<HTMLDivElement>(null);
  const { step } = flow.state;
  const checked = flow.state.step === 'preview' || flow.state.step === 'importing' ? flow.state.file : undefined;

  // Each step replaces the last: take focus to its heading so keyboard and screen-reader users follow.
  useEffect(() => {
    if (step === 'choose') return;
    headingRef.current?.querySelector<HTMLElement>('h2[tabindex]')?.focus();
  }, [step]);

  return (
    <section className="data-page__section" aria-labelledby="import-title">
      <h2 id="import-title">Import figures from a spreadsheet</h2>
      {readOnlyReason ? (
        <p>{readOnlyReason}</p>
      ) : !editor ? (
        <>
          <p>Every imported figure records who brought it in.</p>
          <IdentityNeeded />
        </>
      ) : (
        <div ref={headingRef} className="data-page__import">
          <ol className="data-page__steps">
            <li>Download the import template above, or export every figure and change that file.</li>
            <li>
              Fill in period and value on the lines you need (lower, upper, count, denominator, provenance, source and note are optional; a place may be given by its name). Leave
              other lines empty.
            </li>
            <li>
              {IMPORT_RULE.split('[clear]').flatMap((part, i) => (i === 0 ? [part] : [<code key={i}>[clear]</code>, part]))} A figure stays published or illustrative unless the
              provenance column says otherwise.
            </li>
            <li>Save it as CSV and choose it here. You will see every change and every problem before anything is saved.</li>
          </ol>
          <p className="data-page__note">
            A download from OHID Fingertips (“Download data for this indicator” as CSV) can be chosen as it is: the rows for {framework.shortName}’s places and each indicator’s sex
            and age are imported as published figures with their interval, count, denominator and value note, and the rest are counted as not used.
          </p>
          {(step === 'choose' || step === 'cancelled') && (
            <div className="field">
              <label htmlFor={inputId}>CSV file of figures</label>
              <p className="field__hint" id={`${inputId}-hint`}>
                Importing as {editor.name}, {editor.organisation}.
              </p>
              <input
                id={inputId}
                type="file"
                accept=".csv,text/csv"
                aria-describedby={flow.fileProblem ? `${inputId}-hint ${inputId}-error` : `${inputId}-hint`}
                aria-invalid={flow.fileProblem ? true : undefined}
                onChange={(e) => {
                  const file = e.currentTarget.files?.[0];
                  e.currentTarget.value = '';
                  if (file) flow.fileChosen(file);
                }}
              />
              {flow.fileProblem && (
                <p className="field__error" id={`${inputId}-error`} role="alert">
                  {flow.fileProblem}
                </p>
              )}
              {step === 'cancelled' && <p role="status">Nothing was imported from {flow.state.fileName}.</p>}
            </div>
          )}
          {(step === 'choose' || step === 'cancelled') && <PasteBox onPasted={flow.textPasted} />}
          {(step === 'choose' || step === 'cancelled') && flow.fingertipsChecked && <FingertipsChecks onCheck={flow.fingertipsChecked} />}
          {step === 'checking' && <p role="status">Checking {flow.state.fileName}…</p>}
          {flow.state.step === 'mapping' && (
            <ColumnMappingStep
              fileName={flow.state.fileName}
              header={flow.state.parsed.header}
              headerAsWritten={flow.state.parsed.headerAsWritten}
              example={flow.state.parsed.records[0]}
              suggested={flow.state.suggested}
              framework={framework}
              onConfirm={flow.mappingConfirmed}
              onCancel={flow.cancelMapping}
            />
          )}
          {checked && <ImportPreview file={checked} importing={step === 'importing'} onImport={flow.validRowsImported} onCancel={flow.cancelled} />}
          {step === 'done' && <ImportResult frameworkId={framework.id} fileName={flow.state.file.fileName} results={flow.state.results} onAgain={flow.startAgain} />}
        </div>
      )}
      <p>
        <Link to={`/${framework.id}`}>Back to all ambitions</Link>
      </p>
    </section>
  );
}
