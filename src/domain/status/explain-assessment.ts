import type { AssessmentFacts } from './assessment';
import { formatDifference, formatPercentChange, formatValue } from '../words/format-value';
import { covers, type ResolvedTarget } from './resolve-target';
import type { TimedPoint } from '../periods/timed-point';
import { whenWords } from '../periods/period';
import type { Indicator, Unit } from '../types';

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

/** ", by 0.4 per 100,000"; where the gap rounds to nothing at the figure's precision, "exactly" or "by less than 0.1". */
function byHowMuch(margin: number, unit: Unit, met: boolean): string {
  const smallest = 10 ** -unit.decimals;
  if (Math.abs(margin) >= smallest / 2) return `, by ${formatDifference(margin, unit)}`;
  return met ? ' exactly' : `, by less than ${formatDifference(smallest, unit)}`;
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
      if (!judgedOn) {
        const exactly = byHowMuch(marginToTarget!, unit, true) === ' exactly';
        return exactly ? `${latestText} It already meets the target of ${target} exactly.` : `${latestText} It is already better than the target of ${target}, by ${gap}.`;
      }
      const met = status === 'achieved';
      const verdict = `Target ${met ? 'met' : 'missed'}${byHowMuch(marginToTarget!, unit, met)}`;
      const later = latest === judgedOn ? '' : ` ${latestText}`;
      const judged = `${formatValue(judgedOn.value, unit)} against a target of ${target}`;
      if (judgedOn.at.label === resolved.period.label) return `${verdict}. The ${resolved.period.label} figure was ${judged}.${later}`;
      // Another period's figure stands in: said in its own sentence, never in brackets.
      const standIn = covers(judgedOn.at, resolved.period) ? `the ${judgedOn.at.label} figure, which covers it,` : `the next figure, for ${judgedOn.at.label},`;
      return `${verdict}. There is no figure for ${resolved.period.label} itself; ${standIn} was ${judged}.${later}`;
    }
    default: {
      const required = formatValue(requiredAtLatest!, unit);
      const aheadOrBehind = onPath ? 'on or ahead of' : 'behind';
      const outcome = marginToTarget! >= 0 ? 'meeting the target' : `missing it by ${gap}`;
      return `${latestText} That is ${aheadOrBehind} the ${required} needed by then on a straight path to ${target}.${trend}, ${outcome}.`;
    }
  }
}
