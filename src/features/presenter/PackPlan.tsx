import { PlanBadge } from '../../components/PlanBadge';
import { ProvenanceTag } from '../../components/ProvenanceTag';
import { ACTION_STATUS_LABEL, formatDay } from '../../domain/status/assess-actions';
import { formatFunding, programmesFor, totalFunding } from '../../domain/words/programmes';
import type { Words } from '../../domain/words/terms';
import type { Ambition, Framework } from '../../domain/types';
import { usePlan } from '../../hooks/use-plan';
import { formatDate } from '../../lib/today';

/** A commitment's actions on a printed page: status judged on them, then each with owner, due date and latest word. */
export function PackPlan({ ambition, headline }: { ambition: Ambition; headline: boolean }) {
  const plan = usePlan(ambition);
  if (!plan || plan.actions.length === 0) return headline ? <p>No actions have been set for this yet.</p> : null;
  return (
    <div className="pack-plan">
      <p className="board-page__status">
        <PlanBadge status={plan.status} size={headline ? 'large' : 'normal'} /> {plan.explanation}
      </p>
      {/* On a phone the table scrolls in its own box; the page does not. */}
      <div className="table-scroll" tabIndex={0} role="region" aria-label="Its actions">
        <table className="pack-table">
          <caption>{headline ? 'Its actions: no figures are tracked for it yet, so its status is judged on these' : 'Its actions (judged apart from the figures)'}</caption>
          <thead>
            <tr>
              <th scope="col">Action</th>
              <th scope="col">Owner</th>
              <th scope="col">Due</th>
              <th scope="col">Status</th>
              <th scope="col">Latest update</th>
            </tr>
          </thead>
          <tbody>
            {plan.actions.map(({ action, status, overdue }) => {
              const latest = action.updates?.at(-1);
              return (
                <tr key={action.id}>
                  <th scope="row">
                    {action.title} {action.provenance === 'illustrative' && <ProvenanceTag provenance="illustrative" subject="action" />}
                  </th>
                  <td>{action.owner}</td>
                  <td>{formatDay(action.due)}</td>
                  <td>
                    {ACTION_STATUS_LABEL[status]}
                    {overdue && ' (past its due date)'}
                  </td>
                  <td>{latest ? `${formatDate(new Date(latest.at))}: ${latest.text}` : '–'}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}

/** The programmes serving one commitment, in a line for its page. */
export function PackProgrammesLine({ framework, ambitionNumber }: { framework: Framework; ambitionNumber: number }) {
  const { programmes, funding } = programmesFor(framework, ambitionNumber);
  if (programmes.length === 0) return null;
  return (
    <p className="board-page__note">
      Programmes: {programmes.map((p) => `${p.name}${p.funding === undefined ? ' (no published amount)' : ` (${formatFunding(p.funding)})`}`).join('; ')}
      {funding > 0 ? `; ${formatFunding(funding)} allocated in all, shared with what else they serve.` : '.'}
    </p>
  );
}

/** Every programme and what it costs, for the cover. */
export function PackProgrammes({ framework, words }: { framework: Framework; words: Words }) {
  const programmes = framework.programmes ?? [];
  if (programmes.length === 0) return null;
  return (
    <>
      <h2 id="pack-programmes" className="board-page__title">
        What is being done, and what it costs
      </h2>
      {/* On a phone the table scrolls in its own box; the page does not. */}
      <div className="table-scroll" tabIndex={0} role="region" aria-label="Programmes">
        <table className="pack-table">
          <caption>Programmes, their funding and the {words.many} they serve</caption>
          <thead>
            <tr>
              <th scope="col">Programme</th>
              <th scope="col">Owner</th>
              <th scope="col">Period</th>
              <th scope="col">Funding</th>
              <th scope="col">{words.Many}</th>
            </tr>
          </thead>
          <tbody>
            {programmes.map((p) => (
              <tr key={p.id}>
                <th scope="row">
                  {p.name} <ProvenanceTag provenance={p.provenance} subject="programme" />
                </th>
                <td>{p.owner}</td>
                <td>{p.period}</td>
                <td>{p.funding === undefined ? 'Not published' : formatFunding(p.funding)}</td>
                <td>{p.ambitionNumbers.join(', ') || 'None directly'}</td>
              </tr>
            ))}
            {/* In the body, not a footer: a printed table repeats its footer on every page. */}
            <tr className="pack-table__total">
              <th scope="row" colSpan={3}>
                Total
              </th>
              <td>{formatFunding(totalFunding(programmes))}</td>
              <td />
            </tr>
          </tbody>
        </table>
      </div>
      <p className="board-page__note">Sources: {[...new Set(programmes.map((p) => p.source))].join('; ')}.</p>
    </>
  );
}
