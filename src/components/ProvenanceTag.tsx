import type { Provenance } from '../domain/types';

/** Says plainly when a figure is made up for illustration rather than published. */
export function ProvenanceTag({ provenance, subject = 'figure' }: { provenance: Provenance; subject?: string }) {
  if (provenance === 'published') return <span className="tag tag--published">Published</span>;
  return (
    <span className="tag tag--illustrative" title={`This ${subject} is illustrative: it was not found in public material.`}>
      Illustrative
    </span>
  );
}
