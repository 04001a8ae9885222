import { useSeriesForIndicators } from '../../api/get-series';
import { StatusBadge } from '../../components/StatusBadge';
import { isRevised } from '../../domain/status/headline';
import type { Framework, Place } from '../../domain/types';
import { PlanBadge } from '../../components/PlanBadge';
import { assessActions, isoDay } from '../../domain/status/assess-actions';
import { wordsOf } from '../../domain/words/terms';
import { headlineIndicators } from '../../domain/status/headline-indicators';
import { headlineOf } from '../../hooks/use-assessments';
import { formatDate, useToday } from '../../lib/today';
import { verdictFigures } from '../../domain/status/verdict-figures';

/** The first slide: the status of every commitment in the deck at once, in the deck's order. */
export function SummarySlide({ framework, place, deck }: { framework: Framework; place: Place; deck: readonly number[] }) {
  const words = wordsOf(framework);
  const shown = deck.flatMap((n) => framework.ambitions.filter((a) => a.number === n));
  const all = shown.length === framework.ambitions.length;
  const { measured, indexOf } = headlineIndicators(framework);
  const indicators = measured.map((m) => m.indicator);
  const queries = useSeriesForIndicators(
    framework.id,
    indicators.map((i) => i.id),
    place.id,
  );
  const { date, year } = useToday();
  return (
    <article className="slide slide--summary" aria-labelledby="slide-title">
      <header className="slide__header">
        <h1 id="slide-title" className="slide__title">
          {framework.shortName}: {all ? `our ${shown.length} ${words.many}` : `${shown.length} of our ${framework.ambitions.length} ${words.many}`}
        </h1>
        <p className="slide__indicator">
          {place.name}, as at {formatDate(date)}
        </p>
      </header>
      {/* One table, so statuses line up in a column and the slide is filled: status, then by how much (each slide has the figures). */}
      <table className="summary-table">
        <caption className="visually-hidden">
          Each {words.one}’s status against the target in force in {place.name}, and by how much
        </caption>
        <thead>
          <tr>
            <th scope="col">{words.One}</th>
            <th scope="col">Status</th>
            <th scope="col">By how much</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((ambition) => {
            const i = indexOf.get(ambition.number);
            const title = (
              <th scope="row">
                <span className="summary-table__number">{ambition.number}</span> {ambition.title}
              </th>
            );
            if (i === undefined)
              return (
                <tr key={ambition.number}>
                  {title}
                  <td colSpan={2}>
                    <PlanBadge status={assessActions(ambition.actions ?? [], isoDay(date)).status} size="large" /> judged on its actions
                  </td>
                </tr>
              );
            const headline = headlineOf(indicators[i]!, queries[i]?.data, year);
            if (!headline)
              return (
                <tr key={ambition.number}>
                  {title}
                  <td colSpan={2}>{queries[i]?.isError ? 'Could not be loaded' : queries[i]?.isPending ? 'Loading…' : 'No figures'}</td>
                </tr>
              );
            const figures = verdictFigures(headline.now, headline.indicator);
            return (
              <tr key={ambition.number}>
                {title}
                <td>
                  {/* The target's period is in the Target column; the plan's own verdict beneath where a revised target took over. */}
                  <StatusBadge status={headline.now.status} />
                  {isRevised(headline) && (
                    <span className="summary-table__plan">
                      Plan’s {headline.plan.target.period}: <StatusBadge status={headline.plan.status} />
                    </span>
                  )}
                </td>
                <td className={figures.gapIsGood === false ? 'summary-table__gap--bad' : undefined}>{figures.gap ?? '–'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </article>
  );
}
