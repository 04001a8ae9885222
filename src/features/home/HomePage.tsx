import { ProvenanceTag } from '../../components/ProvenanceTag';
import { Link, Navigate } from 'react-router';
import { useFrameworkList } from '../../api/frameworks';
import { useSourceInfo } from '../../api/source-info';
import { ErrorMessage } from '../../components/ErrorMessage';
import { countOf, wordsOf } from '../../domain/words/terms';
import { PartnershipStatuses } from './PartnershipStatuses';
import './home.css';

/**
 * Every partnership this deployment serves, each at its own address. A source that cannot list
 * them serves one: the deployment's, opened straight away.
 */
export default function HomePage({ defaultFrameworkId }: { defaultFrameworkId: string }) {
  const source = useSourceInfo();
  const list = useFrameworkList();
  if (!source.canList) return <Navigate to={`/${defaultFrameworkId}`} replace />;
  return (
    <section aria-labelledby="home-title">
      <title>Partnerships – Ambitions dashboard</title>
      <h1 id="home-title" tabIndex={-1}>
        Partnerships
      </h1>
      <p className="page-heading__lead">Choose a partnership to see its commitments, how each is going and why.</p>
      {list.isPending ? (
        <p className="loading-line" role="status">
          Loading the partnerships…
        </p>
      ) : list.isError ? (
        <ErrorMessage title="The partnerships could not be listed" error={list.error} onRetry={() => void list.refetch()} retrying={list.isFetching} />
      ) : list.data.length === 0 ? (
        <p>No partnership is set up here yet.</p>
      ) : (
        <ul className="partnership-list">
          {list.data.map((p) => {
            const words = wordsOf(p);
            return (
              <li key={p.id} className="partnership-card">
                <h2 className="partnership-card__title">
                  <Link to={`/${p.id}`}>{p.name}</Link>
                </h2>
                <p className="partnership-card__counts">
                  {countOf(words, p.ambitions)} · {p.places === 1 ? 'one place' : `${p.places - 1} places and the whole partnership`}
                </p>
                {p.note && (
                  <p className="partnership-card__note">
                    {p.example && <span className="tag tag--illustrative">Example</span>} {p.note}
                  </p>
                )}
                {/* Said on every card from the figures themselves: a partnership with illustrative figures is marked so, example or not. */}
                {p.figures && (
                  <p className="partnership-card__figures">
                    {p.figures.illustrative > 0 && <ProvenanceTag provenance="illustrative" subject="partnership's figures" />} {figuresLine(p.figures)}
                  </p>
                )}
                {/* Last on the card, so counts arriving after the list move nothing already read. */}
                <PartnershipStatuses frameworkId={p.id} />
              </li>
            );
          })}
        </ul>
      )}
      {source.canSetUp && (
        <p className="home__new">
          <Link to="/new" className="button">
            Set up a new partnership
          </Link>
        </p>
      )}
    </section>
  );
}

/** "330 of its 959 figures are published, each with its source; the other 629 are illustrative." */
function figuresLine({ published, illustrative }: { published: number; illustrative: number }): string {
  const total = published + illustrative;
  if (total === 0) return 'No figures yet.';
  if (published === 0) return `All ${total.toLocaleString('en-GB')} of its figures are illustrative: none is published.`;
  if (illustrative === 0) return `All ${total.toLocaleString('en-GB')} of its figures are published, each with its source.`;
  return `${published.toLocaleString('en-GB')} of its ${total.toLocaleString('en-GB')} figures are published, each with its source; the other ${illustrative.toLocaleString('en-GB')} are illustrative.`;
}
