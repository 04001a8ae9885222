import { useSeries } from '../../api/get-series';
import { LazyIndicatorChart } from '../../charts/lazy-charts';
import { ErrorMessage } from '../../components/ErrorMessage';
import { ProvenanceTag } from '../../components/ProvenanceTag';
import { HeadlineStatus } from '../../components/HeadlineStatus';
import { formatNumber, unitLabel } from '../../domain/format-value';
import type { Ambition, Framework, Place, Series } from '../../domain/types';
import { useSeriesView } from '../../hooks/use-series-view';
import { formatDate } from '../../lib/today';
import { commentLine } from '../../domain/comments';
import { TrendMarker } from '../../components/insight/TrendMarker';
import { numbered, wordsOf } from '../../domain/terms';
import type { DeckView } from './deck';
import { PlaceStrip } from './PlaceStrip';
import { PlanSlide } from './PlanSlide';

// On a projector the trend and interval clutter more than they tell; the path to the target stays.
const SLIDE_LAYERS = { path: true, trend: false, interval: false };

export interface AmbitionSlideProps {
  framework: Framework;
  ambition: Ambition;
  place: Place;
  view: DeckView;
  chartHeight: number;
}

/** One commitment: on its headline figures, or on its actions where it has no figures yet. */
export function AmbitionSlide(props: AmbitionSlideProps) {
  return props.ambition.indicators.length === 0 ? <PlanSlide framework={props.framework} ambition={props.ambition} /> : <FigureSlide {...props} />;
}

/** Its status in words and icon, the headline chart, why, and every place at a glance. */
function FigureSlide({ framework, ambition, place, view, chartHeight }: AmbitionSlideProps) {
  const words = wordsOf(framework);
  const indicator = ambition.indicators[0]!;
  const query = useSeries(framework.id, indicator.id, place.id);
  return (
    <article className="slide slide--ambition" aria-labelledby="slide-title">
      <header className="slide__header">
        <h1 id="slide-title" className="slide__title">
          <span className="slide__number">{numbered(words, ambition.number)}</span> {ambition.title}
        </h1>
        <p className="slide__indicator">
          {indicator.name}, {place.name}
        </p>
      </header>
      {query.isPending ? (
        <p role="status" className="slide__loading">
          Loading the figures…
        </p>
      ) : query.isError ? (
        <ErrorMessage title={`The figures for ${words.one} ${ambition.number} could not be loaded`} error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <SlideBody framework={framework} ambition={ambition} place={place} view={view} chartHeight={chartHeight} series={query.data} />
      )}
    </article>
  );
}

function SlideBody({ framework, ambition, place, view, chartHeight, series }: AmbitionSlideProps & { series: Series }) {
  const indicator = ambition.indicators[0]!;
  const { points, headline, insight, margin, chart } = useSeriesView(indicator, place, series, { layers: SLIDE_LAYERS, withChart: view === 'chart' });
  const { comments } = insight;
  // Each extra line of words above the chart takes room from it, so the slide still fits the screen.
  const extraHeight = (margin ? 64 : 0) + (insight.trend ? 48 : 0) + comments.length * 64;
  const height = Math.max(140, chartHeight - extraHeight);
  const illustrative = series.points.some((p) => p.provenance === 'illustrative');
  return (
    <div className="slide__body">
      <div className="slide__main">
        {headline ? (
          <>
            <div className="slide__status">
              <HeadlineStatus headline={headline} size="large" />
            </div>
            <p className="slide__sentence">{headline.now.explanation}</p>
          </>
        ) : (
          <p className="slide__sentence">{indicator.name} has no target set.</p>
        )}
        {margin && <p className="slide__margin">{margin}</p>}
        {insight.trend && <TrendMarker {...insight.trend} compact />}
        {comments.length > 0 && (
          <ul className="slide__comments" aria-label={`Comments on ${indicator.name}`}>
            {comments.map((c) => (
              <li key={c.id}>{commentLine(c, (iso) => formatDate(new Date(iso)))}</li>
            ))}
          </ul>
        )}
        {points.length === 0 ? (
          <p>No figures for {place.name} yet.</p>
        ) : chart ? (
          <LazyIndicatorChart model={chart} unit={indicator.unit} height={height} theme="projector" />
        ) : (
          <table className="slide-table">
            <caption>
              {indicator.name} in {place.name} ({unitLabel(indicator.unit)})
            </caption>
            <thead>
              <tr>
                <th scope="col">Period</th>
                <th scope="col">Figure</th>
              </tr>
            </thead>
            <tbody>
              {points.slice(-8).map((p) => (
                <tr key={p.period}>
                  <th scope="row">{p.period}</th>
                  <td>{formatNumber(p.value, indicator.unit.decimals)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
      <aside className="slide__side" aria-label="Every place">
        <PlaceStrip framework={framework} indicator={indicator} chosenPlaceId={place.id} />
        <p className="slide__source">
          Source: {indicator.source}. {illustrative && <ProvenanceTag provenance="illustrative" subject="series" />}
        </p>
      </aside>
    </div>
  );
}
