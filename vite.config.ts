/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig, loadEnv, type HtmlTagDescriptor, type Plugin, type PluginOption, type Rolldown } from 'vite';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { createHash } from 'node:crypto';
import { getResponse } from 'msw';
import { handlers } from './mocks/handlers';
import { contentSecurityPolicy } from './scripts/content-security-policy';
import { LongestFirstSequencer } from './tests/longest-first-sequencer';

/**
 * With MOCK_API_SERVER=true, `vite preview` answers /api from the same MSW handlers as the dev
 * worker and the tests, on the server side. Lighthouse then measures the production build (no
 * mock code in the page) against the mock API, as it would a real deployment.
 */
function mockApiOnPreviewServer(): Plugin {
  return {
    name: 'mock-api-preview-server',
    configurePreviewServer(server) {
      if (process.env.MOCK_API_SERVER !== 'true') return;
      // Compressed, as any real host serves them: Lighthouse counts the bytes on the wire.
      const outDir = server.config.build.outDir;
      const zipped = new Map<string, Buffer>();
      const TYPES: Record<string, string> = { '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.json': 'application/json' };
      server.middlewares.use((req, res, next) => {
        const path = req.url?.split('?')[0] ?? '';
        const type = TYPES[extname(path)];
        if (req.method !== 'GET' || !type || !/\bgzip\b/.test(String(req.headers['accept-encoding'])) || !existsSync(join(outDir, path))) return next();
        if (!zipped.has(path)) zipped.set(path, gzipSync(readFileSync(join(outDir, path))));
        res.setHeader('Content-Type', type);
        res.setHeader('Content-Encoding', 'gzip');
        res.setHeader('Vary', 'Accept-Encoding');
        if (path.startsWith('/assets/')) res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
        res.end(zipped.get(path));
      });
      server.middlewares.use((req, res, next) => {
        if (!req.url?.startsWith('/api/')) return next();
        const chunks: Buffer[] = [];
        req.on('data', (c: Buffer) => chunks.push(c));
        req.on('end', () => {
          const body = chunks.length ? Buffer.concat(chunks) : undefined;
          const request = new Request(`http://localhost${req.url}`, { method: req.method, headers: { 'content-type': req.headers['content-type'] ?? 'application/json' }, body });
          getResponse(handlers, request, { baseUrl: 'http://localhost' })
            .then(async (response) => {
              if (!response) return next();
              res.statusCode = response.status;
              response.headers.forEach((value, key) => res.setHeader(key, value));
              res.end(Buffer.from(await response.arrayBuffer()));
            })
            .catch(next);
        });
      });
    },
  };
}

/** Puts the Content-Security-Policy into the built index.html (not in dev, whose tooling uses inline script). */
function contentSecurityPolicyMeta(dataUrls: (string | undefined)[], scriptHashes: () => string[]): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    // After the page starter (listed before it, also 'post'), whose hashes it carries.
    transformIndexHtml: {
      order: 'post',
      handler: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy(dataUrls, scriptHashes()) }, injectTo: 'head-prepend' }],
    },
  };
}

/**
 * The page's starter (src/starter), bundled on its own into two inline scripts, so it runs as the
 * HTML is parsed, while the app's code downloads: at the top of the head (before the stylesheets,
 * which a later script would wait for) it sends the CouchDB first view's one request; in the body,
 * after the app's root, it shows the copy of the page kept at the last visit (the REST and CouchDB
 * sources). Their hashes go into the Content-Security-Policy. Not for static files (their pages
 * are drawn at build time) nor with the mock API in the page. For the CouchDB source, the source's
 * own code is preloaded too: the app loads it as soon as it starts.
 */
