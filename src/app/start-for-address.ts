import type { QueryClient } from '@tanstack/react-query';
import { frameworkQuery } from '../api/get-framework';
import { seriesQuery } from '../api/get-series';
import { preloadCharts } from '../charts/chart-code';
import { chosenPlace } from '../hooks/use-place-param';
import { ambitionRouteCode } from './route-code';
import type { DataSource } from '../data-source/data-source';

/** A detail page's address, matched at the end so a deployment under a sub-path matches too. */
const DETAIL_PAGE = /\/([a-z0-9][a-z0-9-]{0,59})\/ambitions\/([^/]+)\/?$/;

/**
 * Called before the first render. On a detail page everything the page will ask for starts at
 * once, instead of each step waiting for the one before (the app's code, the route's code, the
 * partnership, the figures, the chart code): the chart code, and the partnership followed at once
 * by the ambition's figures for the place in the address. The page's own queries then find them
 * in hand or on their way, and the route's code, once here, is drawn at once (no placeholder first,
 * which React would hold for 300 ms before showing what replaces it). A failure here is left for
 * the page to meet and report.
 */
export function startForAddress(location: Pick<Location, 'pathname' | 'search'>, queryClient: QueryClient, source: DataSource): void {
  const match = DETAIL_PAGE.exec(location.pathname);
  if (!match) return;
  void ambitionRouteCode.preload().catch(() => undefined);
  preloadCharts();
  const [, frameworkId = '', ambitionNumber] = match;
  queryClient.fetchQuery(frameworkQuery(source, frameworkId)).then(
    (framework) => {
      const ambition = framework.ambitions.find((a) => String(a.number) === ambitionNumber);
      if (!ambition) return;
      const { place } = chosenPlace(framework, new URLSearchParams(location.search).get('place'));
      for (const indicator of ambition.indicators) void queryClient.prefetchQuery(seriesQuery(source, frameworkId, indicator.id, place.id));
    },
    () => undefined,
  );
}
