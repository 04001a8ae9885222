import { useSeries } from '../../api/get-series';
import { LazyIndicatorChart } from '../../charts/lazy-charts';
import { ErrorMessage } from '../../components/ErrorMessage';
import { FiguresProvenance } from '../../components/FiguresProvenance';
import { verdictFigures } from '../../domain/status/verdict-figures';
import { HeadlineStatus } from '../../components/HeadlineStatus';
import { FiguresTable } from '../../components/FiguresTable';
import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { ChartLegend } from '../../charts/ChartLegend';
import { describeIndicatorChart } from '../../charts/describe-indicator-chart';
import { unitName } from '../../domain/words/format-value';
import type { Headline } from '../../domain/status/headline';
import type { Ambition, Framework, Place, Series } from '../../domain/types';
import { useSeriesView } from '../../hooks/use-series-view';
import { formatDate } from '../../lib/today';
import { commentLine } from '../../domain/words/comments';
import { numbered, wordsOf } from '../../domain/words/terms';
import type { DeckView } from './deck';
import { PlaceStrip } from './PlaceStrip';
import { PlanSlide } from './PlanSlide';

// On a projector the trend and interval clutter more than they tell; the path to the target in force stays.
// The trend the slide's words quote is drawn too: a sentence about a line nobody can see misleads.
const SLIDE_LAYERS = { path: true, trend: true, interval: false };

export interface AmbitionSlideProps {
  framework: Framework;
  ambition: Ambition;
  place: Place;
  view: DeckView;
}

/** One commitment: on its headline figures, or on its actions where it has no figures yet. */
export function AmbitionSlide(props: AmbitionSlideProps) {
  return props.ambition.indicators.length === 0 ? <PlanSlide framework={props.framework} ambition={props.ambition} /> : <FigureSlide {...props} />;
}

/** Its status in words and icon, the headline chart, why, and every place at a glance. */
function FigureSlide({ framework, ambition, place, view }: AmbitionSlideProps) {
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
        <SlideBody framework={framework} ambition={ambition} place={place} view={view} series={query.data} />
      )}
    </article>
  );
}

function SlideBody({ framework, ambition, place, view, series }: AmbitionSlideProps & { series: Series }) {
  const indicator = ambition.indicators[0]!;
  const { points, headline, insight, chart, places } = useSeriesView(indicator, place, series, { layers: SLIDE_LAYERS, withChart: view === 'chart', onlyTargetInForce: true });
  const { comments } = insight;
  return (
    <>
      <div className="slide__status">{headline ? <HeadlineStatus headline={headline} size="large" /> : <p>{indicator.name} has no target set.</p>}</div>
      <div className="slide__body">
        <figure className="slide__chart">
          {/* The chart's words for those who cannot see it; the presenter speaks to the same. */}
          <figcaption className="visually-hidden">
            {describeIndicatorChart(indicator, places, headline?.now)} {headline?.now.explanation}
          </figcaption>
          {points.length === 0 ? (
            <p>No figures for {place.name} yet.</p>
          ) : chart ? (
            <>
              <p className="slide__unit" aria-hidden="true">
                {unitName(indicator.unit)}
              </p>
              <SlidePlot>{(height) => <LazyIndicatorChart model={chart} unit={indicator.unit} height={height} theme="projector" bare />}</SlidePlot>
              <ChartLegend model={chart} large />
            </>
          ) : (
            <FiguresTable indicator={indicator} points={points.slice(-8)} caption={`${indicator.name} in ${place.name}`} className="slide-table" />
          )}
          {comments.length > 0 && (
            <ul className="slide__comments" aria-label={`Comments on ${indicator.name}`}>
              {comments.map((c) => (
                <li key={c.id}>{commentLine(c, (iso) => formatDate(new Date(iso)))}</li>
              ))}
            </ul>
          )}
        </figure>
        <aside className="slide__side" aria-label="Key figures and every place">
          {headline && <SlideFigures headline={headline} />}
          <PlaceStrip framework={framework} indicator={indicator} chosenPlaceId={place.id} />
          {/* Published or illustrative where the figures stand: a printed slide travels without the page around it. */}
          <FiguresProvenance className="slide__source" points={series.points} placeName={place.name} indicatorSource={indicator.source} brief />
        </aside>
      </div>
    </>
  );
}

/**
 * The plot takes whatever height the slide leaves it, measured, so the chart is never squeezed
 * by the words around it nor pushes them off the screen.
 */
function SlidePlot({ children }: { children: (height: number) => ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  const [height, setHeight] = useState(0);
  useLayoutEffect(() => {
    const element = box.current;
    if (!element) return;
    const measure = () => setHeight(Math.floor(element.getBoundingClientRect().height));
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return (
    <div className="slide__plot" ref={box}>
      {children(Math.max(160, height))}
    </div>
  );
}

/** The figures the status stands on (verdict-figures.ts, as the overview card), then the gap in words. The unit is over the chart. */
function SlideFigures({ headline }: { headline: Headline }) {
  const shown = verdictFigures(headline.now, headline.indicator);
  return (
    <>
      <dl className="slide-figures">
        {shown.figures.map((f) => (
          <div key={f.label}>
            <dt>{f.label}</dt>
            <dd>
              {f.bare} ({f.when})
            </dd>
          </div>
        ))}
        {shown.laterFigure && (
          <div>
            <dt>Latest since</dt>
            <dd>
              {shown.laterFigure.bare} ({shown.laterFigure.when})
            </dd>
          </div>
        )}
      </dl>
      {shown.gap && <p className={`slide-figures__gap${shown.gapIsGood === false ? ' slide-figures__gap--bad' : ''}`}>{shown.gap}</p>}
    </>
  );
}
