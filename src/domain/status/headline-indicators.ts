import type { Ambition, Framework, Indicator } from '../types';

/**
 * The commitments judged on figures, each with its headline (first) indicator, and where each sits
 * in that list: the series queries are asked in this order, so a commitment finds its own by
 * number. Those with no indicator are judged on their actions instead.
 */
export function headlineIndicators(framework: Framework) {
  const measured: { ambition: Ambition; indicator: Indicator }[] = framework.ambitions.flatMap((ambition) =>
    ambition.indicators[0] ? [{ ambition, indicator: ambition.indicators[0] }] : [],
  );
  const indexOf = new Map(measured.map((m, i) => [m.ambition.number, i]));
  return { measured, indexOf };
}
