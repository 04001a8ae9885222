import { ProvenanceTag } from '../../components/ProvenanceTag';
import { useId } from 'react';
import { Link, useLocation, useSearchParams } from 'react-router';
import { useSeriesForIndicators } from '../../api/get-series';
import { PlaceSelect } from '../../components/PlaceSelect';
import { StatusBadge } from '../../components/StatusBadge';
import { describeChangeMade, describePace, describeShares, describeTimeGone, isBehind, lagOf, sortPortfolio, type PortfolioOrder } from '../../domain/status/portfolio';
import { HeadlineStatus } from '../../components/HeadlineStatus';
import { useCurrentFramework } from '../../hooks/use-current-framework';
import { usePlaceParam } from '../../hooks/use-place-param';
import { useToday } from '../../lib/today';
import { PortfolioChart } from './PortfolioChart';
import { PortfolioDownloads } from './PortfolioDownloads';
import { portfolioRows, type PortfolioEntry } from './portfolio-rows';
import { headlineIndicators } from '../../domain/status/headline-indicators';
import { PlanList } from './PlanList';
import { wordsOf, type Words } from '../../domain/words/terms';
import './portfolio.css';

const ORDERS: { value: PortfolioOrder; label: string }[] = [
  { value: 'furthest-behind', label: 'Furthest behind first' },
  { value: 'furthest-ahead', label: 'Furthest ahead first' },
  { value: 'ambition', label: 'Number' },
];

/** Every ambition on one scale: how much of the change is done against how much of the time is gone. */
export default function PortfolioPage() {
  const framework = useCurrentFramework();
  const words = wordsOf(framework);
  const { place, choosePlace } = usePlaceParam(framework);
  const [params, setParams] = useSearchParams();
  const { search } = useLocation();
  const order = (ORDERS.find((o) => o.value === params.get('order'))?.value ?? 'furthest-behind') as PortfolioOrder;
  const queries = useSeriesForIndicators(
    framework.id,
    headlineIndicators(framework).measured.map((m) => m.indicator.id),
    place.id,
  );
  const rows = sortPortfolio(portfolioRows(framework, queries, useToday().year), order);
  const summaryId = useId();
  const orderId = useId();
  const loading = queries.filter((q) => q.isPending).length;

  return (
    <section aria-labelledby="portfolio-title" className="portfolio">
      <title>{`Progress across ${words.many}: ${place.name} – Ambitions dashboard`}</title>
      <div className="page-heading">
        <div>
          <h1 id="portfolio-title" tabIndex={-1}>
            Progress across {words.many}
          </h1>
          <p className="page-heading__lead">
            For each {words.one} with figures in <strong>{place.name}</strong>: how much of the change from baseline to target has been made, against how much of the time to the
            target had gone by the latest figure.
          </p>
        </div>
        <PlaceSelect places={framework.places} value={place.id} onChange={choosePlace} />
      </div>
      <div className="portfolio__controls">
        <label htmlFor={orderId}>Order</label>
        <select
          id={orderId}
          value={order}
          onChange={(e) =>
            setParams((prev) => {
              const next = new URLSearchParams(prev);
              next.set('order', e.target.value);
              return next;
            })
          }
        >
          {ORDERS.map((o) => (
            <option key={o.value} value={o.value}>
              {o.value === 'ambition' ? `${words.One} number` : o.label}
            </option>
          ))}
        </select>
      </div>
      {loading === 0 && <IllustrativeNotice rows={rows} placeName={place.name} words={words} />}
      {loading > 0 ? (
        <p className="loading-line" role="status">
          Loading the figures for {loading} {loading === 1 ? words.one : words.many}…
        </p>
      ) : (
        <figure className="portfolio__figure">
          <figcaption id={summaryId} className="portfolio__summary">
            {summarise(rows, words)}
          </figcaption>
          <p className="portfolio__legend" aria-hidden="true">
            <span className="portfolio__key portfolio__key--bar" /> Share of the change made <span className="portfolio__key portfolio__key--time" /> Share of the time used (by the
            latest figure)
          </p>
          <PortfolioChart rows={rows} labelledBy={summaryId} />
          <PortfolioDownloads
            rows={rows}
            title={`Progress across ${words.many}: ${place.name}`}
            summary={summarise(rows, words)}
            stem={[framework.id, 'progress', place.id]}
            illustrative={queries.some((q) => q.data?.points.some((p) => p.provenance === 'illustrative'))}
          />
        </figure>
      )}
      {rows.length > 0 && <PortfolioTable rows={rows} search={search} frameworkId={framework.id} words={words} />}
      <PlanList framework={framework} words={words} search={search} />
    </section>
  );
}

