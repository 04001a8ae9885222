import { FiguresProvenance } from '../../components/FiguresProvenance';
import { ProvenanceTag } from '../../components/ProvenanceTag';
import { Link, useParams, useSearchParams } from 'react-router';
import { useFramework } from '../../api/get-framework';
import { useSeries, useSeriesForIndicators } from '../../api/get-series';
import { LazyIndicatorChart } from '../../charts/lazy-charts';
import { ErrorMessage } from '../../components/ErrorMessage';
import { HeadlineStatus } from '../../components/HeadlineStatus';
import { FiguresTable } from '../../components/FiguresTable';
import { formatValue } from '../../domain/words/format-value';
import type { Ambition, Framework, Indicator, Place, Series } from '../../domain/types';
import { headlineOf } from '../../hooks/use-assessments';
import { useSeriesView } from '../../hooks/use-series-view';
import { describeIndicatorChart } from '../../charts/describe-indicator-chart';
import { totalPlace } from '../../hooks/use-place-param';
import { formatDate, useToday } from '../../lib/today';
import { CommentList } from '../../components/insight/CommentList';
import { TrendMarker } from '../../components/insight/TrendMarker';
import { readDeck } from './deck';
import { PackPlan, PackProgrammes, PackProgrammesLine } from './PackPlan';
import { PlanBadge } from '../../components/PlanBadge';
import { assessActions, isoDay } from '../../domain/status/assess-actions';
import { numbered, wordsOf } from '../../domain/words/terms';
import { headlineIndicators } from '../../domain/status/headline-indicators';
import './board-pack.css';

const PACK_LAYERS = { path: true, trend: true, interval: true };
// The chart is drawn at this size and scaled to its column: on paper it is the same whatever the
// width of the window the pack was printed from.
const PACK_CHART = { width: 640, height: 300 };

/**
 * The board pack: printing it (or "Save as PDF") gives a cover with every status, the date, the
 * place and the sources, then one ambition per A4 landscape page with its chart, key sentence and
 * data table. Page numbers come from the print stylesheet.
 */
export default function BoardPackPage() {
  const { frameworkId = '' } = useParams();
  const framework = useFramework(frameworkId);
  if (framework.isPending) return <p role="status">Loading the ambitions…</p>;
  if (framework.isError) {
    return (
      <main>
        <h1>The board pack cannot be made right now</h1>
        <ErrorMessage title="The ambitions could not be loaded" error={framework.error} onRetry={() => void framework.refetch()} />
      </main>
    );
  }
  return <BoardPack framework={framework.data} />;
}

function BoardPack({ framework }: { framework: Framework }) {
  const [params] = useSearchParams();
  const deck = readDeck(
    params,
    framework.ambitions.map((a) => a.number),
  );
  const place = framework.places.find((p) => p.id === params.get('place')) ?? totalPlace(framework);
  const ambitions = deck.ambitions.map((n) => framework.ambitions.find((a) => a.number === n)!);
  const words = wordsOf(framework);
  return (
    <div className="board-pack">
      <title>{`Board pack – ${framework.shortName} – ${place.name}`}</title>
      <nav className="board-pack__toolbar" aria-label="Board pack">
        <Link to={`/${framework.id}/present?${params.toString()}`}>‹ Back to the deck</Link>
        <button type="button" className="button" onClick={() => window.print()}>
          Print or save as PDF
        </button>
        <span>
          A4 landscape: a cover, then {ambitions.length} {ambitions.length === 1 ? words.one : words.many}, a page each.
        </span>
      </nav>
      <main>
        <Cover framework={framework} place={place} />
        {framework.programmes?.length ? (
          <section className="board-page board-page--front" aria-labelledby="pack-programmes">
            <PackProgrammes framework={framework} words={words} />
          </section>
        ) : null}
        <PackSources framework={framework} />
        {ambitions.map((ambition) => (
          <AmbitionPage key={ambition.number} framework={framework} ambition={ambition} place={place} />
        ))}
      </main>
    </div>
  );
}

