import { ProvenanceTag } from '../../components/ProvenanceTag';
import { noPublishedFigureYet, sourcesOfPublished } from '../../domain/imports/figure-sources';

const upperFirst = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
import type { Series } from '../../domain/types';

/** Whether the figures on screen are published, counted from the figures themselves, and where the published ones came from. */
export function ProvenanceLine({ series, placeName, indicatorSource }: { series: Series; placeName: string; indicatorSource: string }) {
  const total = series.points.length;
  if (total === 0) return null;
  const illustrative = series.points.filter((p) => p.provenance === 'illustrative').length;
  const sources = sourcesOfPublished(series.points);
  const sourceList =
    sources.length > 0 ? (
      <ul className="provenance-line__sources" aria-label={`Sources of the published figures for ${placeName}`}>
        {sources.map((s) => (
          <li key={s.source}>
            {s.source}: {s.count === 1 ? `1 figure, ${s.first}` : `${s.count} figures, ${s.first} to ${s.last}`}
          </li>
        ))}
      </ul>
    ) : null;
  if (illustrative === 0) {
    return (
      <div className="provenance-line">
        <p>
          <ProvenanceTag provenance="published" /> All {total} figures for {placeName} are published. They come from:
        </p>
        {sourceList}
      </div>
    );
  }
  return (
    <div className="provenance-line">
      <p>
        <ProvenanceTag provenance="illustrative" subject="series" /> {illustrative === total ? `All ${total}` : `${illustrative} of ${total}`} figures for {placeName} are
        illustrative: not published, for demonstration only.
        {illustrative === total && ` ${upperFirst(noPublishedFigureYet(placeName, indicatorSource))} (docs/sources.md says where each is found.)`}
        {sources.length > 0 && ' The published ones come from:'}
      </p>
      {sourceList}
    </div>
  );
}
