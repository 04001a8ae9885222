import type { Assessment } from '../domain/status/assess-target';
import { describeTarget } from '../domain/status/explain-assessment';
import { formatValue } from '../domain/words/format-value';
import { STATUS_LABEL } from '../domain/status/status-labels';
import { betterBy } from '../domain/periods/timed-point';
import { whenWords } from '../domain/periods/period';
import type { Indicator } from '../domain/types';
import type { PlaceSeries } from './build-indicator-chart';

/**
 * The one-sentence text equivalent of a chart: what it shows for the chosen place, where the
 * target is, and what the compared places stand at.
 */
export function describeIndicatorChart(indicator: Indicator, places: PlaceSeries[], headline: Assessment | undefined): string {
  const [primary, ...others] = places;
  if (!primary || primary.points.length === 0) {
    return `${indicator.name} in ${primary?.place.name ?? 'this place'}: no figures yet.`;
  }
  const { unit, direction } = indicator;
  const first = primary.points[0]!;
  const last = primary.points.at(-1)!;
  const parts: string[] = [];
  if (first === last) {
    parts.push(`${indicator.name} in ${primary.place.name}: ${formatValue(last.value, unit)} ${whenWords(last.at)}, the only figure so far.`);
  } else {
    const change = betterBy(last.value, first.value, direction);
    const word = Math.abs(change) < 10 ** -(unit.decimals + 1) ? 'no change' : change > 0 ? 'better' : 'worse';
    parts.push(
      `${indicator.name} in ${primary.place.name} went from ${formatValue(first.value, unit)} ${whenWords(first.at)} to ${formatValue(last.value, unit)} ${whenWords(last.at)} (${word}).`,
    );
  }
  if (headline?.resolved) {
    parts.push(`Target: ${describeTarget(headline.resolved, indicator)}. Status: ${STATUS_LABEL[headline.status].toLowerCase()}.`);
  }
  const compared = others.filter((o) => o.points.length > 0).map((o) => `${o.place.name} ${formatValue(o.points.at(-1)!.value, unit)} (${o.points.at(-1)!.at.label})`);
  if (compared.length) parts.push(`Latest elsewhere: ${compared.join('; ')}.`);
  return parts.join(' ');
}
