import { isRevised, type Headline } from '../domain/status/headline';
import { StatusBadge } from './StatusBadge';

/**
 * A commitment's headline: where things stand against the target in force and, when a revised
 * target has taken over from the plan's, the verdict on the plan's own target beneath it. The
 * same two lines on the overview, the grid, the slides and the board pack.
 */
export function HeadlineStatus({ headline, size = 'normal' }: { headline: Headline; size?: 'normal' | 'large' | 'compact' }) {
  const { now, plan } = headline;
  return (
    <div className={`headline-status headline-status--${size}`}>
      <p className="headline-status__now">
        <StatusBadge status={now.status} size={size === 'large' ? 'large' : 'normal'} /> <span className="headline-status__target">for the {now.target.period} target</span>
      </p>
      {isRevised(headline) && (
        <p className="headline-status__plan">
          <span className="headline-status__target">Plan’s {plan.target.period} target:</span> <StatusBadge status={plan.status} />
        </p>
      )}
    </div>
  );
}
