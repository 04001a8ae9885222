import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { useSourceQueries } from '../../../api/source-queries';
import { mappedColumnNames, mappedRecords, needsMapping, suggestMapping, type ColumnMapping } from '../../../domain/imports/column-mapping';
import { checkImport, FIGURE_COLUMNS, seriesInFile, type ImportCheck, type ImportInput } from '../../../domain/imports/figures-csv';
import { isFingertipsHeader, readFingertipsRows } from '../../../domain/imports/fingertips-csv';
import { checkFingertipsImport, matchFingertipsRows } from '../../../domain/imports/fingertips-import';
import type { PointEdit } from '../../../domain/changes/apply-edit';
import type { Editor, Framework, Indicator, Series } from '../../../domain/types';
import type { SendOutcome } from '../../../outbox/outbox';
import { useQueueEdits, useSendPendingChange, useWorkingFigures } from '../../../outbox/use-outbox';
import { decodeCsv, parseFiguresCsv, type ParsedCsv } from '../../../lib/figures-csv-file';
import { fingertipsFetcher } from '../../../api/fingertips';
import { mapWithLimit } from '../../../lib/map-with-limit';
import { useToday } from '../../../lib/today';

export interface CheckedFile {
  fileName: string;
  check: ImportCheck;
  /** The saved series the rows were checked against, to base the changes on. */
  saved: Map<string, Series>;
}

export interface SeriesResult {
  indicator: string;
  place: string;
  ambitionNumber: number;
  placeId: string;
  figures: number;
  outcome: SendOutcome;
}

export type ImportState =
  | { step: 'choose' }
  | { step: 'checking'; fileName: string }
  /** A sheet with its own headers: the lead confirms which of its columns are which. */
  | { step: 'mapping'; fileName: string; parsed: ParsedCsv; suggested: ColumnMapping; notices: string[] }
  | { step: 'preview'; file: CheckedFile }
  | { step: 'importing'; file: CheckedFile }
  | { step: 'done'; file: CheckedFile; results: SeriesResult[] }
  | { step: 'cancelled'; fileName: string };

/** Saves an import has on their way at once: what a browser sends at once to one host, less one for the page. */
const IMPORT_SAVES_AT_ONCE = 4;

/** Allow generous room for a spreadsheet, but not a file that would freeze the tab. */
const MAX_FILE_BYTES = 5_000_000;

/**
 * Reading a CSV file, checking every row against the saved figures, and importing the valid rows
 * (or none). Imported figures go through the same pending queue as typed ones, so none is lost.
 */
