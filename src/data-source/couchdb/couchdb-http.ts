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

  /**
   * One request. Statuses listed in `expected` come back to the caller (a 404 that means "none
   * yet", a 409 that means "someone saved first"); every other failure is thrown, typed.
   */
  async function request<T>(method: string, path: string, what: string, init: { body?: unknown; expected?: number[]; signal?: AbortSignal } = {}): Promise<CouchReply<T>> {
    const url = new URL(`${base}${path}`, globalThis.location?.href ?? 'http://localhost/');
    const writing = method !== 'GET';
    const failed = writing ? 'could not be saved' : 'could not be fetched';
    let response: Response;
    try {
      response = await doFetch(url, {
        method,
        credentials: 'include',
        headers: { Accept: 'application/json', ...(init.body === undefined ? {} : { 'Content-Type': 'application/json' }) },
        body: init.body === undefined ? undefined : JSON.stringify(init.body),
        signal: init.signal,
      });
    } catch (error) {
      if (init.signal?.aborted) throw error;
      throw new DataSourceError('network', `${what} ${failed}: the connection failed. Check you are online and try again.`, { what });
    }
    let body: unknown;
    const text = await response.text().catch(() => '');
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
    if (response.status === 400)
      throw new DataSourceError('rejected', `${what} were not saved: ${reasonOf(body) ?? 'the database found the request malformed'}.`, { status: 400, what });
    if (!response.ok) throw new DataSourceError('server', `${what} ${failed}: the database answered ${response.status}.`, { status: response.status, what });
    return { status: response.status, body: body as T };
  }

  return { request, base };
}

export type CouchHttp = ReturnType<typeof createCouchHttp>;