/** A lazily loaded module's chunk and every chunk it imports (not the entry's, loaded already), and their stylesheets, as addresses. */
function codeOf(chunks: Rolldown.OutputChunk[], module: string, base: string): { js: string[]; css: string[] } {
  const byFile = new Map(chunks.map((c) => [c.fileName, c]));
  const start = chunks.find((c) => c.facadeModuleId?.endsWith(module));
  const seen = new Set<string>();
  const visit = (chunk: Rolldown.OutputChunk | undefined) => {
    if (!chunk || chunk.isEntry || seen.has(chunk.fileName)) return;
    seen.add(chunk.fileName);
    for (const file of chunk.imports) visit(byFile.get(file));
  };
  visit(start);
  const css = [...seen].flatMap((file) => [...(byFile.get(file)?.viteMetadata?.importedCss ?? [])]);
  return { js: [...seen].map((f) => `${base}${f}`), css: [...new Set(css)].map((f) => `${base}${f}`) };
}

function pageStarter(env: Record<string, string>) {
  const source = env.VITE_DATA_SOURCE ?? 'http';
  const enabled = env.VITE_ENABLE_MOCKS !== 'true' && (source === 'http' || source === 'couchdb');
  const scripts: { head: string; body: string } = { head: '', body: '' };
  let base = '/';
  const bundle = async (entry: string, config: object) => {
    const { build } = await import('vite');
    const result = await build({
      configFile: false,
      logLevel: 'silent',
      define: { STARTER_CONFIG: JSON.stringify(config) },
      build: {
        write: false,
        target: 'es2020',
        minify: true,
        lib: { entry: resolve(import.meta.dirname, entry), formats: ['iife'], name: 'ambitionsStarter', fileName: () => 'starter.js' },
      },
    });
    const outputs = Array.isArray(result) ? result : [result];
    const chunk = outputs.flatMap((o) => ('output' in o ? o.output : [])).find((c) => c.type === 'chunk');
    if (!chunk || chunk.type !== 'chunk') throw new Error(`The page starter (${entry}) did not build`);
    return chunk.code.trim();
  };
  const plugin: Plugin = {
    name: 'page-starter',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler: async (html, context) => {
        if (!enabled || !context.bundle) return html;
        const chunks = Object.values(context.bundle).filter((c): c is Rolldown.OutputChunk => c.type === 'chunk');
        const config = {
          baseUrl: base,
          pageCopies: true,
          ambitionPageCode: codeOf(chunks, 'src/app/AmbitionRoute.tsx', base),
          ...(source === 'couchdb' ? { couchdb: { url: env.VITE_COUCHDB_URL ?? '/couch', database: env.VITE_COUCHDB_DATABASE ?? 'ambitions' } } : {}),
          // A token is held by the app alone: with one, the app sends its first request itself.
          ...(source === 'http' && env.VITE_API_AUTH !== 'bearer'
            ? { rest: { baseUrl: env.VITE_API_BASE_URL ?? '/api', withCredentials: env.VITE_API_AUTH === 'session-cookie' } }
            : {}),
        };
        scripts.head = await bundle('src/starter/starter-in-head.ts', config);
        scripts.body = await bundle('src/starter/starter-in-body.ts', config);
        const tags: HtmlTagDescriptor[] = [{ tag: 'script', children: scripts.body, injectTo: 'body' }];
        // The CouchDB source's code and what it imports: loaded by the app's first line of work.
        if (source === 'couchdb') {
          const { js } = codeOf(chunks, 'src/data-source/couchdb/couchdb-data-source.ts', base);
          for (const href of js) tags.push({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: '', href }, injectTo: 'head' });
        }
        // After the title (the charset must come in the first 1,024 bytes) and before the
        // stylesheets and the app's script.
        if (!html.includes('</title>')) throw new Error('index.html has no title for the page starter to follow');
        // The app's code is preloaded in the head and started by the starter (after a kept copy's
        // first paint, where one is shown), marked data-app for it.
        const app = /<script type="module" crossorigin src="([^"]+)"><\/script>/;
        if (!app.test(html)) throw new Error('index.html has no module script for the page starter to start');
        const withStarter = html
          .replace(app, (_, src: string) => `<link rel="modulepreload" crossorigin href="${src}" data-app>`)
          .replace('</title>', () => `</title>\n    <script>${scripts.head}</script>`);
        return { html: withStarter, tags };
      },
    },
  };
  return { plugin, hashes: () => [scripts.head, scripts.body].filter(Boolean).map((script) => `sha256-${createHash('sha256').update(script).digest('base64')}`) };
}

