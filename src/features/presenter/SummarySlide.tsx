import { useSeriesForIndicators } from '../../api/get-series';
import { HeadlineStatus } from '../../components/HeadlineStatus';
import type { Framework, Place } from '../../domain/types';
import { PlanBadge } from '../../components/PlanBadge';
import { assessActions, isoDay } from '../../domain/status/assess-actions';
import { wordsOf } from '../../domain/words/terms';
import { headlineIndicators } from '../../domain/status/headline-indicators';
import { headlineOf } from '../../hooks/use-assessments';
import { formatDate, useToday } from '../../lib/today';

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
      <ol className="summary-grid">
        {shown.map((ambition) => {
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
          const headline = headlineOf(indicators[i]!, series, year);
          return (
            <li key={ambition.number} className="summary-grid__item">
              <span className="summary-grid__number">{ambition.number}</span>
              <span className="summary-grid__title">{ambition.title}</span>
              {headline ? (
                <HeadlineStatus headline={headline} size="large" />
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
