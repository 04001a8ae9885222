import { TREND_LABEL, TREND_TEST_NAME, type TrendMovement, type TrendVerdict } from '../../domain/status/trend-test';
import './insight.css';

// As the UKHSA data dashboard does it: the arrow is which way the figures went, the colour and the
// word whether that is good. A falling suicide rate is "↘ Improving", a rising one "↗ Worsening".
const ARROW: Record<TrendMovement, string> = { rising: '↗', falling: '↘', steady: '→' };

/**
 * The recent-trend marker: an arrow and a word (never colour alone), the sentence, and the test's
 * name. Compact (slides, board pack): the word and the figures it was read from.
 */
export function TrendMarker({
  verdict,
  movement,
  detail,
  span,
  compact = false,
}: {
  verdict: TrendVerdict;
  movement: TrendMovement;
  detail: string;
  span: string;
  compact?: boolean;
}) {
  return (
    <p className={`trend-marker trend-marker--${verdict}`}>
      <span className="trend-marker__badge">
        <span aria-hidden="true">{ARROW[movement]}</span> {TREND_LABEL[verdict]}
      </span>{' '}
      {compact ? `${span}.` : detail}
      {!compact && <span className="trend-marker__test"> Test: {TREND_TEST_NAME}.</span>}
    </p>
  );
}
