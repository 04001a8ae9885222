import { preloadable } from '../lib/preloadable';
import type { DataSource } from '../data-source/data-source';

// The detail page's code, loaded on demand. Kept apart from routes.tsx so start-for-address.ts can
// start it early without carrying the route table. Where figures can be changed it comes with the
// editing tools; where they cannot (a read-only source) without them: on the static build's
// detail page, 13 script files after the app's own instead of 20, none of them evaluated for
// nothing.
const editable = preloadable(() => import('./AmbitionRoute'));
const readOnly = preloadable(() => import('./ReadOnlyAmbitionRoute'));

/** The detail page's code for this source. The same one every time for a source. */
export function ambitionRouteCode(source: Pick<DataSource, 'readOnlyReason'>) {
  return source.readOnlyReason ? readOnly : editable;
}
