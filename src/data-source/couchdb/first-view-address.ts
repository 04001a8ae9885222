// The address of a page's first view in the CouchDB store: the design document's first-view
// view (scripts/couchdb/design-doc.mjs), asked for the partnership's definition and the figures of
// one place (the whole partnership when none is named). Built here only: the page's starter in
// index.html (src/starter) sends this very request while the app's code downloads, and the app
// takes its reply (src/lib/started-replies.ts) when it asks for the same address.

export const DESIGN_DOC_PATH = '_design/ambitions-dashboard';

/** The keys a page asks the view for; '' is the whole partnership. */
export function firstViewKeys(frameworkId: string, placeId: string | undefined): [string, string, string?][] {
  return [
    [frameworkId, 'definition'],
    [frameworkId, 'place', placeId ?? ''],
  ];
}

/** The path below the server, e.g. /ambitions/_design/ambitions-dashboard/_view/first-view?…; GET, so the service worker can keep its reply. */
export function firstViewPath(database: string, frameworkId: string, placeId: string | undefined): string {
  return `/${encodeURIComponent(database)}/${DESIGN_DOC_PATH}/_view/first-view?include_docs=true&keys=${encodeURIComponent(JSON.stringify(firstViewKeys(frameworkId, placeId)))}`;
}
