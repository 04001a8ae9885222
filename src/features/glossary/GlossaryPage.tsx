import { DASHBOARD_TERMS, glossaryOf, termId, type GlossaryEntry } from '../../domain/words/glossary';
import { wordsOf } from '../../domain/words/terms';
import { useCurrentFramework } from '../../hooks/use-current-framework';
import './glossary.css';

/** What the units, abbreviations and status words mean, in plain words: the partnership's own first. */
export default function GlossaryPage() {
  const framework = useCurrentFramework();
  const words = wordsOf(framework);
  const used = glossaryOf(framework);
  return (
    <article className="glossary" aria-labelledby="glossary-title">
      <title>{`What the words mean – ${framework.shortName} – Ambitions dashboard`}</title>
      <h1 id="glossary-title" tabIndex={-1}>
        What the words mean
      </h1>
      {used.length > 0 && (
        <section aria-labelledby="glossary-units">
          <h2 id="glossary-units">Units and abbreviations in {framework.shortName}’s indicators</h2>
          <Entries entries={used} />
        </section>
      )}
      <section aria-labelledby="glossary-dashboard">
        <h2 id="glossary-dashboard">How the dashboard judges each {words.one}</h2>
        <Entries entries={DASHBOARD_TERMS} />
      </section>
    </article>
  );
}

function Entries({ entries }: { entries: readonly GlossaryEntry[] }) {
  return (
    <dl className="glossary__entries">
      {entries.map((entry) => (
        <div key={entry.term} id={termId(entry)}>
          <dt>{entry.term}</dt>
          <dd>{entry.meaning}</dd>
        </div>
      ))}
    </dl>
  );
}
