// The shapes the whole app shares. They describe a partnership's ambitions as data, so the same
// app can serve West Yorkshire and Harrogate, Calderdale Cares or One Halton with their own
// ambitions, places and indicators.

/** Whether a figure comes from public material or was made up to show how the app behaves. */
export type Provenance = 'published' | 'illustrative';

export type Direction = 'lower-is-better' | 'higher-is-better';

export type UnitKind = 'percent' | 'percentage-points' | 'rate' | 'years' | 'count' | 'ratio' | 'tonnes' | 'score';

export interface Unit {
  kind: UnitKind;
  /** How a value is read aloud after its number, e.g. "per 100,000", "items per STAR-PU". */
  label: string;
  decimals: number;
}

export interface Place {
  id: string;
  name: string;
  /** The whole partnership rather than one of its places. */
  isTotal: boolean;
  /** Why this place's figures need care, e.g. it left the partnership. Shown beside the place. */
  note?: string;
  /** ONS codes of the council areas that make the place up: one for a council, several for an aggregate. */
  areaCodes?: string[];
  /**
   * Which OHID Fingertips area's figures are this place's. Absent: the one code in `areaCodes`.
   * An aggregate either names the area that stands for it (a board, a sub-ICB location) or says
   * why none does, so a Fingertips import neither guesses nor silently drops the place.
   */
  fingertips?: PlaceInFingertips;
}

export type PlaceInFingertips =
  /** `codes`: every code Fingertips has used for the area (they change when boundaries do). */
  { kind: 'area'; codes: string[]; name: string; note?: string } | { kind: 'none'; reason: string };

/**
 * Where an indicator's figures are in OHID Fingertips, and which of its rows are ours: a download
 * holds every sex, age and area; only rows with this sex, age and category are imported.
 */
export interface FingertipsIndicator {
  kind: 'indicator';
  indicatorId: number;
  /** The name Fingertips gives it, to check a download is the one meant. */
  name: string;
  /** As Fingertips writes them: "Persons", "Male", "Female"; "10+ yrs", "All ages". */
  sex: string;
  age: string;
  /** A category such as a deprivation decile; absent means the row with no category. */
  category?: string;
  /** Fingertips area types to fetch for the places (e.g. 502 counties and UAs, 221 ICBs). */
  areaTypeIds: number[];
  /**
   * For a count over a population (a proportion, a crude rate): a place made of several areas,
   * with no Fingertips area of its own in the download, gets its figure from theirs, counts and
   * denominators summed. Left out for a measure that cannot be combined so (age-standardised).
   */
  combine?: { method: 'proportion' | 'crude-rate'; multiplier: number };
}

/** An indicator with no Fingertips figures, and why: said in the data, not left to guess. */
export interface NotInFingertips {
  kind: 'none';
  reason: string;
}

export type TargetRule =
  | { kind: 'absolute'; value: number }
  /** A change from the baseline in percent: −10 means "10% lower than the baseline". */
  | { kind: 'relative'; percent: number };

export interface Target {
  id: string;
  /** e.g. "Original (2019 five-year plan)" or "Revised (2023 Joint Forward Plan)". */
  label: string;
  period: string;
  rule: TargetRule;
  /** The period the change is measured from; the indicator's baseline period when absent. */
  basePeriod?: string;
  /** Why the base period or value is as it is, where the source leaves it open. */
  note?: string;
  provenance: Provenance;
  source: string;
}

/** How often an indicator's figures come out, and how long after their period ends. */
export interface ReleaseSchedule {
  frequency: 'yearly' | 'quarterly' | 'monthly' | 'weekly' | 'daily';
  /** Months from the end of a figure's period to its publication. */
  lagMonths: number;
  /** A schedule read from the publisher's calendar is published; a typical one is illustrative. */
  provenance: Provenance;
}

/**
 * An indicator that is the gap between two groups (most vs least deprived; people with severe
 * mental illness vs everyone). Each point's value is the gap; `groups` on a point holds the two
 * groups' own figures, in this order.
 */
export interface GapDefinition {
  /** difference: first − second; excess-percent: how far the first is above the second, in %. */
  kind: 'difference' | 'excess-percent';
  groups: [string, string];
  /** The unit of the groups' own figures (the gap's unit is the indicator's). */
  groupUnit: Unit;
}

/** A dated comment by a programme lead, on an indicator or on one of its figures. */
export interface Comment {
  id: string;
  /** ISO 8601 time it was written. */
  at: string;
  author: Editor;
  text: string;
  /** The place it is about; absent means every place. */
  placeId?: string;
  /** The figure it is about; absent means the indicator as a whole. */
  period?: string;
}

export interface Indicator {
  id: string;
  name: string;
  /** What is counted and how, in plain words. */
  definition: string;
  unit: Unit;
  direction: Direction;
  baselinePeriod: string;
  /** Assessed in order: the first is the headline target. */
  targets: Target[];
  source: string;
  sourceUrl?: string;
  provenance: Provenance;
  /** Set when the ambition is qualitative and this indicator stands in for it. */
  proxyNote?: string;
  /** Bumped by every change to the baseline, targets or source; absent means never changed (0). */
  version?: number;
  release?: ReleaseSchedule;
  gap?: GapDefinition;
  comments?: Comment[];
  fingertips?: FingertipsIndicator | NotInFingertips;
}

export interface Ambition {
  number: number;
  title: string;
  /** The commitment exactly as the partnership published it. */
  commitment: string;
  /**
   * Whose words the commitment is and where they come from, where they are not the partnership's
   * own plan (a news article's sentence, a leader's quote): said beside them, never passed off as
   * the plan's words.
   */
  commitmentSource?: string;
  /**
   * The first indicator is the headline one shown on the overview. None: a commitment with no
   * number yet, judged on its actions.
   */
  indicators: Indicator[];
  /** What the partnership will do for it: delivery-plan actions and milestones. */
  actions?: Action[];
}

