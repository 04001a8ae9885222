import type { Framework, FrameworkSummary } from '../types';

/** A partnership as the home page lists it. */
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
