import { describeProvenance } from '../domain/imports/figure-sources';
import type { DataPoint } from '../domain/types';
import { ProvenanceTag } from './ProvenanceTag';

/** Published or illustrative, said where the figures stand (a slide, a board pack page), with where they come from. */
export function FiguresProvenance({
  points,
  placeName,
  indicatorSource,
  className,
  brief,
}: {
  points: readonly DataPoint[];
  placeName: string;
  indicatorSource: string;
  className?: string;
  /** The indicator's source in a few words, not each figure's: for a slide read across a room. */
  brief?: boolean;
}) {
  const said = describeProvenance(points, placeName, indicatorSource, { brief });
  if (!said) return null;
  return (
    <p className={className}>
      <ProvenanceTag provenance={said.provenance} subject="series" /> {said.text}
    </p>
  );
}
