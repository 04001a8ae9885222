import type { QueryClient } from '@tanstack/react-query';
import { frameworkQuery } from '../api/get-framework';
import { seriesQuery } from '../api/get-series';
import { chosenPlace } from '../hooks/use-place-param';
import { figuresPageAt, indicatorsShown } from './page-address';
import { ambitionRouteCode } from './route-code';
import type { DataSource } from '../data-source/data-source';

/**
 * Called before the first render. On an overview or a detail page everything the page will ask for
 * starts at once, instead of each step waiting for the one before (the app's code, the route's
 * code, the partnership, the figures): the partnership, followed at once by the figures the page
 * shows for the place in the address, and on a detail page its code too. The page's own queries
 * then find them in hand or on their way, and the route's code, once here, is drawn at once (no placeholder first, which React would hold for 300 ms before
 * showing what replaces it). A failure here is left for the page to meet and report.
 */
export function startForAddress(
  location: Pick<Location, 'pathname' | 'search'>,
  queryClient: QueryClient,
  source: DataSource,
  { baseUrl = '/', drawnAtBuild = false }: { baseUrl?: string; drawnAtBuild?: boolean } = {},
): void {
  const page = figuresPageAt(location.pathname, baseUrl);
  if (!page) return;
  // Not the chart library's code: a detail page draws its charts in plain SVG, and the library's
  // only for a chart the reader shows an interest in.
  if (page.kind === 'ambition')
    void ambitionRouteCode(source)
      .preload()
      .catch(() => undefined);
  // A page drawn at build time carries its figures: only its code is wanted.
  if (drawnAtBuild) return;
  const { frameworkId } = page;
  queryClient.fetchQuery(frameworkQuery(source, frameworkId)).then(
    (framework) => {
      const { place } = chosenPlace(framework, new URLSearchParams(location.search).get('place'));
      for (const indicator of indicatorsShown(framework, page)) void queryClient.prefetchQuery(seriesQuery(source, frameworkId, indicator.id, place.id));
    },
    () => undefined,
  );
}
