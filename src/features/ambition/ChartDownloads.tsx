import { unitLabel } from '../../domain/words/format-value';
import { useState, type RefObject } from 'react';
import type { IndicatorChartModel } from '../../charts/build-indicator-chart';
import { chartImage } from '../../charts/chart-image';
import { PictureButtons } from '../../charts/PictureButtons';
import type { PlaceSeries } from '../../charts/build-indicator-chart';
import type { Indicator } from '../../domain/types';
import { downloadFile, fileNameOf } from '../../lib/download';
import { formatDate, useToday } from '../../lib/today';

export interface ChartDownloadsProps {
  frameworkId: string;
  indicator: Indicator;
  places: PlaceSeries[];
  /** The chart's model, when the chart is drawn; without it only the data can be downloaded. */
  model?: IndicatorChartModel;
  /** The element the chart is drawn in. */
  chartArea: RefObject<HTMLElement | null>;
  /** The status in words, carried into the picture. */
  status?: string;
  /** The texts of the chart's numbered comment marks, carried into the picture. */
  comments?: readonly string[];
}

/** The chart as a 16:9 SVG or PNG (1920 × 1080, for slides) with its status and comments, and the figures behind it as CSV. */
export function ChartDownloads({ frameworkId, indicator, places, model, chartArea, status, comments }: ChartDownloadsProps) {
  const { date } = useToday();
  const [problem, setProblem] = useState<string>();
  const placeNames = places.map((p) => p.place.name).join(', ');
  const stem = [frameworkId, indicator.id, ...places.map((p) => p.place.id)];

  function image() {
    // The library's drawing, or the plain one it replaces on request: the same figures, in the same places.
    const svg = chartArea.current?.querySelector<SVGSVGElement>('svg.recharts-surface, svg.indicator-chart__plain');
    if (!svg || !model) {
      setProblem('The chart is still being drawn; try again in a moment.');
      return undefined;
    }
    setProblem(undefined);
    return chartImage(svg, model, {
      title: indicator.name,
      subtitle: `${placeNames} (${unitLabel(indicator.unit)})`,
      status,
      comments,
      source: indicator.source,
      taken: `Downloaded ${formatDate(date)} from the Ambitions dashboard.`,
      illustrative: places.some((p) => p.points.some((point) => point.provenance === 'illustrative')),
    });
  }

  // The CSV writer (and the CSV library behind it) loads on the click: few readers download, and
  // every reader's page would otherwise load and run it.
  async function downloadFigures() {
    let csv: typeof import('../../lib/figures-csv-file');
    try {
      csv = await import('../../lib/figures-csv-file');
    } catch {
      setProblem('The figures could not be prepared for download: the connection may have dropped. Try again.');
      return;
    }
    setProblem(undefined);
    downloadFile(fileNameOf(stem, 'csv'), csv.figuresToCsv(places.map((p) => ({ indicator, place: p.place, points: p.points }))), 'text/csv;charset=utf-8');
  }

  return (
    <div className="chart-downloads" role="group" aria-label={`Download ${indicator.name}`}>
      <span className="chart-downloads__label">Download:</span>
      {model && <PictureButtons stem={stem} make={image} onProblem={setProblem} />}
      <button type="button" className="button button--secondary" onClick={() => void downloadFigures()}>
        Figures (CSV)
      </button>
      {problem && (
        <p className="field__error" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