/** How many of the shares rest on illustrative figures, said before the chart that draws them. */
function IllustrativeNotice({ rows, placeName, words }: { rows: readonly PortfolioEntry[]; placeName: string; words: Words }) {
  const latest = rows.flatMap((r) => (r.headline?.now.latest ? [r.headline.now.latest.provenance] : []));
  const illustrative = latest.filter((p) => p === 'illustrative').length;
  if (illustrative === 0) return null;
  return (
    <p className="notice notice--illustrative">
      <ProvenanceTag provenance="illustrative" /> {illustrative === latest.length ? `Every ${words.one}’s` : `${illustrative} of ${latest.length} ${words.many}’`} latest figure for{' '}
      {placeName} {illustrative === 1 ? 'is' : 'are'} illustrative, not published: the progress drawn from {illustrative === 1 ? 'it' : 'them'} shows how the page works, not how{' '}
      {placeName} is doing. Each is marked in the table.
    </p>
  );
}

function summarise(rows: readonly PortfolioEntry[], words: Words): string {
  const measured = rows.filter((r) => r.shares);
  if (measured.length === 0) return `No ${words.one} has figures to measure progress from yet.`;
  const keepingPace = measured.filter((r) => !isBehind(r)).length;
  const worst = [...measured].sort((a, b) => lagOf(b)! - lagOf(a)!)[0]!;
  return `${keepingPace} of ${measured.length} ${measured.length === 1 ? words.one : words.many} ${measured.length === 1 ? 'has' : 'have'} made at least as much of the change as the time used. Furthest behind: ${words.one} ${worst.ambitionNumber} (${worst.indicatorName}): ${describeShares(worst.shares!, worst.latestLabel ?? '')}`;
}

function PortfolioTable({ rows, search, frameworkId, words }: { rows: readonly PortfolioEntry[]; search: string; frameworkId: string; words: Words }) {
  return (
    <div className="table-scroll" tabIndex={0} role="group" aria-label={`Progress across ${words.many}, as a table`}>
      <table className="data-table portfolio-table">
        <caption>Progress across {words.many}, in the order chosen above</caption>
        <thead>
          <tr>
            <th scope="col">{words.One}</th>
            <th scope="col">Status, against the target in force</th>
            <th scope="col">Share of the change made, baseline to target</th>
            <th scope="col">Share of the time used, by the latest figure</th>
            <th scope="col">Share of the time used, by today</th>
            <th scope="col">Against schedule</th>
            <th scope="col">Latest figure’s period</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key}>
              <th scope="row">
                <Link to={{ pathname: `/${frameworkId}/ambitions/${r.ambitionNumber}`, search }}>
                  {r.ambitionNumber}. {r.ambitionTitle}
                </Link>
                <span className="portfolio-table__indicator">
                  {r.indicatorName}
                  {r.targetLabel && `. Target: ${r.targetLabel}`}
                </span>
              </th>
              <td>{r.headline ? <HeadlineStatus headline={r.headline} size="compact" /> : <StatusBadge status={r.status} />}</td>
              {r.shares ? (
                <>
                  <td>{describeChangeMade(r.shares)}</td>
                  <td>{describeTimeGone(r.shares.shareOfTime)}</td>
                  <td>{describeTimeGone(r.shares.shareOfTimeToday)}</td>
                  <td>{describePace(lagOf(r)!)}</td>
                  <td>
                    {r.latestLabel} {r.headline?.now.latest && <ProvenanceTag provenance={r.headline.now.latest.provenance} />}
                  </td>
                </>
              ) : (
                <td colSpan={5}>{r.reason}</td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
