import type { UseQueryResult } from '@tanstack/react-query';
import { buildIndicatorChart } from '../../charts/build-indicator-chart';
import { LazySparkline } from '../../charts/lazy-charts';
import { ErrorMessage } from '../../components/ErrorMessage';
import { CardTitle } from './CardTitle';
import { ProvenanceTag } from '../../components/ProvenanceTag';
import { StatusBadge } from '../../components/StatusBadge';
import { formatValue } from '../../domain/format-value';
import type { Ambition, Indicator, Place, Series } from '../../domain/types';
import { useHeadlineAssessment } from '../../hooks/use-assessments';
import { usePlan } from '../../hooks/use-plan';
import { PlanBadge } from '../../components/PlanBadge';
import type { Words } from '../../domain/terms';

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
        <CardBody indicator={indicator} place={place} series={query.data} />
      )}
      {plan && (
        <p className="ambition-card__plan">
          <PlanBadge status={plan.status} /> {plan.counts.done} of {plan.actions.length} done
        </p>
      )}
    </article>
  );
}

function CardBody({ indicator, place, series }: { indicator: Indicator; place: Place; series: Series }) {
  const { headline, points } = useHeadlineAssessment(indicator, series);
  const latest = points.at(-1)!;
  const resolved = headline.resolved;
  const illustrative = series.points.some((p) => p.provenance === 'illustrative') || indicator.targets[0]?.provenance === 'illustrative';
  const model = buildIndicatorChart({ places: [{ place, points }], assessments: [headline] });
  return (
    <>
      <StatusBadge status={headline.status} />
      <dl className="key-figures">
        <div>
          <dt>Latest</dt>
          <dd>
            {formatValue(latest.value, indicator.unit)} <span className="key-figures__period">{latest.at.label}</span>
          </dd>
        </div>
        {resolved && (
          <div>
            <dt>Target</dt>
            <dd>
              {formatValue(resolved.value, indicator.unit)} <span className="key-figures__period">by {resolved.period.label}</span>
            </dd>
          </div>
        )}
      </dl>
      <LazySparkline model={model} />
      <p className="ambition-card__explanation">{headline.explanation}</p>
      {illustrative && (
        <p className="ambition-card__provenance">
          <ProvenanceTag provenance="illustrative" subject="series" /> Some figures or the target are illustrative.
        </p>
      )}
    </>
  );
}
