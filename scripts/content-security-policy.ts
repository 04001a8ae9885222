// The built app's Content-Security-Policy: scripts only from the app's own origin (no inline
// script, no eval), nothing framed, no plugins; the API's origin allowed for data when it is
// elsewhere. Written into index.html at build time (a <meta>), so any static host serves it;
// a host that can send headers should send the same policy as a header too, adding
// frame-ancestors 'none' (which a <meta> cannot carry).

export function contentSecurityPolicy(apiBaseUrl = '/api'): string {
  const apiOrigin = /^https?:\/\//.test(apiBaseUrl) ? new URL(apiBaseUrl).origin : undefined;
  return [
    "default-src 'self'",
    "script-src 'self'",
    // React sets chart sizes through element.style (CSSOM), which CSP allows; no inline <style>.
    "style-src 'self'",
    // The chart PNG is drawn from a blob: SVG.
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${apiOrigin ? ` ${apiOrigin}` : ''}`,
    // The mock API's service worker, in demonstration builds.
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}
