import { useSeriesForPlaces } from '../../api/get-series';
import type { ChartLayers } from '../../charts/chart-style';
import { describeIndicatorChart } from '../../charts/describe-indicator-chart';
import { LazyIndicatorChart } from '../../charts/lazy-charts';
import { ErrorMessage } from '../../components/ErrorMessage';
import type { SeriesToolsProps } from '../../components/slots';
import { timePoints } from '../../domain/periods/timed-point';
import { useRef, type ComponentType } from 'react';
import type { Indicator, Place, Series } from '../../domain/types';
import { useSeriesView } from '../../hooks/use-series-view';
import { VerdictFigures } from '../../components/VerdictFigures';
import { useDetailChartHeight } from './use-chart-height';
import { HowWeJudged } from './HowWeJudged';
import { headlineWords } from '../../domain/status/headline';
import { commentLine } from '../../domain/words/comments';
import { formatDate } from '../../lib/today';
import { OverdueLine } from '../../components/insight/DataLagLine';
import { CommentList } from '../../components/insight/CommentList';
import { GapGroups } from '../../components/insight/GapGroups';
import { ChartDownloads } from './ChartDownloads';
import { ComparedStatuses } from './ComparedStatuses';
import { GlossaryLinks } from './GlossaryLinks';
import { ProvenanceLine } from './ProvenanceLine';
import { ProvenanceTag } from '../../components/ProvenanceTag';
import { IndicatorDetails } from './IndicatorDetails';
import { IndicatorTable } from './IndicatorTable';
import { TargetStatuses } from './TargetStatuses';
import type { DetailView } from './use-detail-params';

export interface IndicatorSectionProps {
  frameworkId: string;
  ambitionNumber: number;
  indicator: Indicator;
  place: Place;
  comparePlaces: Place[];
  view: DetailView;
  /** The optional layers the chart draws. */
  layers: ChartLayers;
  /** Editing and history, plugged in by the app layer. */
  SeriesTools?: ComponentType<SeriesToolsProps>;
}

export function IndicatorSection({ frameworkId, ambitionNumber, indicator, place, comparePlaces, view, layers, SeriesTools }: IndicatorSectionProps) {
  const places = [place, ...comparePlaces];
  const queries = useSeriesForPlaces(
    frameworkId,
    indicator.id,
    places.map((p) => p.id),
  );
  const [primary, ...others] = queries;
  const headingId = `indicator-${indicator.id}`;

  return (
    <section className="indicator-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{indicator.name}</h2>
      {indicator.proxyNote && <p className="proxy-note">{indicator.proxyNote}</p>}
      {primary!.isPending ? (
        <div className="skeleton" role="status">
          <span className="visually-hidden">Loading the figures for {place.name}…</span>
          <div className="skeleton__block skeleton__block--tall" />
        </div>
      ) : primary!.isError ? (
        <ErrorMessage title={`The figures for ${place.name} could not be loaded`} error={primary!.error} onRetry={() => void primary!.refetch()} retrying={primary!.isFetching} />
      ) : (
        <IndicatorBody
          frameworkId={frameworkId}
          indicator={indicator}
          series={primary!.data}
          place={place}
          compared={others.flatMap((q, i) => (q.data ? [{ place: comparePlaces[i]!, series: q.data }] : []))}
          view={view}
          layers={layers}
        />
      )}
      {others.map((q, i) =>
        q.isError ? (
          <ErrorMessage
            key={comparePlaces[i]!.id}
            title={`The figures for ${comparePlaces[i]!.name} could not be loaded for comparison`}
            error={q.error}
            onRetry={() => void q.refetch()}
            retrying={q.isFetching}
          />
        ) : null,
      )}
      <GlossaryLinks frameworkId={frameworkId} indicator={indicator} />
      {SeriesTools && primary!.data && <SeriesTools frameworkId={frameworkId} ambitionNumber={ambitionNumber} indicator={indicator} place={place} series={primary!.data} />}
      <IndicatorDetails indicator={indicator} />
    </section>
  );
}

interface BodyProps {
  frameworkId: string;
  indicator: Indicator;
  series: Series;
  place: Place;
  compared: { place: Place; series: Series }[];
  view: DetailView;
  layers: ChartLayers;
}

/**
 * The chart with its status and source first, as Our World in Data puts title, chart and source
 * together: the chart beside the verdict and the figures it rests on, the sentence under them;
 * then every target, and the workings on request.
 */
function IndicatorBody({ frameworkId, indicator, series, place, compared, view, layers }: BodyProps) {
  const comparedPoints = compared.map((c) => ({ place: c.place, points: timePoints(c.series.points) }));
  const { assessments, points, headline, insight, places, chart } = useSeriesView(indicator, place, series, { compared: comparedPoints, layers, withChart: view === 'chart' });
  const summary = describeIndicatorChart(indicator, places, headline?.now);
  const chartArea = useRef<HTMLElement>(null);
  const height = useDetailChartHeight();
  return (
    <>
      <div className="indicator-main">
        <figure className="indicator-figure" ref={chartArea}>
          {points.length === 0 ? (
            <p className="empty-state">No figures for {place.name} yet. Figures for this indicator may only be reported for the partnership as a whole.</p>
          ) : chart ? (
            <LazyIndicatorChart model={chart} unit={indicator.unit} height={height} explore />
          ) : (
            <IndicatorTable indicator={indicator} places={places} />
          )}
          <figcaption className="indicator-figure__summary">{summary}</figcaption>
        </figure>
        {headline && (
          <div className="indicator-headline">
            <VerdictFigures headline={headline} />
            <p className="indicator-headline__sentence">{headline.now.explanation}</p>
            <p className="indicator-headline__target">
              Target in force: {headline.now.target.label}. {headline.now.target.provenance === 'illustrative' && <ProvenanceTag provenance="illustrative" subject="target" />}
              {headline.now.target.note && <span className="indicator-headline__note"> {headline.now.target.note}</span>}
            </p>
          </div>
        )}
      </div>
      <ProvenanceLine series={series} placeName={place.name} indicatorSource={indicator.source} />
      {insight.lag?.overdue && <OverdueLine overdue={insight.lag.overdue} />}
      {compared.length > 0 && <ComparedStatuses indicator={indicator} compared={compared} />}
      {assessments.length > 1 && <TargetStatuses indicator={indicator} assessments={assessments} placeName={place.name} />}
      <HowWeJudged indicator={indicator} assessments={assessments} insight={insight} />
      {indicator.gap && points.length > 0 && <GapGroups indicator={{ ...indicator, gap: indicator.gap }} points={points} placeName={place.name} showChart={view === 'chart'} />}
      <CommentList comments={insight.comments} subject={indicator.name} places={places.map((p) => p.place)} />
      {points.length > 0 && (
        <ChartDownloads
          frameworkId={frameworkId}
          indicator={indicator}
          places={places}
          model={chart}
          chartArea={chartArea}
          status={headline && headlineWords(headline, place.name)}
          comments={insight.comments.map((c) => commentLine(c, (iso) => formatDate(new Date(iso))))}
        />
      )}
    </>
  );
}
