import { dehydrate, type QueryClient } from '@tanstack/react-query';
import { renderToString } from 'react-dom/server';
import { StaticRouter } from 'react-router';
import { frameworkQuery } from '../api/get-framework';
import { seriesQuery } from '../api/get-series';
import { AppRoutes } from '../app/App';
import { Providers } from '../app/providers';
import { createQueryClient } from '../app/query-client';
import { ambitionRouteCode } from '../app/route-code';
import type { DataSource } from '../data-source/data-source';
import type { PrerenderedState } from './prerendered-state';
import { figuresPagePath, indicatorsShown, type FiguresPage } from '../app/page-address';
import type { Framework } from '../domain/types';
import { totalPlace } from '../hooks/use-place-param';

// Run at build time (scripts/prerender.mjs), in Node, for a deployment whose figures are files
// published with the app (the static source): each partnership's overview and each ambition's page
// are drawn into their HTML with the figures they will show, so statuses and charts are on screen
// before any script has run. The browser then takes the page over (hydrates it) from the same
// figures, carried in the page, and checks the files again as usual.

export interface Prerendered {
  /** The page's markup, for inside #root. */
  html: string;
  /** What the markup was drawn from: the figures, and the day statuses were judged on. */
  state: PrerenderedState;
}

export interface PageSettings {
  source: DataSource;
  /** The partnership, read once for all its pages (`partnershipToDraw`). */
  framework: Framework;
  today: Date;
  settings: { demoData: boolean; homeFrameworkId: string; accessibilityContact?: string };
}

/** The partnership whose pages are to be drawn; a partnership that cannot be read fails here, before any page. */
export function partnershipToDraw(source: DataSource, frameworkId: string): Promise<Framework> {
  return source.getFramework(frameworkId);
}

/** The overview, with each headline indicator's figures for the whole partnership. */
export function renderOverview(settings: PageSettings): Promise<Prerendered> {
  return renderAt({ kind: 'overview', frameworkId: settings.framework.id }, settings);
}

/** One ambition's page, with every indicator's figures for the whole partnership; undefined for an ambition the partnership does not have. */
export async function renderAmbition(settings: PageSettings, ambitionNumber: number): Promise<Prerendered | undefined> {
  if (!settings.framework.ambitions.some((a) => a.number === ambitionNumber)) return undefined;
  // Its code is in hand before drawing: a page still waiting for code would be drawn "Loading…".
  await ambitionRouteCode(settings.source).preload();
  return renderAt({ kind: 'ambition', frameworkId: settings.framework.id, ambitionNumber: String(ambitionNumber) }, settings);
}

async function renderAt(page: FiguresPage, { source, framework, today, settings }: PageSettings): Promise<Prerendered> {
  const path = figuresPagePath(page);
  const queryClient: QueryClient = createQueryClient();
  queryClient.setQueryData(frameworkQuery(source, framework.id).queryKey, framework);
  const place = totalPlace(framework);
  // Only the figures the page shows. A series that cannot be read does not fail the build: its
  // figures are drawn still loading, as the browser first draws them, and the browser then
  // fetches them and says what is wrong.
  await Promise.all(indicatorsShown(framework, page).map((indicator) => queryClient.prefetchQuery(seriesQuery(source, framework.id, indicator.id, place.id))));
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
