import { capShare, describeRow, isBehind } from '../../domain/status/portfolio';
import type { PortfolioEntry } from './portfolio-rows';

// One row per ambition on a common scale from baseline to target: the bar is the share of the
// change made, the black tick the share of the time used by the latest figure, both capped at the
// target (a move the wrong way or past the target is said in words, not drawn off the scale). A
// bar that stops short of its tick is behind; its words say so too, so nothing rests on colour or
// shape alone. Drawn in HTML rather than SVG so that on a phone each row stacks and its words stay
// full size.

const at = (share: number) => `${capShare(share) * 100}%`;

export function PortfolioChart({ rows, labelledBy }: { rows: readonly PortfolioEntry[]; labelledBy: string }) {
  return (
    <div className="portfolio-chart" role="img" aria-labelledby={labelledBy}>
      <div className="portfolio-chart__row portfolio-chart__scale" aria-hidden="true">
        <span />
        <span className="portfolio-chart__track portfolio-chart__track--scale">
          <span style={{ left: at(0) }}>Baseline</span>
          <span style={{ left: at(0.5) }}>50%</span>
          <span style={{ left: at(1) }}>Target</span>
        </span>
        <span />
      </div>
      {rows.map((row) => {
        const behind = isBehind(row);
        const shares = row.shares;
        return (
          <div key={row.key} className={`portfolio-chart__row${behind ? ' portfolio-chart__row--behind' : ''}`}>
            <span className="portfolio-chart__label">
              {row.ambitionNumber}. {row.ambitionTitle}
            </span>
            <span className="portfolio-chart__track">
              <span className="portfolio-chart__line" style={{ left: at(0) }} />
              <span className="portfolio-chart__line" style={{ left: at(1) }} />
              {shares && (
                <>
                  <span className="portfolio-chart__bar" style={{ left: 0, width: at(shares.shareOfChange) }} />
                  <span className="portfolio-chart__time" style={{ left: at(shares.shareOfTime) }} />
                </>
              )}
            </span>
            <span className="portfolio-chart__value">{describeRow(row) ?? row.reason}</span>
          </div>
        );
      })}
    </div>
  );
}
