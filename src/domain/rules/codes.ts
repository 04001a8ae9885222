import type { ActionStatus, Direction, Provenance, UnitKind } from '../types';

// The codes a partnership's set-up is written in, each list written once: the schemas take their
// enums from here, the forms their choices, and the workbook's instructions sheet lists them.

export const UNIT_CODES = ['percent', 'percentage-points', 'rate', 'years', 'count', 'ratio', 'tonnes', 'score'] as const satisfies readonly UnitKind[];
export const DIRECTION_CODES = ['lower-is-better', 'higher-is-better'] as const satisfies readonly Direction[];
export const PROVENANCE_CODES = ['published', 'illustrative'] as const satisfies readonly Provenance[];
export const ACTION_STATUS_CODES = ['not-started', 'on-track', 'at-risk', 'late', 'done'] as const satisfies readonly ActionStatus[];
/** A target is a value to reach, or a change in percent from the baseline. */
export const TARGET_KIND_CODES = ['absolute', 'relative'] as const;
export const RELEASE_FREQUENCY_CODES = ['yearly', 'quarterly', 'monthly', 'weekly', 'daily'] as const;
