import type {
  Framework,
  FrameworkChange,
  FrameworkHistoryEntry,
  FrameworkSummary,
  HistoryEntry,
  Indicator,
  IndicatorChange,
  IndicatorHistoryEntry,
  Series,
  SeriesChange,
} from '../domain/types';

/**
 * The one seam between the app and wherever its figures live. Components reach it only through
 * react-query (src/api), never directly, so any implementation (REST, static files, this
 * browser's storage) can stand behind the same screens. Every method validates what it returns;
 * failures are DataSourceError.
 */
export interface DataSource {
  /** Which implementation this is ("http", "static", "browser", "couchdb", or a new one's name). */
  readonly kind: string;
  readonly description: string;
  getFramework(frameworkId: string): Promise<Framework>;
  /**
   * What of a partnership's record could not be read at its last getFramework and was left out
   * (a shared store can hold a record written by hand or before today's rules), in words, for an
   * administrator. Absent or empty: everything read.
   */
  readProblems?(frameworkId: string): string[];
  /** Every partnership this source holds, for the home page. Absent: the source serves one, the deployment's. */
  listFrameworks?(): Promise<FrameworkSummary[]>;
  /**
   * Creates a partnership (`change.creating`) or replaces its framework: places, ambitions,
   * indicators, actions, programmes. Fails with a 'conflict' (carrying the current framework) when
   * someone changed it since `change.baseVersion`, or when a new one's id is taken. Absent: the
   * framework cannot be changed through this source.
   */
  saveFramework?(frameworkId: string, change: FrameworkChange): Promise<Framework>;
  /** Every change to the framework, newest first. */
  getFrameworkHistory?(frameworkId: string): Promise<FrameworkHistoryEntry[]>;
  getSeries(frameworkId: string, indicatorId: string, placeId: string): Promise<Series>;
  /**
   * A page's first view in one request: the partnership and the figures of every indicator for
   * one place (the whole partnership when `placeId` is undefined), where the store can answer that
   * at once. Figures it could not read are left out, for their own reads to fetch and report.
   * Absent: the page reads the partnership, then each series.
   */
  readFirstView?(frameworkId: string, placeId: string | undefined): Promise<{ framework: Framework; series: Series[] }>;
  /** Why figures cannot be changed through this source; undefined when they can. */
  readonly readOnlyReason?: string;
  /**
   * Replaces a series' points. Fails with a 'conflict' DataSourceError (carrying the current
   * series) when someone saved since `change.baseVersion`: never a silent overwrite.
   */
  saveSeries(frameworkId: string, indicatorId: string, placeId: string, change: SeriesChange): Promise<Series>;
  /**
   * Saves to a series, newest first: every one, or with `page` at most `limit` of those older than
   * `beforeVersion`, so a history of 50,000 saves is read a page at a time.
   */
  getHistory(frameworkId: string, indicatorId: string, placeId: string, page?: HistoryPage): Promise<HistoryEntry[]>;
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
  /**
   * For a source whose people sign in (CouchDB): the editor of every change is then the signed-in
   * person, and the store itself decides who may change what.
   */
  readonly auth?: SourceAuth;
  /**
   * Follows the store's changes while a page is open, calling `onChange` with each figure saved
   * anywhere (this tab included) and `onConnection` when the feed drops or comes back. A dropped
   * feed resumes by itself. Returns a function that stops following.
   */
  watch?(frameworkId: string, onChange: (change: SourceChange) => void, onConnection?: (connected: boolean) => void): () => void;
}

export interface HistoryPage {
  limit: number;
  /** Only saves that made a version below this one (the oldest on the page before). */
  beforeVersion?: number;
}

/**
 * A page of a history from a list that holds it all (newest first): what a source without paging
 * gives. `versionOf` for entries not yet checked (an entry without a version is never the start).
 */
export function pageOf<T>(newestFirst: readonly T[], page: HistoryPage | undefined, versionOf: (entry: T) => number = (e) => (e as { version: number }).version): T[] {
  if (!page) return [...newestFirst];
  const from = page.beforeVersion === undefined ? 0 : newestFirst.findIndex((e) => versionOf(e) < page.beforeVersion!);
  return from < 0 ? [] : newestFirst.slice(from, from + page.limit);
}

export interface SignedInUser {
  name: string;
  roles: string[];
  /** Shown with their changes; from their account where it says, else the places they lead. */
  organisation: string;
}

export interface SourceAuth {
  /** Who this browser is signed in as, or null. */
  getSession(): Promise<SignedInUser | null>;
  /** Fails with 'rejected' when the name or password is not right. */
  signIn(name: string, password: string): Promise<SignedInUser>;
  signOut(): Promise<void>;
  /** Whether this person may change the figures for a place of a partnership: the same rule the store enforces (domain/rules/roles.ts). */
  mayEditPlace(user: SignedInUser, frameworkId: string, placeId: string): boolean;
  /** Whether this person may change an indicator's baseline, targets and source (every place at once). */
  mayEditDefinitions(user: SignedInUser, frameworkId: string): boolean;
  /** Whether this person may change the set-up: places, commitments, indicators, actions, programmes. */
  maySetUp(user: SignedInUser, frameworkId: string): boolean;
  /** Whether this person may add a dated update to an action. */
  mayUpdateActions(user: SignedInUser, frameworkId: string): boolean;
}

/** One saved change, as the store's feed tells it. */
export type SourceChange = { kind: 'series'; series: Series; editor?: string } | { kind: 'indicator'; indicatorId: string; editor?: string };

/** A partnership's whole record, as the JSON export writes it. */
export interface DataSnapshot {
  framework: Framework;
  series: Series[];
  /** By "indicatorId/placeId". */
  history?: Record<string, HistoryEntry[]>;
}
