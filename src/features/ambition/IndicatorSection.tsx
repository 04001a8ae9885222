import { useSeriesForPlaces } from '../../api/get-series';
import { buildIndicatorChart, type PlaceSeries } from '../../charts/build-indicator-chart';
import { useChartLayers } from '../../charts/chart-layers-store';
import { describeIndicatorChart } from '../../charts/describe-indicator-chart';
import { LazyIndicatorChart } from '../../charts/lazy-charts';
import { ErrorMessage } from '../../components/ErrorMessage';
import { ProvenanceTag } from '../../components/ProvenanceTag';
import { sourcesOfPublished } from '../../domain/figure-sources';
import type { SeriesToolsProps } from '../../components/slots';
import { timePoints } from '../../domain/timed-point';
import { useRef, type ComponentType } from 'react';
import type { Indicator, Place, Series } from '../../domain/types';
import { useAssessments } from '../../hooks/use-assessments';
import { useToday } from '../../lib/today';
import { DataLagLine } from '../../components/insight/DataLagLine';
import { insightFor } from '../../components/insight/insight-for';
import { CommentList } from '../../components/insight/CommentList';
import { GapGroups } from '../../components/insight/GapGroups';
import { TrendMarker } from '../../components/insight/TrendMarker';
import { ChartDownloads } from './ChartDownloads';
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
  /** Editing and history, plugged in by the app layer. */
  SeriesTools?: ComponentType<SeriesToolsProps>;
}

export function IndicatorSection({ frameworkId, ambitionNumber, indicator, place, comparePlaces, view, SeriesTools }: IndicatorSectionProps) {
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
          compared={others.flatMap((q, i) => (q.data ? [{ place: comparePlaces[i]!, points: timePoints(q.data.points) }] : []))}
          view={view}
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
  compared: PlaceSeries[];
  view: DetailView;
}

function IndicatorBody({ frameworkId, indicator, series, place, compared, view }: BodyProps) {
  const { assessments, points } = useAssessments(indicator, series);
  const insight = insightFor(indicator, place.id, points, assessments, useToday().year);
  const places = [{ place, points }, ...compared];
  const summary = describeIndicatorChart(indicator, places, assessments[0]);
  const layers = useChartLayers();
  const chartArea = useRef<HTMLElement>(null);
  const { comments, annotations } = insight;
  const model = view === 'chart' && points.length > 0 ? buildIndicatorChart({ places, assessments, layers, annotations }) : undefined;
  return (
    <>
      <ProvenanceLine series={series} placeName={place.name} />
      {insight.lag && <DataLagLine {...insight.lag} />}
      <TargetStatuses indicator={indicator} assessments={assessments} placeName={place.name} margins={insight.margins} />
      {insight.trend && <TrendMarker {...insight.trend} />}
      <figure className="indicator-figure" ref={chartArea}>
        <figcaption className="indicator-figure__summary">{summary}</figcaption>
        {points.length === 0 ? (
          <p className="empty-state">No figures for {place.name} yet. Figures for this indicator may only be reported for the partnership as a whole.</p>
        ) : model ? (
          <LazyIndicatorChart model={model} unit={indicator.unit} />
        ) : (
          <IndicatorTable indicator={indicator} places={places} />
        )}
      </figure>
      {indicator.gap && points.length > 0 && <GapGroups indicator={{ ...indicator, gap: indicator.gap }} points={points} placeName={place.name} showChart={view === 'chart'} />}
      <CommentList comments={comments} subject={indicator.name} places={[place, ...compared.map((c) => c.place)]} />
      {points.length > 0 && <ChartDownloads frameworkId={frameworkId} indicator={indicator} places={places} model={model} chartArea={chartArea} />}
    </>
  );
}

/** Whether the figures on screen are published, counted from the figures themselves, and where the published ones came from. */
function ProvenanceLine({ series, placeName }: { series: Series; placeName: string }) {
  const total = series.points.length;
  if (total === 0) return null;
  const illustrative = series.points.filter((p) => p.provenance === 'illustrative').length;
  const sources = sourcesOfPublished(series.points);
  const sourceList =
    sources.length > 0 ? (
      <ul className="provenance-line__sources" aria-label={`Sources of the published figures for ${placeName}`}>
        {sources.map((s) => (
          <li key={s.source}>
            {s.source}: {s.count === 1 ? `1 figure, ${s.first}` : `${s.count} figures, ${s.first} to ${s.last}`}
          </li>
        ))}
      </ul>
    ) : null;
  if (illustrative === 0) {
    return (
      <div className="provenance-line">
        <p>
          <ProvenanceTag provenance="published" /> All {total} figures for {placeName} are published. They come from:
        </p>
        {sourceList}
      </div>
    );
  }
  return (
    <div className="provenance-line">
      <p>
        <ProvenanceTag provenance="illustrative" subject="series" /> {illustrative === total ? `All ${total}` : `${illustrative} of ${total}`} figures for {placeName} are
        illustrative: not published, for demonstration only.{sources.length > 0 && ' The published ones come from:'}
      </p>
      {sourceList}
    </div>
  );
}