export function useFiguresImport(framework: Framework, editor: Editor | null) {
  const queries = useSourceQueries();
  const queryClient = useQueryClient();
  const queueEdits = useQueueEdits();
  const today = useToday();
  const workingFigures = useWorkingFigures(framework.id);
  const send = useSendPendingChange();
  const [state, setState] = useState<ImportState>({ step: 'choose' });
  const [fileProblem, setFileProblem] = useState<string>();
  const fetchFromFingertips = fingertipsFetcher();

  async function fileChosen(file: File) {
    setFileProblem(undefined);
    if (file.size > MAX_FILE_BYTES) return setFileProblem(`${file.name} is ${(file.size / 1e6).toFixed(1)} MB; the most this page reads is 5 MB. Split it into smaller files.`);
    if (!/\.(csv|txt)$/i.test(file.name)) return setFileProblem(`${file.name} is not a CSV file. Save your spreadsheet as “CSV UTF-8” and choose that file.`);
    setState({ step: 'checking', fileName: file.name });
    const decoded = decodeCsv(await file.arrayBuffer());
    await textRead(file.name, decoded.text, new Date(file.lastModified || Date.now()), decoded.notice ? [decoded.notice] : []);
  }

  /**
   * A file's or a paste's text: our template and a Fingertips download (known by their headers)
   * go straight to the check; a sheet with headers of its own goes to the mapping step first.
   */
  async function textRead(fileName: string, text: string, downloaded: Date, notices: string[]) {
    const parsed = parseFiguresCsv(text);
    if (parsed.problems.length === 0 && parsed.header.length > 0 && !isFingertipsHeader(parsed.header) && needsMapping(parsed.header)) {
      return setState({ step: 'mapping', fileName, parsed, suggested: suggestMapping(parsed.header), notices });
    }
    setState({ step: 'preview', file: { fileName, ...(await checkParsed(parsed, downloaded, { notices })) } });
  }

  /** The lead's mapping of a sheet's columns: its rows in our layout, then the usual check. */
  async function mappingConfirmed(mapping: ColumnMapping) {
    if (state.step !== 'mapping') return;
    const { fileName, parsed, notices } = state;
    setState({ step: 'checking', fileName });
    const records = mappedRecords(parsed.records, mapping, framework);
    const asWritten = new Map(parsed.header.map((key, i) => [key, parsed.headerAsWritten[i] ?? key]));
    const check = await checkParsed({ header: [...FIGURE_COLUMNS], records, problems: [], rowProblems: parsed.rowProblems }, new Date(), {
      columnNames: mappedColumnNames(mapping, asWritten),
      notices,
    });
    setState({ step: 'preview', file: { fileName, ...check } });
  }

  /**
   * Checks rows, our template's or a Fingertips download's, against the saved figures of every
   * series they are about, loaded first. `notices`: what the lead should know about how the rows
   * were read (the file's encoding, what could not be fetched), shown first.
   */
  async function checkParsed(
    parsed: Pick<ParsedCsv, 'header' | 'records' | 'problems'> & Partial<Pick<ParsedCsv, 'rowProblems'>>,
    downloaded: Date,
    { columnNames, notices = [] }: { columnNames?: ImportInput['columnNames']; notices?: string[] } = {},
  ): Promise<Pick<CheckedFile, 'check' | 'saved'>> {
    const fingertips = isFingertipsHeader(parsed.header) ? readFingertipsRows(parsed.records, parsed.rowProblems) : undefined;
    const match = fingertips && matchFingertipsRows(fingertips, framework, downloaded);
    const saved = new Map<string, Series>();
    await Promise.all(
      seriesInFile(match?.records ?? parsed.records, framework).map(async ({ indicatorId, placeId }) => {
        try {
          saved.set(`${indicatorId}|${placeId}`, await queryClient.fetchQuery(queries.series(framework.id, indicatorId, placeId)));
        } catch {
          // Left out: its rows say their figures could not be loaded.
        }
      }),
    );
    const pointsOf = (indicatorId: string, placeId: string) => workingFigures(indicatorId, placeId, saved.get(`${indicatorId}|${placeId}`));
    const check =
      fingertips && match
        ? checkFingertipsImport(match, fingertips.problems, { framework, pointsOf, today: today.date })
        : checkImport({ header: parsed.header, records: parsed.records, framework, pointsOf, today: today.date, rowProblems: parsed.rowProblems, columnNames });
    if (parsed.problems.length) check.fileProblems.push(...parsed.problems);
    if (notices.length) check.notices = [...notices, ...(check.notices ?? [])];
    return { check, saved };
  }

  /**
   * An indicator's figures fetched from the Fingertips API, then the usual preview. Where the
   * browser cannot reach the API, the lead is told so and pointed to the CSV route.
   */
  async function fingertipsChecked(indicator: Indicator) {
    if (indicator.fingertips?.kind !== 'indicator' || !fetchFromFingertips) return;
    const mapping = indicator.fingertips;
    const what = `Fingertips indicator ${mapping.indicatorId} (${indicator.name})`;
    setFileProblem(undefined);
    setState({ step: 'checking', fileName: what });
    const download = await fetchFromFingertips(mapping);
    if (download.records.length === 0) {
      setState({ step: 'choose' });
      return setFileProblem(
        `${what} could not be fetched from this browser${download.failures.length ? ` (${download.failures.join('; ')})` : ''}. The Fingertips website may not allow this page to ask for it, or the network may block it. Download the indicator's data as CSV from fingertips.phe.org.uk and choose that file above: it is read the same way.`,
      );
    }
    const notices = download.failures.length > 0 ? [`Not all of it could be fetched: ${download.failures.join('; ')}.`] : [];
    setState({ step: 'preview', file: { fileName: what, ...(await checkParsed({ header: download.header, records: download.records, problems: [] }, new Date(), { notices })) } });
  }

  /** Cells pasted from a spreadsheet: tab-separated, read as a CSV of the same columns. */
  async function textPasted(text: string) {
    setFileProblem(undefined);
    if (text.trim() === '') return setFileProblem('Paste the cells first, with their header row.');
    setState({ step: 'checking', fileName: 'the pasted cells' });
    await textRead('the pasted cells', text, new Date(), []);
  }

  // Stable while the lead, the partnership and the senders are (the preview is memoised on it).
  const validRowsImported = useCallback(
    async (file: CheckedFile) => {
      if (!editor) return;
      setState({ step: 'importing', file });
      const ambitionOf = new Map(framework.ambitions.flatMap((a) => a.indicators.map((i) => [i.id, a.number] as const)));
      // Grouped by series: each series' rows are kept in one write, then sent as one save.
      const bySeries = new Map<string, { labels: { indicator: string; place: string; ambitionNumber: number }; placeId: string; saved: Series; edits: PointEdit[] }>();
      for (const row of file.check.rows) {
        if (!row.edit || !row.indicator || !row.place) continue;
        const key = `${row.indicator.id}|${row.place.id}`;
        const group = bySeries.get(key) ?? {
          labels: { indicator: row.indicator.name, place: row.place.name, ambitionNumber: ambitionOf.get(row.indicator.id)! },
          placeId: row.place.id,
          saved: file.saved.get(key)!,
          edits: [],
        };
        group.edits.push(row.edit);
        bySeries.set(key, group);
      }
      // Every series' rows kept first (none is lost if the tab closes midway), then sent a few at
      // a time: each series is its own record with its own lock, so one save never waits on
      // another's reply, and 112 series are not 112 round trips end to end.
      const groups = [...bySeries.values()];
      const queued = await Promise.all(
        groups.map((group) =>
          queueEdits({ frameworkId: framework.id, labels: group.labels, saved: group.saved, edits: group.edits, editor, note: `Imported from ${file.fileName}` }),
        ),
      );
      const outcomes = await mapWithLimit(queued, IMPORT_SAVES_AT_ONCE, (record) => send(record.id));
      const results: SeriesResult[] = groups.map((group, i) => ({ ...group.labels, placeId: group.placeId, figures: group.edits.length, outcome: outcomes[i]! }));
      setState({ step: 'done', file, results });
    },
    [editor, framework, queueEdits, send],
  );
  const cancelled = useCallback((fileName: string) => setState({ step: 'cancelled', fileName }), []);

  return {
    state,
    fileProblem,
    fileChosen: (file: File) => void fileChosen(file),
    textPasted: (text: string) => void textPasted(text),
    mappingConfirmed: (mapping: ColumnMapping) => void mappingConfirmed(mapping),
    cancelMapping: () => state.step === 'mapping' && setState({ step: 'cancelled', fileName: state.fileName }),
    /** Undefined where the deployment turned the in-app Fingertips check off. */
    fingertipsChecked: fetchFromFingertips ? (indicator: Indicator) => void fingertipsChecked(indicator) : undefined,
    validRowsImported,
    cancelled,
    startAgain: () => setState({ step: 'choose' }),
  };
}
