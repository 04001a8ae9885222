import { diffFramework, withFrameworkOf } from './diff-framework';
import { diffIndicator, withDefinitionOf } from './diff-indicator';
import { diffPoints } from './diff-points';
import type { FieldChange, Framework, FrameworkChange, Indicator, IndicatorChange, PointChange, Series, SeriesChange } from '../types';
import { appliedBefore } from './repeated-save';
import { acceptChange, nextVersion, type Acceptance, type ChangeKind } from './accept-change';

// The kinds of change a store accepts (accept-change.ts says how). A comment is a change to its
// indicator, an action's update a change to the set-up: who may make them is domain/rules/roles.ts.

/** A series' figures for one indicator in one place. */
export const seriesFigures: ChangeKind<Series, SeriesChange, PointChange[]> = {
  versionOf: (series) => series.version,
  apply: (series, change) => ({ ...series, version: nextVersion(series.version), points: change.points }),
  changes: (before, after) => diffPoints(before.points, after.points),
};

/** An indicator's baseline, targets, source and comments (not what it measures: that is the set-up). */
export const indicatorDefinition: ChangeKind<Indicator, IndicatorChange, FieldChange[]> = {
  versionOf: (indicator) => indicator.version ?? 0,
  apply: (indicator, change) => withDefinitionOf(indicator, change.indicator),
  changes: diffIndicator,
};

/**
 * A partnership's set-up. A new partnership is accepted against an empty one at version −1, so it
 * starts at 0 with every part of it "added".
 */
export const frameworkSetup: ChangeKind<Framework, FrameworkChange, FieldChange[]> = {
  versionOf: (framework) => framework.version ?? 0,
  apply: (framework, change) => withFrameworkOf(framework, { ...change.framework, id: framework.id }),
  changes: diffFramework,
};

/** The partnership a new one is compared with, and accepted against. */
export function emptyFramework(proposed: Framework): Framework {
  return { ...proposed, name: '', shortName: '', source: '', places: [], ambitions: [], programmes: [], version: -1 };
}

/**
 * A change to a set-up, or a new partnership: a new one whose address is taken is a conflict
 * (carrying the one there), unless it is a repeat of the change that created it; a change to one
 * that is not there is not found.
 */
export function acceptSetupChange(
  current: Framework | undefined,
  change: FrameworkChange,
  seen: readonly { changeId?: string }[],
  meta: { entryId: (version: number) => string; at: string },
): Acceptance<Framework, FieldChange[]> | { outcome: 'not-found' } {
  if (!current) return change.creating ? acceptChange(frameworkSetup, undefined, change, seen, { ...meta, creating: emptyFramework(change.framework) }) : { outcome: 'not-found' };
  if (change.creating) return appliedBefore(change.changeId, seen) ? { outcome: 'repeat', record: current } : { outcome: 'conflict', current };
  return acceptChange(frameworkSetup, current, change, seen, meta);
}
