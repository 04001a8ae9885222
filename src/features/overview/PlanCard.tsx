import { Link, useLocation } from 'react-router';
import { PlanBadge } from '../../components/PlanBadge';
import type { Ambition } from '../../domain/types';
import { numbered, type Words } from '../../domain/terms';
import { usePlan } from '../../hooks/use-plan';

/** A commitment with no number yet: judged on its delivery plan, and saying so. */
export function PlanCard({ ambition, words }: { ambition: Ambition; words: Words }) {
  const { search } = useLocation();
  const plan = usePlan(ambition)!;
  const titleId = `ambition-${ambition.number}-title`;
  const total = plan.actions.length;
  return (
    <article className="ambition-card ambition-card--plan" aria-labelledby={titleId}>
      <h2 id={titleId} className="ambition-card__title">
        <Link to={{ pathname: `ambitions/${ambition.number}`, search }}>
          <span className="ambition-card__number" aria-hidden="true">
            {ambition.number}
          </span>
          <span>
            <span className="visually-hidden">{numbered(words, ambition.number)}: </span>
            {ambition.title}
          </span>
        </Link>
      </h2>
      <p className="ambition-card__indicator">Judged on its actions: no figures are tracked for it yet.</p>
      <PlanBadge status={plan.status} />
      {total > 0 && (
        <dl className="key-figures">
          <div>
            <dt>Done</dt>
            <dd>
              {plan.counts.done} of {total}
            </dd>
          </div>
          <div>
            <dt>Late or at risk</dt>
            <dd>{plan.counts.late + plan.counts['at-risk']}</dd>
          </div>
        </dl>
      )}
      <p className="ambition-card__explanation">{plan.explanation}</p>
    </article>
  );
}
