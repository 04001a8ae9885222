import { TREND_LABEL, TREND_TEST_NAME, type TrendVerdict } from '../../domain/status/trend-test';
import './insight.css';

const ARROW: Record<TrendVerdict, string> = { improving: '↗', worsening: '↘', 'no-significant-change': '→' };

/**
 * The recent-trend marker: an arrow and a word (never colour alone), the sentence, and the test's
 * name. Compact (slides, board pack): the word and the figures it was read from.
 */
export function TrendMarker({ verdict, detail, span, compact = false }: { verdict: TrendVerdict; detail: string; span: string; compact?: boolean }) {
  return (
    <p className={`trend-marker trend-marker--${verdict}`}>
      <span className="trend-marker__badge">
        <span aria-hidden="true">{ARROW[verdict]}</span> {TREND_LABEL[verdict]}
      </span>{' '}
      {compact ? `${span}.` : detail}
      {!compact && <span className="trend-marker__test"> Test: {TREND_TEST_NAME}.</span>}
    </p>
  );
}
