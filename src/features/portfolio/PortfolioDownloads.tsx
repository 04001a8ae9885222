import { useState } from 'react';
import { PictureButtons } from '../../charts/PictureButtons';
import { portfolioImage } from '../../charts/portfolio-image';
import '../../charts/charts.css';
import { capShare, describeRow, isBehind } from '../../domain/status/portfolio';
import { formatDate, useToday } from '../../lib/today';
import type { PortfolioEntry } from './portfolio-rows';

/** The progress chart as a 16:9 picture (SVG, or PNG at 1920 × 1080) for someone's slides. */
export function PortfolioDownloads({
  rows,
  title,
  summary,
  stem,
  illustrative,
}: {
  rows: readonly PortfolioEntry[];
  title: string;
  summary: string;
  stem: string[];
  illustrative: boolean;
}) {
  const { date } = useToday();
  const [problem, setProblem] = useState<string>();
  const image = () =>
    portfolioImage(
      rows.map((row) => ({
        label: `${row.ambitionNumber}. ${row.ambitionTitle}`,
        change: row.shares && capShare(row.shares.shareOfChange),
        time: row.shares && capShare(row.shares.shareOfTime),
        words: describeRow(row) ?? row.reason ?? '',
        behind: isBehind(row),
      })),
      { title, summary, taken: `Downloaded ${formatDate(date)} from the Ambitions dashboard.`, illustrative },
    );
  return (
    <div className="chart-downloads" role="group" aria-label="Download the progress chart">
      <span className="chart-downloads__label">Download:</span>
      <PictureButtons stem={stem} make={image} onProblem={setProblem} />
      {problem && (
        <p className="field__error" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
