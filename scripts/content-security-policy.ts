// The built app's Content-Security-Policy: scripts only from the app's own origin and the page's
// starter by its hash (no other inline script, no eval), nothing framed, no plugins; the configured data origins (REST API, static
// files, CouchDB, the Fingertips API) allowed for data when they are elsewhere. Written into index.html at build time (a <meta>), so any static host serves it;
// a host that can send headers should send the same policy as a header too, adding
// frame-ancestors 'none' (which a <meta> cannot carry).

/** The origins the app fetches data from, where they are not its own: the REST API, the static files, CouchDB, Fingertips. */
export function dataOrigins(urls: (string | undefined)[]): string[] {
  const origins = urls.filter((u): u is string => Boolean(u && /^https?:\/\//.test(u))).map((u) => new URL(u).origin);
  return [...new Set(origins)];
}

/**
 * `scriptHashes`: the inline scripts the build wrote (the page's starter, src/starter), each
 * allowed by its hash alone, as 'sha256-…'; no other inline script runs.
 */
export function contentSecurityPolicy(dataUrls: (string | undefined)[] = [], scriptHashes: string[] = []): string {
  const origins = dataOrigins(dataUrls);
  return [
    "default-src 'self'",
    `script-src ${["'self'", ...scriptHashes.map((h) => `'${h}'`)].join(' ')}`,
    // React sets chart sizes through element.style (CSSOM), which CSP allows; no inline <style>.
    "style-src 'self'",
    // The chart PNG is drawn from a blob: SVG.
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src ${["'self'", ...origins].join(' ')}`,
    // The mock API's service worker, in demonstration builds.
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}
