import { Link, useLocation } from 'react-router';
import { useSeriesForIndicators } from '../../../api/get-series';
import { dataLag, formatMonth } from '../../../domain/status/data-lag';
import { timePoints } from '../../../domain/periods/timed-point';
import type { Framework } from '../../../domain/types';
import { totalPlace } from '../../../hooks/use-place-param';
import { useToday } from '../../../lib/today';
import '../../../components/insight/insight.css';

/**
 * For programme leads: every indicator's latest partnership-wide figure and when the next is due,
 * overdue ones first, so a lead knows which source to chase.
 */
export function UpdatesDue({ framework }: { framework: Framework }) {
  const { year } = useToday();
  const { search } = useLocation();
  const total = totalPlace(framework);
  const entries = framework.ambitions.flatMap((a) => a.indicators.map((indicator) => ({ ambition: a, indicator })));
  const queries = useSeriesForIndicators(
    framework.id,
    entries.map((e) => e.indicator.id),
    total.id,
  );
  const rows = entries
    .map((e, i) => {
      const data = queries[i]?.data;
      return { ...e, lag: data ? dataLag(e.indicator, timePoints(data.points), year) : undefined, failed: queries[i]?.isError };
    })
    .sort((x, y) => Number(y.lag?.overdue ?? false) - Number(x.lag?.overdue ?? false) || (x.lag?.nextDue ?? Infinity) - (y.lag?.nextDue ?? Infinity));
  const overdue = rows.filter((r) => r.lag?.overdue).length;
  const loading = queries.some((q) => q.isPending);
  return (
    <section className="data-page__section" aria-labelledby="updates-due-title">
      <h2 id="updates-due-title">Updates due</h2>
      <p role="status">{loading ? 'Checking when each figure is due…' : `${overdue} of ${rows.length} indicators have a newer ${total.name} figure overdue.`}</p>
      <div className="table-scroll">
        <table className="data-table">
          <caption>When each indicator’s next {total.name} figure is due (release timing is each source’s usual schedule, illustrative)</caption>
          <thead>
            <tr>
              <th scope="col">Indicator</th>
              <th scope="col">Latest figure</th>
              <th scope="col">Next due</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ ambition, indicator, lag, failed }) => (
              <tr key={indicator.id}>
                <th scope="row">
                  <Link to={{ pathname: `/${framework.id}/ambitions/${ambition.number}`, search }}>{indicator.name}</Link>
                </th>
                <td>{lag ? lag.latest.at.label : failed ? 'Could not be loaded' : '—'}</td>
                <td>
                  {lag?.nextDue === undefined ? (
                    'Not known'
                  ) : lag.overdue ? (
                    <>
                      <span className="tag tag--overdue">Overdue</span> was due {formatMonth(lag.nextDue)}
                    </>
                  ) : (
                    formatMonth(lag.nextDue)
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
