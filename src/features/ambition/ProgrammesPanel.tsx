import { ProvenanceTag } from '../../components/ProvenanceTag';
import { formatFunding, programmesFor } from '../../domain/words/programmes';
import type { Framework } from '../../domain/types';

/** What is being done for a commitment and what it costs: the programmes serving it, with their funding. */
export function ProgrammesPanel({ framework, ambitionNumber }: { framework: Framework; ambitionNumber: number }) {
  const { programmes, funding, withoutFunding } = programmesFor(framework, ambitionNumber);
  if (programmes.length === 0) return null;
  return (
    <section className="programmes-panel" aria-labelledby="programmes-title">
      <h2 id="programmes-title">Programmes and funding</h2>
      <p>
        {programmes.length === 1 ? 'One programme serves' : `${programmes.length} programmes serve`} this
        {funding > 0 ? `, with ${formatFunding(funding)} allocated${withoutFunding > 0 ? ` (${withoutFunding} with no published amount)` : ''}` : ', with no published amount'}. A
        programme may serve several, so its funding is not this one’s alone.
      </p>
      <ul className="programme-list">
        {programmes.map((p) => (
          <li key={p.id}>
            <h3 className="programme-list__name">
              {p.name} <span className="programme-list__funding">{p.funding === undefined ? 'no published amount' : formatFunding(p.funding)}</span>
            </h3>
            <p>
              {p.owner}, {p.period}. {p.description}
            </p>
            <p className="programme-list__source">
              <ProvenanceTag provenance={p.provenance} subject="programme" /> Source: {p.source}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
