import { noteReply } from '../../lib/kept-copy';
import { takeStartedReply } from '../../lib/started-replies';
import { DataSourceError } from '../data-source-error';

// CouchDB's HTTP API, as this app uses it: JSON in and out, the browser's session cookie sent with
// every request, and every failure turned into a DataSourceError a person can act on.

export interface CouchHttpOptions {
  /** The server: absolute, or relative to the page behind a same-origin proxy ("/couch"). */
  url: string;
  fetch?: typeof fetch;
}

export interface CouchReply<T> {
  status: number;
  body: T;
}

/** CouchDB's own error body: {"error": "forbidden", "reason": "…"}. */
interface CouchErrorBody {
  error?: string;
  reason?: string;
}

const reasonOf = (body: unknown): string | undefined => {
  const reason = (body as CouchErrorBody | undefined)?.reason;
  return typeof reason === 'string' ? reason.slice(0, 500) : undefined;
};

export function createCouchHttp(options: CouchHttpOptions) {
  const base = options.url.replace(/\/+$/, '');
  const doFetch = options.fetch ?? ((...args: Parameters<typeof fetch>) => fetch(...args));
  /** Every request on its way, so a sign-out can stop them (see endSession). */
  const inFlight = new Set<AbortController>();
  /** Set while signing out: requests wait for it, so none goes out with the old cookie. */
  let signingOut: Promise<unknown> | undefined;

  /**
   * One request. Statuses listed in `expected` come back to the caller (a 404 that means "none
   * yet", a 409 that means "someone saved first"); every other failure is thrown, typed.
   */
  async function request<T>(
    method: string,
    path: string,
    what: string,
    init: { body?: unknown; expected?: number[]; signal?: AbortSignal; duringSignOut?: boolean } = {},
  ): Promise<CouchReply<T>> {
    if (signingOut && !init.duringSignOut) await signingOut.catch(() => undefined);
    const url = new URL(`${base}${path}`, globalThis.location?.href ?? 'http://localhost/');
    const writing = method !== 'GET';
    const failed = writing ? 'could not be saved' : 'could not be fetched';
    const controller = new AbortController();
    const stop = () => controller.abort();
    init.signal?.addEventListener('abort', stop);
    if (init.signal?.aborted) controller.abort();
    inFlight.add(controller);
    let response: Response;
    let text: string;
    try {
      // The page's first view may already be on its way, sent by the starter with the HTML.
      const started = method === 'GET' ? takeStartedReply(url.href) : undefined;
      response = await (started ??
        doFetch(url, {
          method,
          credentials: 'include',
          headers: { Accept: 'application/json', ...(init.body === undefined ? {} : { 'Content-Type': 'application/json' }) },
          body: init.body === undefined ? undefined : JSON.stringify(init.body),
          signal: controller.signal,
          // A write is never followed to wherever a redirect points (a sign-on proxy's page).
          ...(writing ? { redirect: 'manual' as const } : {}),
        }));
      text = await response.text().catch(() => '');
      if (!writing && response.ok) noteReply(url.href, response);
    } catch (error) {
      if (init.signal?.aborted) throw error;
      throw new DataSourceError('network', `${what} ${failed}: the connection failed. Check you are online and try again.`, { what });
    } finally {
      inFlight.delete(controller);
      init.signal?.removeEventListener('abort', stop);
    }
    if (writing && (response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400))) {
      throw new DataSourceError(
        'sign-in-needed',
        `${what} ${failed}: the server sent it to a sign-in page; your sign-in has probably expired. Sign in again; your change is kept and will be sent once you are back.`,
        {
          status: response.status,
          what,
        },
      );
    }
    let body: unknown;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      // A sign-in page or a proxy's error page in place of the database's answer.
      if (/^\s*</.test(text)) {
        throw new DataSourceError('sign-in-needed', `${what} ${failed}: the server answered with a web page, not the figures; your sign-in may have expired. Sign in again.`, {
          status: response.status,
          what,
        });
      }
      throw new DataSourceError('invalid-payload', `${what} could not be read: the server did not send JSON.`, { status: response.status, what });
    }
    if (init.expected?.includes(response.status)) return { status: response.status, body: body as T };
    if (response.status === 401) {
      throw new DataSourceError(
        'sign-in-needed',
        `${what} ${failed}: you are not signed in, or your sign-in has expired. Sign in again${writing ? '; your change is kept and will be sent once you are back' : ''}.`,
        {
          status: 401,
          what,
        },
      );
    }
    if (response.status === 403) {
      throw new DataSourceError('rejected', `${what} ${writing ? 'were not saved' : 'cannot be read'}: ${reasonOf(body) ?? 'the database refused it'}`, { status: 403, what });
    }
    if (response.status === 404) throw new DataSourceError('not-found', `${what} could not be found.`, { status: 404, what });
    if (response.status === 429)
      throw new DataSourceError('rejected', `${what}: ${reasonOf(body) ?? 'too many attempts; wait a few minutes and try again'}`, { status: 429, what });
    if (response.status === 413)
      throw new DataSourceError('rejected', `${what} ${failed}: it is larger than the database takes. Save fewer figures at once.`, { status: 413, what });
    if (response.status === 400)
      throw new DataSourceError('rejected', `${what} were not saved: ${reasonOf(body) ?? 'the database found the request malformed'}.`, { status: 400, what });
    if (response.status === 502 || response.status === 503 || response.status === 504) {
      throw new DataSourceError(
        'server',
        `${what} ${failed}: the database is not available just now (it may be restarting).${writing ? ' Your change is kept here and will be sent again by itself.' : ' Try again in a minute.'}`,
        {
          status: response.status,
          what,
        },
      );
    }
    if (!response.ok) throw new DataSourceError('server', `${what} ${failed}: the database answered ${response.status}.`, { status: response.status, what });
    return { status: response.status, body: body as T };
  }

  /**
   * Signs out with nothing else on its way. CouchDB (and the local server on every reply) sends
   * the session cookie again with its answers, so a reply that arrives after the sign-out (the
   * live feed's long poll, a save) would sign the browser back in: every request on its way is
   * stopped first, and new ones wait until the sign-out is done.
   */
  async function endSession(signOut: () => Promise<unknown>): Promise<void> {
    const done = (async () => {
      for (const controller of inFlight) controller.abort();
      await signOut();
    })();
    signingOut = done;
    try {
      await done;
    } finally {
      if (signingOut === done) signingOut = undefined;
    }
  }

  return { request, endSession, base };
}

export type CouchHttp = ReturnType<typeof createCouchHttp>;
