// The address of a page's first view on the REST API (docs/data-contract.md): the partnership and
// the figures of every indicator for one place (the whole partnership when none is named), in one
// reply. Built here only: the page's starter in index.html (src/starter) sends this very request
// while the app's code downloads, and the app takes its reply (src/lib/started-replies.ts).

/** Below the API's base, e.g. /frameworks/wyh/first-view?place=leeds. */
export function restFirstViewPath(frameworkId: string, placeId: string | undefined): string {
  return `/frameworks/${encodeURIComponent(frameworkId)}/first-view${placeId === undefined ? '' : `?place=${encodeURIComponent(placeId)}`}`;
}
