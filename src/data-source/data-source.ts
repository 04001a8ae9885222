import type { Framework, HistoryEntry, Indicator, IndicatorChange, IndicatorHistoryEntry, Series, SeriesChange } from '../domain/types';

/**
 * The one seam between the app and wherever its figures live. Components reach it only through
 * react-query (src/api), never directly, so any implementation (REST, static files, this
 * browser's storage) can stand behind the same screens. Every method validates what it returns;
 * failures are DataSourceError.
 */
export interface DataSource {
  /** Which implementation this is, so the UI can say where figures come from. */
  readonly kind: 'http' | 'static' | 'browser';
  readonly description: string;
  getFramework(frameworkId: string): Promise<Framework>;
  getSeries(frameworkId: string, indicatorId: string, placeId: string): Promise<Series>;
  /** Why figures cannot be changed through this source; undefined when they can. */
  readonly readOnlyReason?: string;
  /**
   * Replaces a series' points. Fails with a 'conflict' DataSourceError (carrying the current
   * series) when someone saved since `change.baseVersion`: never a silent overwrite.
   */
  saveSeries(frameworkId: string, indicatorId: string, placeId: string, change: SeriesChange): Promise<Series>;
  /** Every save to a series, newest first. */
  getHistory(frameworkId: string, indicatorId: string, placeId: string): Promise<HistoryEntry[]>;
  /**
   * Replaces an indicator's baseline, targets and source. Like saveSeries, fails with a 'conflict'
   * (carrying the current indicator) when someone changed it since `change.baseVersion`.
   */
  saveIndicator(frameworkId: string, indicatorId: string, change: IndicatorChange): Promise<Indicator>;
  /** Every change to an indicator's baseline, targets or source, newest first. */
  getIndicatorHistory(frameworkId: string, indicatorId: string): Promise<IndicatorHistoryEntry[]>;
  /** Set when changes stay on this device: the editing screens show it. */
  readonly localOnlyWarning?: string;
  /**
   * Replaces this source's copy of a partnership with an export (the "Everything (JSON)" file).
   * Only sources kept on this device have it: it is how their figures are shared.
   */
  replaceAll?(snapshot: unknown): Promise<void>;
}

/** A partnership's whole record, as the JSON export writes it. */
export interface DataSnapshot {
  framework: Framework;
  series: Series[];
  /** By "indicatorId/placeId". */
  history?: Record<string, HistoryEntry[]>;
}
