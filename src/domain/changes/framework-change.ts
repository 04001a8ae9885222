import type { Framework, FrameworkSummary, Series } from '../types';

/** A partnership as the home page lists it. */
/** How many of a partnership's figures are published and how many illustrative: one pass over them. */
export function figureCounts(series: readonly Series[]): { published: number; illustrative: number } {
  let published = 0;
  let illustrative = 0;
  for (const s of series)
    for (const p of s.points)
      if (p.provenance === 'published') published += 1;
      else illustrative += 1;
  return { published, illustrative };
}

export function frameworkSummary(f: Framework): FrameworkSummary {
  return {
    id: f.id,
    name: f.name,
    shortName: f.shortName,
    ...(f.note ? { note: f.note } : {}),
    ...(f.example ? { example: true } : {}),
    places: f.places.length,
    ambitions: f.ambitions.length,
    ...(f.terms ? { terms: f.terms } : {}),
  };
}