/** As the person responsible last said; "late" is also how an unfinished action past its due date reads. */
export type ActionStatus = 'not-started' | 'on-track' | 'at-risk' | 'late' | 'done';

/** A dated word from the action's owner: what happened and where it stands now. */
export interface ActionUpdate {
  id: string;
  /** ISO 8601 time it was written. */
  at: string;
  author: Editor;
  status: ActionStatus;
  text: string;
}

/** A delivery-plan action or milestone: who, by when, and how it is going. */
export interface Action {
  id: string;
  title: string;
  /** The person, team or organisation responsible. */
  owner: string;
  /** YYYY-MM-DD. */
  due: string;
  /** As set when the action was written or by its latest update. */
  status: ActionStatus;
  /** Newest last. */
  updates?: ActionUpdate[];
  /** Whether the action itself is in the partnership's published plan or made up as an example. */
  provenance: Provenance;
  source?: string;
}

/** A programme of work the partnership funds, and the ambitions it serves. */
export interface Programme {
  id: string;
  name: string;
  description?: string;
  owner: string;
  /** The period its funding covers, as a period the app reads ("2018/19", "2019-2024"). */
  period: string;
  /** Pounds allocated; absent when not published. */
  funding?: number;
  /** Numbers of the ambitions it serves. */
  ambitionNumbers: number[];
  provenance: Provenance;
  source: string;
}

/** The partnership's own word for what it commits to: "ambition", "priority area", "big ambition". */
export interface Terms {
  /** Lower case, as in a sentence: "priority area". */
  one: string;
  many: string;
}

export interface Framework {
  id: string;
  name: string;
  shortName: string;
  /** The partnership's places; exactly one has isTotal set. */
  places: Place[];
  ambitions: Ambition[];
  source: string;
  /** Absent: "ambition" and "ambitions". */
  terms?: Terms;
  programmes?: Programme[];
  /**
   * Said wherever the partnership is shown, e.g. that it is an example whose figures, targets and
   * actions are illustrative.
   */
  note?: string;
  /** An example set up to show how a partnership could use the dashboard, not its own record. */
  example?: boolean;
  /** Bumped by every change to the framework (its own or an indicator's); absent means 0. */
  version?: number;
}

/** A partnership as the home page lists it. */
export interface FrameworkSummary {
  id: string;
  name: string;
  shortName: string;
  note?: string;
  example?: boolean;
  places: number;
  ambitions: number;
  terms?: Terms;
  /** How many of its figures are published and how many illustrative, where the source counts them (the home page says so). */
  figures?: { published: number; illustrative: number };
}

/** A change to a partnership's framework: the whole new framework, based on the version the admin saw. */
export interface FrameworkChange {
  baseVersion: number;
  framework: Framework;
  editor: Editor;
  note?: string;
  changeId?: string;
  /** A new partnership: refused (a conflict carrying the one there) if its id is taken. */
  creating?: boolean;
}

export interface DataPoint {
  period: string;
  value: number;
  lower?: number;
  upper?: number;
  note?: string;
  provenance: Provenance;
  source?: string;
  /** For a gap indicator: the two groups' own figures, in the order the indicator names them. */
  groups?: [number, number];
  /** The events counted (deaths, children measured as obese) and the population they are out of, where published. */
  count?: number;
  denominator?: number;
}

export interface Series {
  indicatorId: string;
  placeId: string;
  /** Bumped by every save; a save based on an older version is a conflict. */
  version: number;
  points: DataPoint[];
}

/** Who made a change: given once by the programme lead, kept in their browser. */
export interface Editor {
  name: string;
  organisation: string;
}

/** A save: the whole new list of points, and the version of the series it was based on. */
export interface SeriesChange {
  baseVersion: number;
  points: DataPoint[];
  editor: Editor;
  note?: string;
  /**
   * Unique to this change, chosen by the browser that made it: a source that already applied it
   * answers a repeat with what it holds now instead of applying it twice or calling it a conflict.
   */
  changeId?: string;
}

/** One figure's change within a save: added (no before), deleted (no after) or corrected. */
export interface PointChange {
  period: string;
  before?: DataPoint;
  after?: DataPoint;
}

export interface HistoryEntry {
  id: string;
  /** ISO 8601 time of the save. */
  at: string;
  editor: Editor;
  note?: string;
  /** The series version this save produced. */
  version: number;
  changes: PointChange[];
  /** The change id the save carried, if any: how a repeat of it is recognised. */
  changeId?: string;
}

/** A change to an indicator's baseline, targets or source, based on the version the lead saw. */
export interface IndicatorChange {
  baseVersion: number;
  indicator: Indicator;
  editor: Editor;
  note?: string;
  /**
   * Unique to this change, chosen by the browser that made it: a source that already applied it
   * answers a repeat with what it holds now instead of applying it twice or calling it a conflict.
   */
  changeId?: string;
}

/** One field's change in words, e.g. "Target “Original”: period", "2020/21" → "2021/22". */
export interface FieldChange {
  field: string;
  before?: string;
  after?: string;
}

export interface IndicatorHistoryEntry {
  id: string;
  at: string;
  editor: Editor;
  note?: string;
  version: number;
  changes: FieldChange[];
  changeId?: string;
}

/** A change to a framework's places, ambitions, indicators, actions or programmes, in words. */
export type FrameworkHistoryEntry = IndicatorHistoryEntry;
