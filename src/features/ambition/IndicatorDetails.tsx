import { Fragment } from 'react';
import { glossaryFor } from '../../domain/words/glossary';
import { unitName } from '../../domain/words/format-value';
import { ProvenanceTag } from '../../components/ProvenanceTag';
import { periodOf } from '../../domain/periods/period';
import type { Indicator } from '../../domain/types';

const DIRECTION_TEXT = { 'lower-is-better': 'Lower is better', 'higher-is-better': 'Higher is better' } as const;

/** What the indicator measures and where its figures and targets come from. */
export function IndicatorDetails({ indicator }: { indicator: Indicator }) {
  return (
    <details className="indicator-details">
      <summary>About this indicator: definition, source and targets</summary>
      <dl>
        <dt>Definition</dt>
        <dd>{indicator.definition}</dd>
        <dt>Measured in</dt>
        <dd>
          {unitName(indicator.unit)}. {DIRECTION_TEXT[indicator.direction]}.
        </dd>
        {glossaryFor(indicator).map((entry) => (
          <Fragment key={entry.term}>
            <dt>{entry.term}</dt>
            <dd>{entry.meaning}</dd>
          </Fragment>
        ))}
        <dt>Baseline period</dt>
        <dd>{periodOf(indicator.baselinePeriod).label}</dd>
        <dt>Source</dt>
        <dd>
          {indicator.source}
          {indicator.sourceUrl && (
            <>
              {' '}
              (
              <a href={indicator.sourceUrl} target="_blank" rel="noopener noreferrer">
                open the source<span className="visually-hidden"> (opens in a new tab)</span>
              </a>
              )
            </>
          )}
          . <ProvenanceTag provenance={indicator.provenance} subject="indicator's figures" />
        </dd>
        <dt>Targets</dt>
        <dd>
          <ul>
            {indicator.targets.map((t) => (
              <li key={t.id}>
                {t.label}:{' '}
                {t.rule.kind === 'relative'
                  ? `${t.rule.percent > 0 ? '+' : t.rule.percent < 0 ? '\u2212' : ''}${Math.abs(t.rule.percent)}% from ${t.basePeriod ?? indicator.baselinePeriod}`
                  : `${t.rule.value}`}{' '}
                by {t.period}. Source: {t.source}. <ProvenanceTag provenance={t.provenance} subject="target" />
              </li>
            ))}
          </ul>
        </dd>
      </dl>
    </details>
  );
}
