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
        {/* The unit in the subtitle, as Our World in Data gives it: a line of its own over the chart would take the chart's height. */}
        <p className="slide__indicator">
          {indicator.name} ({lowerFirst(unitName(indicator.unit))}), {place.name}
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
      <div className="slide__status">
        {headline ? (
          <>
            <HeadlineStatus headline={headline} size="large" />
            <SlideGap headline={headline} />
          </>
        ) : (
          <p>{indicator.name} has no target set.</p>
        )}
      </div>
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

/** By how much, in words that say which way (verdict-figures.ts, as the cards say it); the figures themselves are in the place strip's row. */
function SlideGap({ headline }: { headline: Headline }) {
  const { gap, gapIsGood } = verdictFigures(headline.now, headline.indicator);
  // "Awaiting figure" already says the figure is not published: no second line for it.
  return gap && headline.now.status !== 'awaited' ? <p className={`slide__gap${gapIsGood === false ? ' slide__gap--bad' : ''}`}>{gap}</p> : null;
}

/** "per cent" inside a sentence; "tCO2e" as it is. */
function lowerFirst(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}
