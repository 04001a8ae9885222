import type { UseQueryResult } from '@tanstack/react-query';
import { StatusBadge } from '../../components/StatusBadge';
import type { StatusKind } from '../../domain/status/assess-target';
import { STATUS_ORDER } from '../../domain/status/status-labels';
import type { Ambition, Indicator, Series } from '../../domain/types';
import { assessSeries } from '../../hooks/use-assessments';
import { assessActions, isoDay, type PlanStatus } from '../../domain/status/assess-actions';
import { PlanBadge } from '../../components/PlanBadge';
import { useToday } from '../../lib/today';
import { verdictFigures, type VerdictFigure } from '../../domain/status/verdict-figures';
import { Link, useLocation } from 'react-router';
import type { Words } from '../../domain/words/terms';

export interface StatusSummaryProps {
  headlines: { ambition: Ambition; indicator: Indicator }[];
  queries: UseQueryResult<Series>[];
  placeName: string;
  /** Commitments judged on their actions: counted apart. */
  plans?: Ambition[];
  words: Words;
}

const PLAN_ORDER: PlanStatus[] = ['late', 'at-risk', 'on-track', 'not-started', 'done', 'no-actions'];

/** "4 missed, 2 on track…": the board's first question, answered before the detail. */
export function StatusSummary({ headlines, queries, placeName, plans = [], words }: StatusSummaryProps) {
  const { year, date } = useToday();
  const planCounts = new Map<PlanStatus, number>();
  for (const a of plans) {
    const status = assessActions(a.actions ?? [], isoDay(date)).status;
    planCounts.set(status, (planCounts.get(status) ?? 0) + 1);
  }
  const counts = new Map<StatusKind, number>();
  const rows: SummaryRow[] = [];
  let unavailable = 0;
  headlines.forEach(({ ambition, indicator }, i) => {
    const data = queries[i]?.data;
    if (!data) return;
    try {
      const headline = assessSeries(indicator, data, year).headline;
      // Counted as the cards lead: against the target in force.
      const status = headline?.now.status ?? 'not-enough-data';
      counts.set(status, (counts.get(status) ?? 0) + 1);
      const shown = headline && verdictFigures(headline.now, indicator);
      rows.push({ ambition, status, gap: shown?.gap, figure: shown?.figures[0], target: shown?.figures.find((f) => f.label === 'Target') });
    } catch {
      // The card shows what went wrong; the summary just counts it as unavailable.
      unavailable += 1;
    }
  });
  rows.sort((a, b) => STATUS_ORDER.indexOf(a.status!) - STATUS_ORDER.indexOf(b.status!) || a.ambition.number - b.ambition.number);
  unavailable += queries.filter((q) => q.isError).length;
  const loading = queries.filter((q) => q.isPending).length;

  return (
    <section className="status-summary" aria-labelledby="status-summary-title">
      <h2 id="status-summary-title" className="status-summary__title">
        Summary for {placeName}
      </h2>
      {/* Counts appear together once every card has settled: a half-loaded count would mislead. */}
      {loading > 0 ? (
        <p className="status-summary__loading">
          Loading the figures for {loading} {loading === 1 ? words.one : words.many}…
        </p>
      ) : (
        <ul className="status-summary__list">
          {STATUS_ORDER.filter((s) => counts.has(s)).map((status) => (
            <li key={status}>
              <span className="status-summary__count">{counts.get(status)}</span> <StatusBadge status={status} />
            </li>
          ))}
          {unavailable > 0 && (
            <li>
              <span className="status-summary__count">{unavailable}</span> could not be shown
            </li>
          )}
          {PLAN_ORDER.filter((s) => planCounts.has(s)).map((status) => (
            <li key={`plan-${status}`}>
              <span className="status-summary__count">{planCounts.get(status)}</span> <PlanBadge status={status} />
            </li>
          ))}
        </ul>
      )}
      {/* Drawn from the start, a row per commitment, so its arrival moves none of the cards below. */}
      {headlines.length > 0 && (
        <div className="status-summary__which">
          <SummaryTable rows={loading === 0 ? rows : headlines.map(({ ambition }) => ({ ambition }))} placeName={placeName} words={words} />
        </div>
      )}
    </section>
  );
}

interface SummaryRow {
  ambition: Ambition;
  /** Undefined while the figures load. */
  status?: StatusKind;
  gap?: string;
  /** The figure the verdict rests on, and the target: the verdict is read beside both. */
  figure?: VerdictFigure;
  target?: VerdictFigure;
}

/** Which, and by how much: each commitment in order of what needs attention first, linking to its page. */
function SummaryTable({ rows, placeName, words }: { rows: SummaryRow[]; placeName: string; words: Words }) {
  const { search } = useLocation();
  return (
    <table className="status-summary__table">
      <caption className="visually-hidden">Each one’s status in {placeName}, what needs attention first, and by how much</caption>
      <thead>
        <tr>
          <th scope="col">Status</th>
          <th scope="col">{words.One}</th>
          <th scope="col">Figure</th>
          <th scope="col">Target</th>
          <th scope="col">By how much</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ ambition, status, gap, figure, target }) => (
          <tr key={ambition.number}>
            <td>{status ? <StatusBadge status={status} /> : <span className="status-summary__pending">Loading…</span>}</td>
            <th scope="row">
              <Link to={{ pathname: `ambitions/${ambition.number}`, search }}>
                {ambition.number}. {ambition.title}
              </Link>
            </th>
            <td>{figure ? <FigureCell figure={figure} /> : status ? '–' : ''}</td>
            <td>{target ? <FigureCell figure={target} /> : status ? '–' : ''}</td>
            <td>{gap ?? (status ? '–' : '')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function FigureCell({ figure }: { figure: VerdictFigure }) {
  return (
    <>
      {figure.value}
      {figure.point?.provenance === 'illustrative' && (
        <>
          <span aria-hidden="true">†</span>
          <span className="visually-hidden"> (illustrative, not published)</span>
        </>
      )}{' '}
      <span className="status-summary__when">{figure.when}</span>
    </>
  );
}
