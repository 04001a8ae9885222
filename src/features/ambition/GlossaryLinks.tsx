import { Fragment } from 'react';
import { Link } from 'react-router';
import { glossaryFor, termId } from '../../domain/words/glossary';
import type { Indicator } from '../../domain/types';

/** Links to what the indicator's units and abbreviations mean, where it uses any. */
export function GlossaryLinks({ frameworkId, indicator }: { frameworkId: string; indicator: Indicator }) {
  const entries = glossaryFor(indicator);
  if (entries.length === 0) return null;
  return (
    <p className="glossary-links">
      What the words mean:{' '}
      {entries.map((entry, i) => (
        <Fragment key={entry.term}>
          {i > 0 && ', '}
          <Link to={`/${frameworkId}/glossary#${termId(entry)}`}>{entry.term}</Link>
        </Fragment>
      ))}
    </p>
  );
}
