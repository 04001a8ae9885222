import { formatShare, lagOf } from '../../domain/portfolio';
import type { PortfolioEntry } from './portfolio-rows';

// One row per ambition on a common 0–100% scale: the bar is the share of the change achieved, the
// black tick the share of the time gone by the latest figure. A bar that stops short of its tick
// is behind; its words say so too, so nothing rests on colour or shape alone.

const MIN = -0.5;
const MAX = 1.5;
const ROW = 44;
const LABEL = 290;
const WIDTH = 1000;
const PLOT = WIDTH - LABEL - 230;

const x = (share: number) => LABEL + ((Math.min(MAX, Math.max(MIN, share)) - MIN) / (MAX - MIN)) * PLOT;

export function PortfolioChart({ rows, labelledBy }: { rows: readonly PortfolioEntry[]; labelledBy: string }) {
  const height = rows.length * ROW + 40;
  return (
    <svg className="portfolio-chart" viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-labelledby={labelledBy} preserveAspectRatio="xMinYMin meet">
      {[0, 0.5, 1].map((t) => (
        <g key={t}>
          <line x1={x(t)} x2={x(t)} y1={20} y2={height - 16} className={t === 0 || t === 1 ? 'portfolio-chart__axis' : 'portfolio-chart__grid'} />
          <text x={x(t)} y={14} textAnchor="middle" className="portfolio-chart__tick">
            {t === 0 ? 'Baseline 0%' : t === 1 ? 'Target 100%' : '50%'}
          </text>
        </g>
      ))}
      {rows.map((row, i) => {
        const y = 24 + i * ROW;
        const lag = lagOf(row);
        const behind = lag !== undefined && lag > 0.05;
        return (
          <g key={row.key} className={behind ? 'portfolio-chart__row portfolio-chart__row--behind' : 'portfolio-chart__row'}>
            <text x={0} y={y + 20} className="portfolio-chart__label">
              {`${row.ambitionNumber}. ${row.ambitionTitle.length > 34 ? `${row.ambitionTitle.slice(0, 33)}…` : row.ambitionTitle}`}
            </text>
            {row.shares ? (
              <>
                <rect x={Math.min(x(0), x(row.shares.shareOfChange))} y={y + 6} width={Math.abs(x(row.shares.shareOfChange) - x(0))} height={20} className="portfolio-chart__bar" />
                <line x1={x(row.shares.shareOfTime)} x2={x(row.shares.shareOfTime)} y1={y + 1} y2={y + 31} className="portfolio-chart__time" />
                <text x={LABEL + PLOT + 10} y={y + 20} className="portfolio-chart__value">
                  {`${behind ? 'Behind: ' : ''}${formatShare(row.shares.shareOfChange)} done, ${formatShare(row.shares.shareOfTime)} time`}
                </text>
              </>
            ) : (
              <text x={x(0) + 6} y={y + 20} className="portfolio-chart__value">
                {row.reason}
              </text>
            )}
          </g>
        );
      })}
    </svg>
  );
}
