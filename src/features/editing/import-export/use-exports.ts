import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useSourceQueries } from '../../../api/source-queries';
import type { Framework, HistoryEntry, Indicator, Place, Series } from '../../../domain/types';
import { downloadFile, fileNameOf } from '../../../lib/download';
import { useToday } from '../../../lib/today';
import { figuresToCsv, templateCsv } from '../../../lib/figures-csv-file';

type Status = { kind: 'idle' } | { kind: 'working'; what: string } | { kind: 'failed'; message: string } | { kind: 'done'; message: string };

/** The files a lead or a board member can take away: every figure as CSV, everything as JSON, the template. */
export function useExports(framework: Framework) {
  const queries = useSourceQueries();
  const queryClient = useQueryClient();
  const { date } = useToday();
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const stamp = date.toISOString().slice(0, 10);
  const indicators = framework.ambitions.flatMap((a) => a.indicators);
  const pairs = indicators.flatMap((indicator) => framework.places.map((place) => ({ indicator, place })));

  /** Every series, or an error naming those that failed: an export must not be quietly incomplete. */
  async function loadAll<T>(load: (p: { indicator: Indicator; place: Place }) => Promise<T>) {
    const settled = await Promise.allSettled(pairs.map(load));
    const failed = pairs.filter((_, i) => settled[i]!.status === 'rejected').map((p) => `${p.indicator.name}, ${p.place.name}`);
    if (failed.length)
      throw new Error(
        `${failed.length} set${failed.length === 1 ? '' : 's'} of figures could not be loaded (${failed.slice(0, 3).join('; ')}${failed.length > 3 ? '; …' : ''}). Nothing was downloaded; try again.`,
      );
    return settled.map((s) => (s as PromiseFulfilledResult<T>).value);
  }

  const series = ({ indicator, place }: { indicator: Indicator; place: Place }) => queryClient.fetchQuery(queries.series(framework.id, indicator.id, place.id));
  const history = ({ indicator, place }: { indicator: Indicator; place: Place }) => queryClient.fetchQuery(queries.history(framework.id, indicator.id, place.id));

  async function run(what: string, work: () => Promise<string>) {
    setStatus({ kind: 'working', what });
    try {
      setStatus({ kind: 'done', message: await work() });
    } catch (error) {
      setStatus({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  }

  return {
    status,
    allFiguresCsv: () =>
      run('every figure as CSV', async () => {
        const all = await loadAll(series);
        const name = fileNameOf([framework.id, 'figures', stamp], 'csv');
        downloadFile(name, figuresToCsv(all.map((s, i) => ({ ...pairs[i]!, points: s.points }))), 'text/csv;charset=utf-8');
        return `Downloaded ${name}: ${all.reduce((n, s) => n + s.points.length, 0)} figures.`;
      }),
    everythingJson: () =>
      run('everything as JSON', async () => {
        const [all, histories] = await Promise.all([loadAll<Series>(series), loadAll<HistoryEntry[]>(history)]);
        const name = fileNameOf([framework.id, 'export', stamp], 'json');
        const content = {
          exportedAt: new Date().toISOString(),
          about: 'Ambitions dashboard export. Figures whose provenance is "illustrative" were not published and must not be quoted.',
          framework,
          series: all,
          history: Object.fromEntries(pairs.map((p, i) => [`${p.indicator.id}/${p.place.id}`, histories[i]!])),
        };
        downloadFile(name, JSON.stringify(content, null, 2), 'application/json');
        return `Downloaded ${name}: ${all.length} sets of figures with their history.`;
      }),
    template: () =>
      run('the template', async () => {
        const name = fileNameOf([framework.id, 'figures-template'], 'csv');
        downloadFile(name, templateCsv(indicators, framework.places), 'text/csv;charset=utf-8');
        return `Downloaded ${name}.`;
      }),
  };
}
