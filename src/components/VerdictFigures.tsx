import type { Headline } from '../domain/status/headline';
import { verdictFigures, type VerdictFigure } from '../domain/status/verdict-figures';
import { HeadlineStatus } from './HeadlineStatus';
import { ProvenanceTag } from './ProvenanceTag';
import './verdict-figures.css';

/**
 * A commitment's verdict led by its figures: status, then the figure it rests on, the target and
 * the trend where the verdict reads it, then the gap in words that say which way. A later figure
 * than the one judged is shown apart, as what it is. Overview cards, slides and the detail page.
 */
export function VerdictFigures({ headline, size = 'normal' }: { headline: Headline; size?: 'normal' | 'large' }) {
  const shown = verdictFigures(headline.now, headline.indicator);
  const isIllustrative = (f: VerdictFigure) => (f.point ? f.point.provenance === 'illustrative' : f.label === 'Target' && headline.now.target.provenance === 'illustrative');
  const tagged = shown.figures.filter((f) => f.point || f.label === 'Target');
  // One tag for the lot when every figure and the target are illustrative; else each says its own.
  const allIllustrative = tagged.length > 0 && tagged.every(isIllustrative);
  return (
    <div className={`verdict verdict--${size}`}>
      <HeadlineStatus headline={headline} size={size} />
      <dl className="verdict__figures">
        {shown.figures.map((f) => (
          <div key={f.label}>
            <dt>
              {f.label} <span className="verdict__when">{f.when}</span>
            </dt>
            <dd>
              <span className="verdict__value">{f.value}</span>
              {!allIllustrative && isIllustrative(f) && <ProvenanceTag provenance="illustrative" subject={f.point ? 'figure' : 'target'} />}
            </dd>
          </div>
        ))}
      </dl>
      {allIllustrative && (
        <p className="verdict__provenance">
          <ProvenanceTag provenance="illustrative" subject="figure" /> {tagged.length > 1 ? 'These figures and the target are illustrative.' : 'This figure is illustrative.'}
        </p>
      )}
      {shown.gap && <p className={`verdict__gap${shown.gapIsGood === undefined ? '' : shown.gapIsGood ? ' verdict__gap--good' : ' verdict__gap--bad'}`}>{shown.gap}</p>}
      {shown.laterFigure && (
        <p className="verdict__later">
          Latest, after the target’s period: {shown.laterFigure.value} in {shown.laterFigure.when}
          {shown.laterFigure.point?.provenance === 'illustrative' && <ProvenanceTag provenance="illustrative" />}
        </p>
      )}
    </div>
  );
}
