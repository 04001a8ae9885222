import type { UseQueryResult } from '@tanstack/react-query';
import Sparkline from '../../charts/Sparkline';
import { ErrorMessage } from '../../components/ErrorMessage';
import { CardTitle } from './CardTitle';
import { ProvenanceTag } from '../../components/ProvenanceTag';
import { formatValue } from '../../domain/words/format-value';
import type { Ambition, Indicator, Place, Series } from '../../domain/types';
import { useAssessments } from '../../hooks/use-assessments';
import { VerdictFigures } from '../../components/VerdictFigures';
import type { TimedPoint } from '../../domain/periods/timed-point';
import { usePlan } from '../../hooks/use-plan';
import { PlanBadge } from '../../components/PlanBadge';
import type { Words } from '../../domain/words/terms';

export interface AmbitionCardProps {
  ambition: Ambition;
  indicator: Indicator;
  place: Place;
  query: UseQueryResult<Series>;
  words: Words;
}

export function AmbitionCard({ ambition, indicator, place, query, words }: AmbitionCardProps) {
  const plan = usePlan(ambition);
  const titleId = `ambition-${ambition.number}-title`;
  return (
    <article className="ambition-card" aria-labelledby={titleId} aria-busy={query.isPending}>
      <CardTitle ambition={ambition} words={words} />
      <p className="ambition-card__indicator">{indicator.name}</p>
      {query.isPending ? (
        <div className="skeleton" role="status">
          <span className="visually-hidden">Loading the figures…</span>
          <div className="skeleton__line skeleton__line--short" />
          <div className="skeleton__block" />
          <div className="skeleton__line" />
        </div>
      ) : query.isError ? (
        <ErrorMessage
          title={`The figures for ${words.one} ${ambition.number} could not be loaded`}
          error={query.error}
          onRetry={() => void query.refetch()}
          retrying={query.isFetching}
        />
      ) : query.data.points.length === 0 ? (
        <p className="ambition-card__empty">No figures for {place.name} yet.</p>
      ) : (
        <CardBody indicator={indicator} series={query.data} />
      )}
      {plan && (
        <p className="ambition-card__plan">
          <PlanBadge status={plan.status} /> {plan.counts.done} of {plan.actions.length} done
        </p>
      )}
    </article>
  );
}

function CardBody({ indicator, series }: { indicator: Indicator; series: Series }) {
  const { headline, points } = useAssessments(indicator, series);
  const latest = points.at(-1)!;
  if (!headline) {
    return (
      <>
        <p className="ambition-card__latest">
          Latest: {formatValue(latest.value, indicator.unit)} in {latest.at.label}
          {latest.provenance === 'illustrative' && <ProvenanceTag provenance="illustrative" />}
        </p>
        <p className="ambition-card__empty">{indicator.name} has no target set, so its progress cannot be judged.</p>
      </>
    );
  }
  const { now } = headline;
  return (
    <>
      <VerdictFigures headline={headline} />
      <figure className="ambition-card__chart">
        <Sparkline points={points} target={now.resolved} />
        <figcaption>{sparklineCaption(points, now.resolved?.period.label)}</figcaption>
      </figure>
      <p className="ambition-card__explanation">{now.explanation}</p>
    </>
  );
}

/** The mini chart's label, so it says what it draws: "Figures 2010-12 to 2021-23; ★ the 2028 target". */
function sparklineCaption(points: readonly TimedPoint[], targetPeriod: string | undefined): string {
  const range = points.length === 1 ? `Figure for ${points[0]!.at.label}` : `Figures ${points[0]!.at.label} to ${points.at(-1)!.at.label}`;
  return targetPeriod ? `${range}; dashed line: the path to the target; star: the ${targetPeriod} target` : range;
}
