import { Link } from 'react-router';
import { PlanBadge } from '../../components/PlanBadge';
import { assessActions, isoDay } from '../../domain/status/assess-actions';
import type { Words } from '../../domain/words/terms';
import type { Framework } from '../../domain/types';
import { useToday } from '../../lib/today';

/** Commitments with no figures yet: there is no change to measure, so their actions say how they stand. */
export function PlanList({ framework, words, search }: { framework: Framework; words: Words; search: string }) {
  const { date } = useToday();
  const plans = framework.ambitions.filter((a) => a.indicators.length === 0);
  if (plans.length === 0) return null;
  return (
    <section aria-labelledby="plan-list-title" className="plan-list">
      <h2 id="plan-list-title">Judged on their actions</h2>
      <p>
        {plans.length === 1 ? `One ${words.one} has` : `${plans.length} ${words.many} have`} no figures to measure yet; {plans.length === 1 ? 'its' : 'their'} status comes from the
        actions set for {plans.length === 1 ? 'it' : 'them'}.
      </p>
      <ul>
        {plans.map((a) => {
          const plan = assessActions(a.actions ?? [], isoDay(date));
          return (
            <li key={a.number}>
              <Link to={{ pathname: `/${framework.id}/ambitions/${a.number}`, search }}>
                {a.number}. {a.title}
              </Link>{' '}
              <PlanBadge status={plan.status} /> {plan.explanation}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
