import type { QueryClient } from '@tanstack/react-query';
import { frameworkQuery } from '../api/get-framework';
import { seriesQuery } from '../api/get-series';
import { chosenPlace } from '../hooks/use-place-param';
import { figuresPageAt, indicatorsShown } from './page-address';
import { ambitionRouteCode } from './route-code';
import type { DataSource } from '../data-source/data-source';
import type { Framework } from '../domain/types';

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
  const requestedPlace = new URLSearchParams(location.search).get('place');
  const prefetchFigures = (framework: Framework) => {
    const { place } = chosenPlace(framework, requestedPlace);
    for (const indicator of indicatorsShown(framework, page)) void queryClient.prefetchQuery(seriesQuery(source, frameworkId, indicator.id, place.id));
  };
  const { readFirstView } = source;
  if (!readFirstView) {
    queryClient.fetchQuery(frameworkQuery(source, frameworkId)).then(prefetchFigures, () => undefined);
    return;
  }
  // One request for everything (a store that can answer so): the partnership's query is answered
  // by it, and the place's figures are in the cache before the page, seeing the partnership, asks
  // for them. Should that read fail, the partnership and figures are read one by one as usual.
  void queryClient
    .fetchQuery({
      ...frameworkQuery(source, frameworkId),
      queryFn: () =>
        readFirstView(frameworkId, requestedPlace ?? undefined).then(
          ({ framework, series }) => {
            for (const one of series) queryClient.setQueryData(seriesQuery(source, frameworkId, one.indicatorId, one.placeId).queryKey, one);
            return framework;
          },
          () => source.getFramework(frameworkId),
        ),
    })
    .then(prefetchFigures, () => undefined);
}
