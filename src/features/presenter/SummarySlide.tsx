import { useSeriesForIndicators } from '../../api/get-series';
import { StatusBadge } from '../../components/StatusBadge';
import type { Framework, Place } from '../../domain/types';
import { PlanBadge } from '../../components/PlanBadge';
import { assessActions, isoDay } from '../../domain/assess-actions';
import { wordsOf } from '../../domain/terms';
import { headlineIndicators } from '../../domain/headline-indicators';
import { headlineOf } from '../../hooks/use-assessments';
import { formatDate, useToday } from '../../lib/today';

/** The first slide: every commitment's status at once, in the partnership's order. */
export function SummarySlide({ framework, place }: { framework: Framework; place: Place }) {
  const words = wordsOf(framework);
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
          {framework.shortName}: our {framework.ambitions.length} {words.many}
        </h1>
        <p className="slide__indicator">
          {place.name}, as at {formatDate(date)}
        </p>
      </header>
      <ol className="summary-grid">
        {framework.ambitions.map((ambition) => {
          const i = indexOf.get(ambition.number);
          if (i === undefined)
            return (
              <li key={ambition.number} className="summary-grid__item">
                <span className="summary-grid__number">{ambition.number}</span>
                <span className="summary-grid__title">{ambition.title}</span>
                <PlanBadge status={assessActions(ambition.actions ?? [], isoDay(date)).status} size="large" />
              </li>
            );
          const series = queries[i]?.data;
          const status = headlineOf(indicators[i]!, series, year)?.status;
          return (
            <li key={ambition.number} className="summary-grid__item">
              <span className="summary-grid__number">{ambition.number}</span>
              <span className="summary-grid__title">{ambition.title}</span>
              {status ? (
                <StatusBadge status={status} size="large" />
              ) : (
                <span>{queries[i]?.isError ? 'Could not be loaded' : queries[i]?.isPending ? 'Loading…' : 'No figures'}</span>
              )}
            </li>
          );
        })}
      </ol>
    </article>
  );
}
