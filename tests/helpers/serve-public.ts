import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';

/** A fetch that serves public/ as a static host would, so the static source reads the real published files. */
export const servePublic = (async (input: URL | RequestInfo) => {
  const url = new URL(String(input instanceof Request ? input.url : input));
  try {
    const body = await readFile(resolve(__dirname, '../../public', `.${decodeURIComponent(url.pathname)}`), 'utf8');
    return new Response(body, { headers: { 'Content-Type': 'application/json' } });
  } catch {
    return new Response('Not found', { status: 404 });
  }
}) as typeof fetch;
