import type { Assessment } from './assessment';
import { formatDifference, formatNumber, formatValue } from '../words/format-value';
import type { TimedPoint } from '../periods/timed-point';
import type { Indicator } from '../types';

// A verdict is read beside the figures it rests on, as figures: the board member sees "Missed,
// 0.909 in 2023/24 against 0.897" before any sentence, never a later figure that seems to
// contradict it. One rule for the overview card, the slide, the detail page, the grid and the pack.

export interface VerdictFigure {
  /** "Latest", "Judged on", "Target", "On the recent trend". */
  label: string;
  /** The figure in its unit: "0.909 items per STAR-PU", "12.5 per 100,000". */
  value: string;
  /** The figure where the unit is said beside it (a chart's axis, a table's heading): "0.909", "21.8%". */
  bare: string;
  /** When: "2023/24", "by 2028". */
  when: string;
  /** Set for a data point, so its provenance can be tagged where it stands. */
  point?: TimedPoint;
}

export interface VerdictFigures {
  /** The figure the verdict rests on, then the target, then the trend's figure where the verdict reads it. */
  figures: VerdictFigure[];
  /** By how much, in words that say which way: "0.012 worse than the target", "2.6 years short of it". Undefined when it cannot be said. */
  gap?: string;
  /** Whether the gap is in the target's favour (met, or the trend reaches it). */
  gapIsGood?: boolean;
  /** The gap for a table cell, the unit in its heading: "0.012 worse", "2.6 better", "exactly" (on the trend for an open target). */
  shortGap?: string;
  /** The latest figure, when the verdict rests on an earlier one: shown as what it is. */
  laterFigure?: VerdictFigure;
}

export function verdictFigures(assessment: Assessment, indicator: Indicator): VerdictFigures {
  const { status, resolved, latest, judgedOn, projection, marginToTarget } = assessment;
  const unit = indicator.unit;
  const value = (n: number) => formatValue(n, unit);
  const bare = (n: number) => (unit.kind === 'percent' ? value(n) : formatNumber(n, unit.decimals));
  const pointFigure = (label: string, p: TimedPoint): VerdictFigure => ({ label, value: value(p.value), bare: bare(p.value), when: p.at.label, point: p });
  if (!resolved) return { figures: latest ? [pointFigure('Latest', latest)] : [] };
  const target: VerdictFigure = { label: 'Target', value: value(resolved.value), bare: bare(resolved.value), when: `by ${resolved.period.label}` };
  // A gap that rounds to nothing still says which side it falls, as the verdict does.
  const smallest = 10 ** -unit.decimals;
  const size = (margin: number, format: (n: number) => string) => (Math.abs(margin) < smallest / 2 ? `less than ${format(smallest)}` : format(margin));
  const gapWords = (margin: number, better: string, worse: string) => {
    if (margin >= 0) return margin < smallest / 2 ? 'Exactly on the target' : `${formatDifference(margin, unit)} ${better}`;
    return `${capital(size(margin, (n) => formatDifference(n, unit)))} ${worse}`;
  };
  const shortGap = (margin: number, better: string, worse: string) => {
    if (margin >= 0 && margin < smallest / 2) return 'exactly';
    return `${size(margin, (n) => formatNumber(Math.abs(n), unit.decimals))} ${margin >= 0 ? better : worse}`;
  };

  if (judgedOn) {
    const judged = pointFigure('Judged on', judgedOn);
    // Another period's figure standing in for the target's is said where the figure stands.
    if (judgedOn.at.label !== resolved.period.label) judged.when = `${judgedOn.at.label}, standing in for ${resolved.period.label}`;
    const figures = [judged, target];
    const later = latest && latest !== judgedOn ? { laterFigure: pointFigure('Latest', latest) } : {};
    const margin = marginToTarget!;
    return { figures, gap: gapWords(margin, 'better than the target', 'worse than the target'), shortGap: shortGap(margin, 'better', 'worse'), gapIsGood: margin >= 0, ...later };
  }
  const figures = latest ? [pointFigure('Latest', latest), target] : [target];
  if (status === 'achieved' && marginToTarget !== undefined) {
    return {
      figures,
      gap: gapWords(marginToTarget, 'better than the target already', 'worse than the target'),
      shortGap: shortGap(marginToTarget, 'better', 'worse'),
      gapIsGood: true,
    };
  }
  if (status === 'awaited') return { figures, gap: `The ${resolved.period.label} figure is not published yet` };
  if (!projection || marginToTarget === undefined) return { figures };
  const trend: VerdictFigure = { label: 'On the recent trend', value: value(projection.valueAtTarget), bare: bare(projection.valueAtTarget), when: `by ${resolved.period.label}` };
  return {
    figures: [...figures, trend],
    gap: gapWords(marginToTarget, 'better than the target on the trend', 'short of the target on the trend'),
    shortGap: shortGap(marginToTarget, 'better', 'worse'),
    gapIsGood: marginToTarget >= 0,
  };
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
