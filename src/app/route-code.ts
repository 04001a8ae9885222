import { preloadable } from '../lib/preloadable';

// The detail page's code (with the editing tools), loaded on demand. Kept apart from routes.tsx so
// start-for-address.ts can start it early without carrying the route table.
export const ambitionRouteCode = preloadable(() => import('./AmbitionRoute'));
