import { noteReply } from '../lib/kept-copy';
import { takeStartedReply } from '../lib/started-replies';
import type { z } from 'zod/mini';
import { DataSourceError, invalidPayload } from './data-source-error';

export type HeadersProvider = Record<string, string> | (() => Record<string, string>);

export interface JsonRequestOptions {
  fetch?: typeof fetch;
  /** Sent with every request: fixed, or read at the time of each request (e.g. a sign-in token). */
  headers?: HeadersProvider;
  /** Send the browser's cookies for the API's origin, for a deployment that signs in with a session. */
  withCredentials?: boolean;
}

/**
 * GET or PUT a JSON resource and validate the reply: every way it can fail becomes a typed
 * DataSourceError with words a person can act on. Shared by the REST and static-file sources.
 */
export function createJsonRequester(options: JsonRequestOptions) {
  const doFetch = options.fetch ?? ((...args: Parameters<typeof fetch>) => fetch(...args));
  const headersNow = () => (typeof options.headers === 'function' ? options.headers() : (options.headers ?? {}));

  /**
   * `afterNoContent`: what a save answered with 204 (saved, no body) returns instead, usually the
   * record read back.
   */
  return async function request<T>(
    href: string,
    schema: z.ZodMiniType<T>,
    what: string,
    body?: unknown,
    conflictOf: 'series' | 'indicator' | 'framework' = 'series',
    afterNoContent?: () => Promise<T>,
  ): Promise<T> {
    // Relative to the page so "/api" works in the browser and under jsdom alike.
    const url = new URL(href, globalThis.location?.href ?? 'http://localhost/');
    const headers: Record<string, string> = { Accept: 'application/json', ...headersNow() };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    const failed = body === undefined ? 'could not be fetched' : 'could not be saved';
    let response: Response;
    try {
      // The page's first view may already be on its way, sent by the starter with the HTML.
      const started = body === undefined ? takeStartedReply(url.href) : undefined;
      response = await (started ??
        doFetch(url, {
          method: body === undefined ? 'GET' : 'PUT',
          headers,
          body: body === undefined ? undefined : JSON.stringify(body),
          ...(options.withCredentials ? { credentials: 'include' as const } : {}),
          // A save is never followed to wherever a redirect points: a sign-on proxy's redirect would
          // carry the figures to its own page, which answers 404 or 405 ("not accepted").
          ...(body === undefined ? {} : { redirect: 'manual' as const }),
        }));
    } catch {
      throw new DataSourceError('network', `${what} ${failed}: the connection failed. Check you are online and try again.`, { what });
    }
    const kept = body === undefined ? '' : ' Your change is kept here and will be sent once you have signed in.';
    // A save answered by a redirect (a browser shows it as an opaque redirect, status 0): a
    // single sign-on in front of the API sending the person to sign in again.
    if (body !== undefined && (response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400))) {
      throw new DataSourceError('sign-in-needed', `${what} ${failed}: the server sent it to a sign-in page; your sign-in has probably expired. Sign in again.${kept}`, {
        status: response.status,
        what,
      });
    }
    if (response.status === 401 || response.status === 403) {
      // Retryable: once the person signs in again, the same request succeeds.
      throw new DataSourceError('sign-in-needed', `${what} ${failed}: the server needs you to sign in again (it answered ${response.status}).${kept}`, {
        status: response.status,
        what,
      });
    }
    // An expired sign-in in front of the API often answers a save with its own sign-in page (200
    // text/html), or redirects to one: the save never reached the API. (A page read that gets a
    // web page is more often a wrong address, and is reported as not JSON below.)
    if (response.ok && (body !== undefined || response.redirected) && /text\/html/i.test(response.headers.get('Content-Type') ?? '')) {
      throw new DataSourceError(
        'sign-in-needed',
        `${what} ${failed}: the server answered with a web page${response.redirected ? ' it redirected to' : ''}, not the figures; your sign-in has probably expired. Sign in again.${kept}`,
        {
          status: response.status,
          what,
        },
      );
    }
    if (body === undefined && response.ok) noteReply(String(url), response);
    if (response.status === 204 && afterNoContent) return afterNoContent();
    if (response.status === 404) {
      throw new DataSourceError('not-found', `${what} could not be found.`, { status: 404, what });
    }
    if (response.status === 409) {
      const reply: unknown = await response.json().catch(() => undefined);
      // Read with the conflict's own schemas, loaded only then: a save that meets no conflict,
      // and every read, costs the first view nothing of them.
      const { conflictError } = await import('./conflict-reply');
      throw conflictError(reply, what, conflictOf);
    }
    if (response.status === 400 || response.status === 422) {
      const reply: unknown = await response.json().catch(() => undefined);
      const reason = typeof reply === 'object' && reply && 'error' in reply && typeof reply.error === 'string' ? reply.error.slice(0, 500) : 'it was not valid';
      throw new DataSourceError('rejected', `${what} were not saved: ${reason}.`, { status: response.status, what });
    }
    if (response.status === 502 || response.status === 503 || response.status === 504) {
      throw new DataSourceError(
        'server',
        `${what} ${failed}: the server is not available just now (it may be restarting).${body === undefined ? ' Try again in a minute.' : ' Your change is kept here and will be sent again by itself.'}`,
        {
          status: response.status,
          what,
        },
      );
    }
    if (!response.ok) {
      throw new DataSourceError('server', `${what} ${failed}: the server answered ${response.status}.`, {
        status: response.status,
        what,
      });
    }
    let reply: unknown;
    try {
      reply = await response.json();
    } catch {
      throw new DataSourceError('invalid-payload', `${what} could not be read: the server did not send JSON.`, { what });
    }
    const parsed = schema.safeParse(reply);
    if (!parsed.success) throw invalidPayload(what, parsed.error);
    return parsed.data;
  };
}
