import type { Line } from './least-squares';
import type { ResolvedTarget } from './resolve-target';
import type { TimedPoint } from '../periods/timed-point';

// What the status engine finds for one target (assess-target.ts) and how it is put into words
// (explain-assessment.ts): the shapes both read, apart from either, so neither imports the other's.

export type StatusKind = 'achieved' | 'on-track' | 'at-risk' | 'off-track' | 'missed' | 'awaited' | 'not-enough-data';

export interface Projection {
  line: Line;
  /** The figures the trend was fitted to. */
  from: TimedPoint[];
  valueAtTarget: number;
}

export interface Assessment {
  status: StatusKind;
  /** One or two plain-English sentences saying why. */
  explanation: string;
  resolved?: ResolvedTarget;
  latest?: TimedPoint;
  /** What the straight path from baseline to target asks for at the latest figure's period. */
  requiredAtLatest?: number;
  /** Whether the latest figure is on or ahead of that straight path. */
  onPath?: boolean;
  projection?: Projection;
  /** For a passed target: the figure it was judged on. */
  judgedOn?: TimedPoint;
  /** Better (+) or worse (−) than the target, in the indicator's units, where it can be said. */
  marginToTarget?: number;
}

/** What the engine found, before it is put into words. */
export type AssessmentFacts = Omit<Assessment, 'explanation'> & { reason?: string };
