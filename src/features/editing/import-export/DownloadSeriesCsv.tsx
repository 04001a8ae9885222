import type { SeriesToolsProps } from '../../../components/slots';
import { downloadFile, fileNameOf } from '../../../lib/download';
import { figuresToCsv } from './figures-csv-file';

/** The figures behind this chart as a CSV file, safe to open in a spreadsheet. */
export function DownloadSeriesCsv({ frameworkId, indicator, place, series }: SeriesToolsProps) {
  return (
    <button
      type="button"
      className="button button--secondary"
      onClick={() => downloadFile(fileNameOf([frameworkId, indicator.id, place.id], 'csv'), figuresToCsv([{ indicator, place, points: series.points }]), 'text/csv;charset=utf-8')}
    >
      Download these figures (CSV)
    </button>
  );
}
