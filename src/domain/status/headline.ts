import type { TargetAssessment } from './assess-indicator';
import { formatDifference } from '../words/format-value';
import { periodOf, whenWords } from '../periods/period';
import { STATUS_LABEL } from './status-labels';
import { betterBy } from '../periods/timed-point';
import type { Indicator, Target } from '../types';

// The one sentence a board member reads about a commitment answers two questions, and one rule
// answers them everywhere the commitment is summed up (overview card, status summary, grid, place
// strip, slides, board pack, progress page):
//
// - What did the plan ask? The verdict on the plan's own target: the first target listed, the one
//   the partnership set itself (mostly for 2024): met, missed, or its figure still awaited.
// - Where do things stand now? The status against the target in force: of the targets whose period
//   has not ended, the one with the nearest deadline; when every one has ended, the one that ended
//   most recently. A revised 2028 target therefore takes over from a 2024 one once 2024 is over.
//
// A commitment with several indicators is headlined by its first indicator (the framework lists
// its headline measure first); the card names it, so nobody has to guess which one was judged.

export interface Headline {
  indicator: Indicator;
  /** The verdict on the plan's own target (the first listed). */
  plan: JudgedTarget;
  /** The status against the target in force today. The same object as `plan` when that is the plan's. */
  now: JudgedTarget;
}

export interface JudgedTarget extends TargetAssessment {
  target: Target;
}

/** Which of the targets is in force at `today` (decimal years): an index into `targets`, or -1 when there are none. */
export function targetInForce(targets: readonly Pick<Target, 'period'>[], today: number): number {
  let open = -1;
  let openEnd = Infinity;
  let passed = -1;
  let passedEnd = -Infinity;
  targets.forEach((target, i) => {
    const end = periodOf(target.period).end;
    if (today < end) {
      if (end < openEnd) [open, openEnd] = [i, end];
    } else if (end > passedEnd) [passed, passedEnd] = [i, end];
  });
  return open >= 0 ? open : passed;
}

/** The headline from an indicator's assessments (one per target, in the targets' order); undefined when it has no target. */
export function headlineFrom(indicator: Indicator, assessments: readonly TargetAssessment[], today: number): Headline | undefined {
  const judged = (i: number): JudgedTarget | undefined => {
    const target = indicator.targets[i];
    const assessment = assessments[i];
    return target && assessment ? { ...assessment, target } : undefined;
  };
  const plan = judged(0);
  if (!plan) return undefined;
  const inForce = targetInForce(indicator.targets, today);
  return { indicator, plan, now: inForce <= 0 ? plan : (judged(inForce) ?? plan) };
}

/** Whether the headline has two parts to tell: a target in force other than the plan's. */
export function isRevised(headline: Headline): boolean {
  return headline.now !== headline.plan;
}

/**
 * How far the latest figure has come since the baseline, in words a card can lead with:
 * "0.6 years worse than in 2018-20". Undefined without both figures, or when they are the same one.
 */
export function describeChangeSinceBaseline(headline: Headline): string | undefined {
  const { resolved, latest } = headline.now;
  const base = resolved?.base;
  if (!base || !latest || latest === base) return undefined;
  const { unit, direction } = headline.indicator;
  const change = betterBy(latest.value, base.value, direction);
  // A change that rounds to nothing at the indicator's precision is no change to a reader.
  if (Math.abs(change) < 0.5 * 10 ** -unit.decimals) return `No change since ${base.at.label}`;
  return `${formatDifference(change, unit)} ${change > 0 ? 'better' : 'worse'} than ${whenWords(base.at)}`;
}

/** The headline in one line of words, for a picture or a summary: "Leeds: off track for the 2028 target; plan’s 2024 target: awaiting figure." */
export function headlineWords(headline: Headline, placeName: string): string {
  const now = `${placeName}: ${STATUS_LABEL[headline.now.status].toLowerCase()} for the ${headline.now.target.period} target`;
  return isRevised(headline) ? `${now}; plan’s ${headline.plan.target.period} target: ${STATUS_LABEL[headline.plan.status].toLowerCase()}.` : `${now}.`;
}
