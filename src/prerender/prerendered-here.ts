import { pathBelowBase } from '../app/page-address';
import type { PrerenderedState } from './prerendered-state';

/**
 * The build-time state of this page, when the page was drawn at build time for this very address.
 * Another address served the same file (a chosen place, "?place=leeds") is drawn afresh instead:
 * taking over markup drawn for other figures would not match.
 */
export function prerenderedHere(doc: Document, location: Pick<Location, 'pathname' | 'search'>, baseUrl: string): PrerenderedState | undefined {
  const element = doc.getElementById('prerendered-state');
  if (!element?.textContent) return undefined;
  try {
    const state = JSON.parse(element.textContent) as PrerenderedState;
    return state.path === pathBelowBase(location.pathname, baseUrl) && location.search === '' ? state : undefined;
  } catch {
    return undefined;
  }
}