function Cover({ framework, place }: { framework: Framework; place: Place }) {
  const words = wordsOf(framework);
  const { measured, indexOf } = headlineIndicators(framework);
  const indicators = measured.map((m) => m.indicator);
  const queries = useSeriesForIndicators(
    framework.id,
    indicators.map((i) => i.id),
    place.id,
  );
  const { date, year } = useToday();
  return (
    <section className="board-page board-page--front board-page--cover" aria-labelledby="cover-title">
      <h1 id="cover-title">
        {framework.name}: progress on our {words.many}
      </h1>
      <p className="board-page__meta">
        Board pack for {place.name}, as at {formatDate(date)}.
      </p>
      {framework.note && <p className="board-page__note">{framework.note}</p>}
      {/* A data table may scroll sideways on a narrow screen (WCAG 1.4.10's exception); the page itself does not. */}
      <div className="table-scroll" tabIndex={0} role="region" aria-label={`Every ${words.one}’s headline status`}>
        <table className="pack-table">
          <caption>Every {words.one}&rsquo;s headline status</caption>
          <thead>
            <tr>
              <th scope="col">{words.One} and its headline indicator</th>
              <th scope="col">Status, against the target in force</th>
              <th scope="col">Latest figure</th>
            </tr>
          </thead>
          <tbody>
            {framework.ambitions.map((ambition) => {
              const i = indexOf.get(ambition.number);
              if (i === undefined) {
                const plan = assessActions(ambition.actions ?? [], isoDay(date));
                return (
                  <tr key={ambition.number}>
                    <th scope="row">
                      {ambition.number}. {ambition.title}
                      <span className="pack-table__indicator">No indicator yet: judged on its actions</span>
                    </th>
                    <td>
                      <PlanBadge status={plan.status} />
                    </td>
                    <td>{plan.actions.length > 0 ? `${plan.counts.done} of ${plan.actions.length} actions done` : '–'}</td>
                  </tr>
                );
              }
              const series = queries[i]?.data;
              const headline = headlineOf(indicators[i]!, series, year);
              return (
                <tr key={ambition.number}>
                  <th scope="row">
                    {ambition.number}. {ambition.title}
                    <span className="pack-table__indicator">{indicators[i]!.name}</span>
                  </th>
                  <td>{headline ? <HeadlineStatus headline={headline} size="compact" /> : queries[i]?.isError ? 'Could not be loaded' : 'No figures'}</td>
                  {/* Published or illustrative beside each figure: the cover is often the only page read. */}
                  <td>
                    {headline?.now.latest ? (
                      <>
                        {formatValue(headline.now.latest.value, indicators[i]!.unit)} ({headline.now.latest.period}) <ProvenanceTag provenance={headline.now.latest.provenance} />
                      </>
                    ) : (
                      '–'
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <CoverSources
        rows={framework.ambitions.flatMap((ambition) => {
          const i = indexOf.get(ambition.number);
          const latest = i === undefined ? undefined : headlineOf(indicators[i]!, queries[i]?.data, year)?.now.latest;
          return latest?.provenance === 'published' ? [{ number: ambition.number, period: latest.period, source: latest.source ?? indicators[i!]!.source }] : [];
        })}
      />
    </section>
  );
}

/** Where each published headline figure on the cover comes from: the cover is often the only page read. */
function CoverSources({ rows }: { rows: { number: number; period: string; source: string }[] }) {
  if (rows.length === 0) return null;
  return (
    <p className="board-page__cover-sources">
      Sources of the published figures above: {rows.map((r) => `${r.number} (${r.period}): ${r.source}`).join('; ')}. Figures marked Illustrative are not published and must not be
      quoted.
    </p>
  );
}

/** Every source the pack's figures come from, in one paragraph: the front matter ends with it. */
function PackSources({ framework }: { framework: Framework }) {
  const sources = [...new Set(framework.ambitions.flatMap((a) => a.indicators.map((i) => i.source)))];
  return (
    <section className="board-page board-page--front" aria-labelledby="pack-sources">
      <h2 id="pack-sources" className="board-page__subtitle">
        Data sources
      </h2>
      <p className="board-page__sources">{sources.join('; ')}.</p>
      <p className="board-page__note">Figures marked “Illustrative” were not found in published material and must not be quoted.</p>
    </section>
  );
}

function AmbitionPage({ framework, ambition, place }: { framework: Framework; ambition: Ambition; place: Place }) {
  const words = wordsOf(framework);
  if (ambition.indicators.length === 0) {
    return (
      <section className="board-page" aria-labelledby={`pack-${ambition.number}`}>
        <h2 id={`pack-${ambition.number}`} className="board-page__title">
          {numbered(words, ambition.number)}: {ambition.title}
        </h2>
        <p className="board-page__meta">
          {ambition.commitment}
          {ambition.commitmentSource && ` (${ambition.commitmentSource}.)`}
        </p>
        <PackPlan ambition={ambition} headline />
        <PackProgrammesLine framework={framework} ambitionNumber={ambition.number} />
      </section>
    );
  }
  return <MeasuredPage framework={framework} ambition={ambition} place={place} />;
}

function MeasuredPage({ framework, ambition, place }: { framework: Framework; ambition: Ambition; place: Place }) {
  const words = wordsOf(framework);
  const indicator = ambition.indicators[0]!;
  const query = useSeries(framework.id, indicator.id, place.id);
  return (
    <>
      <section className="board-page" aria-labelledby={`pack-${ambition.number}`}>
        <h2 id={`pack-${ambition.number}`} className="board-page__title">
          {numbered(words, ambition.number)}: {ambition.title}
        </h2>
        <p className="board-page__meta">
          {indicator.name}, {place.name}.
        </p>
        {/* Published with its source, or illustrative and where a published figure would come from: the indicator's source beside made-up figures misled. */}
        {query.data && <FiguresProvenance className="board-page__meta" points={query.data.points} placeName={place.name} indicatorSource={indicator.source} />}
        {query.isPending ? (
          <p role="status">Loading the figures…</p>
        ) : query.isError ? (
          <ErrorMessage title={`The figures for ${words.one} ${ambition.number} could not be loaded`} error={query.error} />
        ) : (
          <AmbitionPageBody indicator={indicator} place={place} series={query.data} />
        )}
        {!ambition.actions?.length && <PackProgrammesLine framework={framework} ambitionNumber={ambition.number} />}
      </section>
      {/* Its actions on a page of their own, so the figures' page keeps its chart at a readable size. */}
      {ambition.actions?.length ? (
        <section className="board-page" aria-labelledby={`pack-${ambition.number}-actions`}>
          <h2 id={`pack-${ambition.number}-actions`} className="board-page__title">
            {numbered(words, ambition.number)}: {ambition.title} — actions
          </h2>
          <PackPlan ambition={ambition} headline={false} />
          <PackProgrammesLine framework={framework} ambitionNumber={ambition.number} />
        </section>
      ) : null}
    </>
  );
}

function AmbitionPageBody({ indicator, place, series }: { indicator: Indicator; place: Place; series: Series }) {
  const { points, headline, insight, margin, chart } = useSeriesView(indicator, place, series, { layers: PACK_LAYERS });
  return (
    <>
      {headline && <HeadlineStatus headline={headline} size="large" />}
      <div className="board-page__body">
        <figure className="board-page__chart">
          <figcaption className="visually-hidden">{describeIndicatorChart(indicator, [{ place, points }], headline?.now)}</figcaption>
          {chart ? <LazyIndicatorChart model={chart} unit={indicator.unit} height={PACK_CHART.height} fixedWidth={PACK_CHART.width} /> : <p>No figures for {place.name} yet.</p>}
        </figure>
        <div className="board-page__side">
          {/* On a phone the figures' table scrolls in its own box, as the cover's does; on paper it is whole. */}
          <div className="table-scroll" tabIndex={0} role="region" aria-label={`The figures for ${indicator.name}`}>
            <FiguresTable indicator={indicator} points={points.slice(-8)} caption="The figures" className="pack-table pack-table--figures" withProvenance />
          </div>
          {margin && <p className="board-page__note">{margin}</p>}
          {insight.trend && <TrendMarker {...insight.trend} compact />}
          {insight.lag && <p className="board-page__note">{insight.lag.sentence}</p>}
        </div>
      </div>
      <div className="board-page__why">
        {headline && <p className="board-page__status">{headline.now.explanation}</p>}
        <CommentList comments={insight.comments} subject={indicator.name} places={[place]} />
      </div>
    </>
  );
}
