import { headlineIndicators } from '../domain/status/headline-indicators';
import { isPartnershipAddress } from '../domain/rules/setup-rules';
import type { Framework, Indicator } from '../domain/types';

/** The pages whose figures are known from the address alone: a partnership's overview and an ambition's page. */
export type FiguresPage = { kind: 'overview'; frameworkId: string } | { kind: 'ambition'; frameworkId: string; ambitionNumber: string };

/** An address's path below the app's base ("/dash/wyh/" under "/dash/" is "/wyh"), without a closing slash. */
export function pathBelowBase(pathname: string, baseUrl: string): string {
  const base = baseUrl.replace(/\/$/, '');
  const path = pathname.startsWith(`${base}/`) ? pathname.slice(base.length) : pathname;
  return path.replace(/\/$/, '');
}

/** Which page of figures an address opens, if any (read by the first view's early start and by the pages drawn at build time). */
export function figuresPageAt(pathname: string, baseUrl = '/'): FiguresPage | undefined {
  const [frameworkId = '', section, ambitionNumber, ...rest] = pathBelowBase(pathname, baseUrl).split('/').slice(1);
  // /new and the like are the app's own pages: no partnership to fetch.
  if (!isPartnershipAddress(frameworkId)) return undefined;
  if (section === undefined) return { kind: 'overview', frameworkId };
  if (section === 'ambitions' && ambitionNumber && rest.length === 0) return { kind: 'ambition', frameworkId, ambitionNumber };
  return undefined;
}

/** The address of a page of figures below the app's base: what figuresPageAt reads back. */
export function figuresPagePath(page: FiguresPage): string {
  return page.kind === 'overview' ? `/${page.frameworkId}` : `/${page.frameworkId}/ambitions/${page.ambitionNumber}`;
}

/** The indicators whose figures a page shows: each ambition's headline one on the overview, every one of an ambition on its page. */
export function indicatorsShown(framework: Framework, page: FiguresPage): readonly Indicator[] {
  if (page.kind === 'overview') return headlineIndicators(framework).measured.map((m) => m.indicator);
  return framework.ambitions.find((a) => String(a.number) === page.ambitionNumber)?.indicators ?? [];
}
