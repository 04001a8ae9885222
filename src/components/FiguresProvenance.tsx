import { describeProvenance } from '../domain/imports/figure-sources';
import type { DataPoint } from '../domain/types';
import { ProvenanceTag } from './ProvenanceTag';

/** Published or illustrative, said where the figures stand (a slide, a board pack page), with where they come from. */
export function FiguresProvenance({
  points,
  placeName,
  indicatorSource,
  className,
}: {
  points: readonly DataPoint[];
  placeName: string;
  indicatorSource: string;
  className?: string;
}) {
  const said = describeProvenance(points, placeName, indicatorSource);
  if (!said) return null;
  return (
    <p className={className}>
      <ProvenanceTag provenance={said.provenance} subject="series" /> {said.text}
    </p>
  );
}