/**
 * Reading with no connection, and repeat visits that do not wait: a service worker (Workbox, by
 * vite-plugin-pwa) keeps the app's files, and a copy of every page and figure read, fetched from
 * the network first and from the copy only when the network fails or is slow; the app then says
 * when the copy was fetched (src/lib/kept-copy.ts). Not in the demonstration build, whose mock API
 * is itself a service worker (one worker per scope), nor in the dev server. Registered by main.tsx.
 */
/**
 * A reply goes into the kept copy only once the whole of it has arrived. Chromium lets go of the
 * copy kept before as it starts writing the new one, so a connection lost half way through a
 * download (a train going into a cutting) left no copy of those figures at all: a board member
 * then read "could not be fetched" where a moment before they had figures (found by the offline
 * browser test, one run in five). Written into the service worker as it is: it may use nothing
 * from outside itself.
 */
const keepWholeReplies = {
  cacheWillUpdate: async ({ response }: { response: Response }) =>
    response.status === 200 ? new Response(await response.blob(), { status: response.status, statusText: response.statusText, headers: response.headers }) : null,
};

function offlineReading(command: string, env: Record<string, string>): PluginOption {
  if (command !== 'build' || env.VITE_ENABLE_MOCKS === 'true') return undefined;
  const appShell = env.VITE_DATA_SOURCE !== 'static';
  return VitePWA({
    injectRegister: null,
    registerType: 'autoUpdate',
    filename: 'sw.js',
    manifest: {
      name: 'Ambitions dashboard',
      short_name: 'Ambitions',
      description: 'A health and care partnership’s big ambitions against their baselines and targets.',
      start_url: '.',
      display: 'standalone',
      theme_color: '#005eb8',
      background_color: '#f0f4f5',
      icons: [{ src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
    },
    workbox: {
      // The app's own files; the figures and pages are kept as they are read (below), not all at once.
      globPatterns: ['assets/**/*.{js,css}', 'index.html', 'after-first-paint.js', '*.{svg,png,ico}'],
      // Where every page is index.html with the figures read at run time (REST, CouchDB), a page
      // is the app shell kept with the app's files: a repeat visit starts at once, with no round
      // trip, and shows the page's kept copy (src/starter) while fresh figures come. A new build's
      // shell arrives with its files, together. Static files' pages are drawn at build time, with
      // their figures: those are fetched from the network first, as figures are.
      navigateFallback: appShell ? 'index.html' : null,
      navigateFallbackDenylist: [/^\/(api|couch|data|assets)\//],
      cleanupOutdatedCaches: true,
      runtimeCaching: [
        ...(appShell
          ? []
          : [
              {
                urlPattern: ({ request }: { request: Request }) => request.mode === 'navigate',
                handler: 'NetworkFirst' as const,
                options: { cacheName: 'pages', networkTimeoutSeconds: 4, precacheFallback: { fallbackURL: 'index.html' } },
              },
            ]),
        {
          // Figures and definitions: the REST API, the static files, the partnership's database;
          // never CouchDB's live feed, its session, or anything that is not a read.
          urlPattern: ({ url, request, sameOrigin }) =>
            sameOrigin && request.method === 'GET' && /\/(api|data)\/|\/couch\/[a-z][^/]*\//.test(url.pathname) && !/\/_(changes|session)\b/.test(url.pathname),
          handler: 'NetworkFirst',
          options: { cacheName: 'figures', networkTimeoutSeconds: 4, cacheableResponse: { statuses: [200] }, plugins: [keepWholeReplies] },
        },
      ],
    },
  });
}

/**
 * With COUCH_PROXY_TARGET set (npm run dev:couch, the CouchDB browser tests), /couch on the app's
 * own origin is passed to the database, as the production reverse proxy does
 * (docs/hosting/nginx-couchdb.conf): only the partnerships' database, sign-in and a person's own
 * account, with the headers that keep a stored document from running as a page. The session
 * cookie then belongs to the app's origin and no CORS is needed.
 */
function couchProxy() {
  const target = process.env.COUCH_PROXY_TARGET;
  if (!target) return undefined;
  const database = (process.env.VITE_COUCHDB_DATABASE ?? 'ambitions').replace(/[^a-z0-9_$()+/-]/g, '');
  const served = new RegExp(`^/couch/(_session|_users/org\\.couchdb\\.user(:|%3A)[^/]+|${database}(/.*)?)$`);
  return {
    '/couch': {
      target,
      changeOrigin: true,
      rewrite: (path: string) => path.replace(/^\/couch/, ''),
      // Anything else of the server's: 404, as nginx answers.
      bypass: (req: { url?: string; method?: string }) => {
        const path = (req.url ?? '').split('?')[0]!;
        const accountWrite = path.startsWith('/couch/_users/') && req.method !== 'GET';
        return served.test(path) && !accountWrite ? undefined : false;
      },
      configure: (proxy: { on: (event: 'proxyRes', listener: (reply: { headers: Record<string, unknown> }) => void) => void }) => {
        proxy.on('proxyRes', (reply) => {
          reply.headers['content-security-policy'] = 'sandbox';
          reply.headers['x-content-type-options'] = 'nosniff';
        });
      },
    },
  };
}

/**
 * A copy of index.html as 404.html: a static host with no rewrite rules at all (GitHub Pages,
 * plain object storage) answers an unknown path with it, so a deep link still opens the app.
 * Hosts that can rewrite use the configurations in docs/hosting and public/.
 */
function notFoundPageIsTheApp(): Plugin {
  return {
    name: 'not-found-page-is-the-app',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const index = bundle['index.html'];
      if (index?.type === 'asset') this.emitFile({ type: 'asset', fileName: '404.html', source: index.source });
    },
  };
}

/**
 * For the static source (figures published as files with the app), each partnership's overview and
 * ambitions' pages are drawn into the build with their figures (scripts/prerender.mjs), so statuses
 * and charts show before any script runs. Other sources read their figures at run time, so there is
 * nothing to draw ahead.
 */
function prerenderPages(env: Record<string, string>): Plugin {
  let outDir = 'dist';
  let ssr = false;
  return {
    name: 'prerender-pages',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
      ssr = Boolean(config.build.ssr);
    },
    async closeBundle() {
      if (ssr || env.VITE_DATA_SOURCE !== 'static') return;
      // @ts-expect-error a plain ES module of the build scripts, without types
      const { prerenderPages: draw } = await import('./scripts/prerender.mjs');
      await draw({ outDir });
    },
  };
}

/** Tests against the local CouchDB-compatible server (tests/helpers/couchdb.ts says so when one is missing here). */
const DATABASE_TESTS = [
  'src/data-source/data-source.contract.test.ts',
  'src/data-source/couchdb/couchdb-data-source.test.ts',
  'src/data-source/couchdb/first-view.test.ts',
  'src/data-source/couchdb/couchdb-setup.test.ts',
  'tests/couchdb/**/*.test.ts',
];
const COMPONENT_TESTS = ['src/**/*.test.{ts,tsx}', 'mocks/**/*.test.{ts,tsx}', 'tests/**/*.test.{ts,tsx}'];
const NOT_COMPONENT_TESTS = ['tests/e2e/**', 'node_modules/**', 'src/domain/**'];

/** Component and integration tests: jsdom, the app's test set-up (tests/setup.ts). */
const componentTests = {
  environment: 'jsdom',
  // Two at once on a 2-core machine: these files spend much of their time waiting (the mock API,
  // the local database, user-event), and two roughly halve the wall-clock time.
  maxWorkers: 2,
  // One jsdom and one module graph per worker, not per file: building them for each of ~90 files
  // was two thirds of this project's CPU time (356 s of CPU against 122 s). What a test leaves
  // behind (the DOM, storage, the mock API's handlers and data, the stores, the outbox) is reset
  // after every test by tests/setup.ts.
  isolate: false,
  globals: true,
  setupFiles: ['./tests/setup.ts'],
  // A hang detector, not a speed judge: whole-page tests type as a person would, and `npm test`
  // runs them beside the browser tests, so on a busy 2-core machine one can take many seconds.
  testTimeout: 120_000,
};

/** Real-browser tests: Node drives Debian's Chromium against a build served on loopback. */
const browserTests = {
  environment: 'node',
  globals: true,
  // Three files at once: each has its own browser and its own pages (and the demo's mock API keeps
  // its data in each page's own storage), so they share nothing but servers that only read. A
  // browser test waits on its pages for about half its time.
  maxWorkers: 3,
  // A hang detector, not a speed judge: the type check, lint and budgets run beside these
  // tests, and a page with three axe scans took 24 s on a quiet machine.
  testTimeout: 90_000,
  hookTimeout: 120_000,
};

export default defineConfig(({ command, mode }) => {
  // .env files, then the environment itself, which wins.
  const fromProcess = Object.fromEntries(Object.entries(process.env).filter(([k, v]) => k.startsWith('VITE_') && v !== undefined)) as Record<string, string>;
  const env = { ...loadEnv(mode, process.cwd(), 'VITE_'), ...fromProcess };
  const starter = pageStarter(env);
  return {
    plugins: [
      react(),
      mockApiOnPreviewServer(),
      starter.plugin,
      contentSecurityPolicyMeta(
        [env.VITE_API_BASE_URL, env.VITE_STATIC_BASE_URL, env.VITE_COUCHDB_URL, env.VITE_FINGERTIPS_API_URL ?? 'https://fingertips.phe.org.uk'],
        starter.hashes,
      ),
      notFoundPageIsTheApp(),
      prerenderPages(env),
      offlineReading(command, env),
    ],
    resolve: {
      // react-router's package exports always point at its development build, which runs its
      // developer warnings in production too (remix-run/react-router#14102, open). A build takes the
      // production files it also ships: the same code, without the checks.
      alias: command === 'build' ? [{ find: /^react-router$/, replacement: resolve(import.meta.dirname, 'node_modules/react-router/dist/production/index.mjs') }] : [],
    },
    server: { proxy: couchProxy() },
    preview: { proxy: couchProxy() },
    build: {
      // The budget is measured on gzip bytes by scripts/bench.mjs; this only silences the raw-size hint
      // for the lazily loaded chart chunk.
      chunkSizeWarningLimit: 600,
      // Which stylesheets each page's code brings, for the pages drawn at build time (scripts/prerender.mjs).
      manifest: env.VITE_DATA_SOURCE === 'static',
      rolldownOptions: {
        output: {
          // Everything the first view needs statically, in one chunk. Left to itself Rolldown split
          // modules shared by the entry and the lazy pages into nine small chunks of their own
          // (rolldown/rolldown#10731), each one more request before the statuses show.
          codeSplitting: { groups: [{ name: 'first-view', tags: ['$initial'] }] },
        },
      },
    },
    test: {
      sequence: { sequencer: LongestFirstSequencer },
      projects: [
        {
          extends: true,
          test: {
            // Pure domain logic needs no DOM and none of the app's test set-up: in Node, each file
            // starts in a fraction of the time a jsdom file does.
            name: 'domain',
            environment: 'node',
            globals: true,
            include: ['src/domain/**/*.test.ts'],
            maxWorkers: 2,
            // Pure functions: one module graph per worker, not per file (15 s of CPU against 5.5).
            isolate: false,
          },
        },
        { extends: true, test: { ...componentTests, name: 'unit', include: COMPONENT_TESTS, exclude: [...NOT_COMPONENT_TESTS, ...DATABASE_TESTS] } },
        {
          extends: true,
          // The tests against a real database: their own project, so the local CouchDB-compatible
          // server (tests/couchdb/global-setup.ts) starts only in a run that includes one of them.
          test: { ...componentTests, name: 'couchdb', include: DATABASE_TESTS, globalSetup: ['./tests/couchdb/global-setup.ts'] },
        },
        // The CouchDB browser tests start their database and its build's server themselves
        // (tests/e2e/couch-app.ts), beside the other files rather than before them all.
        { extends: true, test: { ...browserTests, name: 'e2e', include: ['tests/e2e/**/*.e2e.ts'], globalSetup: ['./tests/e2e/global-setup.ts'] } },
      ],
    },
  };
});
