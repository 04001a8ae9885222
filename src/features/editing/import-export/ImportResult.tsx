import { Link } from 'react-router';
import type { SendOutcome } from '../../../outbox/outbox';
import type { SeriesResult } from './use-figures-import';

const OUTCOME_WORDS: Record<SendOutcome, string> = {
  saved: 'Saved',
  waiting: 'Not saved yet: kept on this device and sent when the connection allows',
  conflict: 'A colleague changed these figures first: open them to choose',
  rejected: 'Not accepted: open them to see why',
  'nothing-to-send': 'Being sent',
  'sending-elsewhere': 'Being sent from another tab of this browser',
};

/** What the import changed, series by series, with a way to each. */
export function ImportResult({ frameworkId, fileName, results, onAgain }: { frameworkId: string; fileName: string; results: SeriesResult[]; onAgain: () => void }) {
  const figures = results.reduce((n, r) => n + r.figures, 0);
  const saved = results.filter((r) => r.outcome === 'saved');
  const allSaved = saved.length === results.length;
  return (
    <section className={allSaved ? 'import-result' : 'import-result import-result--partial'} aria-labelledby="import-result-title">
      <h2 id="import-result-title" tabIndex={-1}>
        {allSaved ? `Imported ${figures} figure${figures === 1 ? '' : 's'} from ${fileName}` : `${fileName}: not everything is saved yet`}
      </h2>
      <p role="status">
        {saved.length} of {results.length} series saved.
        {!allSaved && ' Nothing is lost: the rest are kept in this browser until they can be saved.'}
      </p>
      <table className="data-table">
        <caption>Each set of figures the import changed</caption>
        <thead>
          <tr>
            <th scope="col">Indicator and place</th>
            <th scope="col">Figures</th>
            <th scope="col">Outcome</th>
          </tr>
        </thead>
        <tbody>
          {results.map((r) => (
            <tr key={`${r.indicator}-${r.place}`}>
              <th scope="row">
                <Link to={`/${frameworkId}/ambitions/${r.ambitionNumber}?place=${r.placeId}&view=table`}>
                  {r.indicator}, {r.place}
                </Link>
              </th>
              <td>{r.figures}</td>
              <td>{OUTCOME_WORDS[r.outcome]}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" className="button button--secondary" onClick={onAgain}>
        Import another file
      </button>
    </section>
  );
}
