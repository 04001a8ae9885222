import type { AssessmentFacts } from './assessment';
import { formatDifference, formatPercentChange, formatValue } from '../words/format-value';
import type { ResolvedTarget } from './resolve-target';
import type { TimedPoint } from '../periods/timed-point';
import { whenWords } from '../periods/period';
import type { Indicator } from '../types';

// Sentences for board members: periods and values as published, no statistics words. Each status
// says what the figure is, what the target asks, and by how much they differ.

export function describeTarget(resolved: ResolvedTarget, indicator: Indicator): string {
  const { unit, direction } = indicator;
  const goal = `${formatValue(resolved.value, unit)} by ${resolved.period.label}`;
  const { rule } = resolved.target;
  if (rule.kind === 'absolute') return goal;
  const change = formatPercentChange(rule.percent, direction === 'lower-is-better');
  return `${goal} (${change} ${formatValue(resolved.base.value, unit)} ${whenWords(resolved.base.at)})`;
}

function figure(point: TimedPoint, indicator: Indicator): string {
  return `${formatValue(point.value, indicator.unit)} ${whenWords(point.at)}`;
}

export function explainAssessment(facts: AssessmentFacts, indicator: Indicator): string {
  const { status, resolved, latest, projection, judgedOn, marginToTarget, requiredAtLatest, onPath, reason } = facts;
  const unit = indicator.unit;
  if (!resolved || !latest) {
    const latestText = latest ? ` The latest figure is ${figure(latest, indicator)}.` : '';
    return `Not enough data to judge progress. ${reason ?? 'There are no figures yet.'}${latestText}`;
  }
  const target = describeTarget(resolved, indicator);
  const gap = marginToTarget === undefined ? '' : formatDifference(marginToTarget, unit);
  const latestText = `Latest figure: ${figure(latest, indicator)}.`;
  const trend = projection ? ` On the recent trend it would be ${formatValue(projection.valueAtTarget, unit)} by ${resolved.period.label}` : '';

  switch (status) {
    case 'not-enough-data':
      return `Not enough data to judge progress: only the baseline figure (${figure(latest, indicator)}) so far. Target: ${target}.`;
    case 'awaited':
      return `The figure for ${resolved.period.label} is not published yet, so whether the target of ${target} was met is not known. ${latestText}${trend ? `${trend}.` : ''}`;
    case 'achieved':
    case 'missed': {
      if (!judgedOn) return `${latestText} It is already better than the target of ${target}, by ${gap}.`;
      const which = judgedOn.at.label === resolved.period.label ? '' : ` (the figure for ${judgedOn.at.label})`;
      const verdict = status === 'achieved' ? `Target met, by ${gap}` : `Target missed, by ${gap}`;
      const later = latest === judgedOn ? '' : ` ${latestText}`;
      return `${verdict}. The ${resolved.period.label} figure${which} was ${formatValue(judgedOn.value, unit)} against a target of ${target}.${later}`;
    }
    default: {
      const required = formatValue(requiredAtLatest!, unit);
      const aheadOrBehind = onPath ? 'on or ahead of' : 'behind';
      const outcome = marginToTarget! >= 0 ? 'meeting the target' : `missing it by ${gap}`;
      return `${latestText} That is ${aheadOrBehind} the ${required} needed by then on a straight path to ${target}.${trend}, ${outcome}.`;
    }
  }
}
