import { PlanBadge } from '../../components/PlanBadge';
import { ACTION_STATUS_LABEL, formatDay } from '../../domain/status/assess-actions';
import { formatFunding, programmesFor } from '../../domain/words/programmes';
import { numbered, wordsOf } from '../../domain/words/terms';
import type { Ambition, Framework } from '../../domain/types';
import { usePlan } from '../../hooks/use-plan';

// What fits on a projected slide and is read from the back of the room; the page has the rest.
const MOST_ACTIONS = 6;

/** A commitment with no figures yet: its status judged on its actions, the actions that matter most, and its funding. */
export function PlanSlide({ framework, ambition }: { framework: Framework; ambition: Ambition }) {
  const words = wordsOf(framework);
  const plan = usePlan(ambition)!;
  const order = { late: 0, 'at-risk': 1, 'on-track': 2, 'not-started': 3, done: 4 };
  const shown = [...plan.actions].sort((a, b) => order[a.status] - order[b.status] || a.action.due.localeCompare(b.action.due)).slice(0, MOST_ACTIONS);
  const { programmes, funding } = programmesFor(framework, ambition.number);
  return (
    <article className="slide slide--ambition" aria-labelledby="slide-title">
      <header className="slide__header">
        <h1 id="slide-title" className="slide__title">
          <span className="slide__number">{numbered(words, ambition.number)}</span> {ambition.title}
        </h1>
        <p className="slide__indicator">Judged on its actions: no figures are tracked for it yet</p>
      </header>
      <div className="slide__main">
        <div className="slide__status">
          <PlanBadge status={plan.status} size="large" />
        </div>
        <p className="slide__sentence">{plan.explanation}</p>
        {shown.length > 0 && (
          <table className="slide-table slide-table--actions">
            <caption>{shown.length < plan.actions.length ? `The ${shown.length} actions that need attention first, of ${plan.actions.length}` : 'Its actions'}</caption>
            <thead>
              <tr>
                <th scope="col">Action</th>
                <th scope="col">Status</th>
                <th scope="col">Due</th>
              </tr>
            </thead>
            <tbody>
              {shown.map(({ action, status }) => (
                <tr key={action.id}>
                  <th scope="row">
                    {action.title} <span className="slide-table__owner">({action.owner})</span>
                  </th>
                  <td>{ACTION_STATUS_LABEL[status]}</td>
                  <td>{formatDay(action.due)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {programmes.length > 0 && (
          <p className="slide__source">
            Programmes: {programmes.map((p) => `${p.name}${p.funding === undefined ? '' : ` (${formatFunding(p.funding)})`}`).join('; ')}
            {funding > 0 ? `. ${formatFunding(funding)} allocated in all.` : '.'}
          </p>
        )}
      </div>
    </article>
  );
}
