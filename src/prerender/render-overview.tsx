import { dehydrate, type DehydratedState } from '@tanstack/react-query';
import { renderToString } from 'react-dom/server';
import { StaticRouter } from 'react-router';
import { frameworkQuery } from '../api/get-framework';
import { seriesQuery } from '../api/get-series';
import { AppRoutes } from '../app/App';
import { Providers } from '../app/providers';
import { createQueryClient } from '../app/query-client';
import type { DataSource } from '../data-source/data-source';
import { headlineIndicators } from '../domain/headline-indicators';
import { totalPlace } from '../hooks/use-place-param';

// Run at build time (scripts/prerender.mjs), in Node, for a deployment whose figures are files
// published with the app (the static source): the overview of each partnership is drawn into its
// HTML with the figures it will show, so statuses are on screen before any script has run. The
// browser then takes the page over (hydrates it) from the same figures, carried in the page, and
// checks the files again as usual.

export interface Prerendered {
  /** The overview's markup, for inside #root. */
  html: string;
  /** What the markup was drawn from: the figures, and the day statuses were judged on. */
  state: PrerenderedState;
}

export interface PrerenderedState {
  /** The address drawn, e.g. "/wyh": the browser takes the page over only at this address. */
  path: string;
  today: string;
  queries: DehydratedState;
}

export async function renderOverview({
  source,
  frameworkId,
  today,
  settings,
}: {
  source: DataSource;
  frameworkId: string;
  today: Date;
  settings: { demoData: boolean; homeFrameworkId: string; accessibilityContact?: string };
}): Promise<Prerendered> {
  const queryClient = createQueryClient();
  const framework = await queryClient.fetchQuery(frameworkQuery(source, frameworkId));
  const place = totalPlace(framework);
  // Only the figures the overview shows: each headline indicator for the whole partnership. A
  // series that cannot be read does not fail the build: its card is drawn still loading, as the
  // browser first draws it, and the browser then fetches it and says what is wrong.
  await Promise.all(headlineIndicators(framework).measured.map((h) => queryClient.prefetchQuery(seriesQuery(source, frameworkId, h.indicator.id, place.id))));
  const path = `/${frameworkId}`;
  const html = renderToString(
    <Providers queryClient={queryClient} source={source} today={today}>
      <StaticRouter location={path}>
        <AppRoutes frameworkId={settings.homeFrameworkId} demoData={settings.demoData} accessibilityContact={settings.accessibilityContact} />
      </StaticRouter>
    </Providers>,
  );
  return { html, state: { path, today: today.toISOString(), queries: dehydrate(queryClient) } };
}

/** The state as a JSON data block: never run as script (the page's policy allows none inline), and safe inside HTML. */
export function stateScript(state: PrerenderedState): string {
  const json = JSON.stringify(state).replace(/</g, '\\u003c');
  return `<script type="application/json" id="prerendered-state">${json}</script>`;
}
