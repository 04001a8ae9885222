// Draws each partnership's overview and each of its ambitions' pages into the build at build time,
// for a deployment whose figures are files published with the app (VITE_DATA_SOURCE=static):
// dist/<id>/index.html holds the overview as the app draws it, dist/<id>/ambitions/<n>/index.html
// an ambition's page, each with the figures it was drawn from, so a board member sees the statuses
// and charts before any script has run; the app then takes the page over. Every other address keeps
// the plain index.html. Run by the build (the prerender plugin in vite.config.ts).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createServer } from 'vite';

/** A fetch that reads the build's own files: the static source, reading what it will be served. */
function filesOf(outDir) {
  return async (input) => {
    const path = decodeURIComponent(new URL(String(input instanceof Request ? input.url : input)).pathname);
    const file = resolve(outDir, `.${path}`);
    if (!file.startsWith(resolve(outDir)) || !existsSync(file)) return new Response('Not found', { status: 404 });
    return new Response(readFileSync(file), { status: 200, headers: { 'Content-Type': 'application/json' } });
  };
}

/** `<link>`s for every stylesheet a lazily loaded module brings (with what it imports), less those the page already links, from the build's manifest. */
function routeStylesheets(outDir, entry, base, page) {
  const manifestFile = join(outDir, '.vite', 'manifest.json');
  if (!existsSync(manifestFile)) throw new Error(`${manifestFile} is missing: the build must write its manifest (build.manifest) for the pages drawn at build time`);
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
  if (!manifest[entry]) throw new Error(`${entry} is not in the build's manifest`);
  const seen = new Set();
  const cssOf = (key) => {
    if (seen.has(key)) return [];
    seen.add(key);
    const chunk = manifest[key];
    return [...(chunk.css ?? []), ...(chunk.imports ?? []).flatMap(cssOf)];
  };
  return [...new Set(cssOf(entry))]
    .filter((file) => !page.includes(`/${file}"`))
    .map((file) => `<link rel="stylesheet" crossorigin href="${base}${file}">`)
    .join('');
}

export async function prerenderPages({ outDir, root = process.cwd() }) {
  const server = await createServer({ root, logLevel: 'error', mode: 'production', appType: 'custom', server: { middlewareMode: true, hmr: false, ws: false } });
  try {
    const load = (path) => server.ssrLoadModule(path);
    const [{ partnershipToDraw, renderOverview, renderAmbition, stateScript }, { createStaticDataSource }, { config }] = await Promise.all([
      load('/src/prerender/render-page.tsx'),
      load('/src/data-source/static-data-source.ts'),
      load('/src/config/env.ts'),
    ]);
    const source = createStaticDataSource({ baseUrl: config.staticBaseUrl, fetch: filesOf(outDir) });
    const index = join(outDir, config.staticBaseUrl, 'index.json');
    const ids = existsSync(index) ? JSON.parse(readFileSync(index, 'utf8')).map((f) => f.id) : [config.frameworkId];
    // The app's script starts after the first paint (public/after-first-paint.js): the page needs
    // none to show its statuses, and on a slow link it would share the connection with the CSS.
    const template = readFileSync(join(outDir, 'index.html'), 'utf8').replace(
      /<script type="module" crossorigin src="([^"]+)"><\/script>/,
      (_, app) => `<script type="module" src="${server.config.base}after-first-paint.js" data-app="${app}"></script>`,
    );
    if (!template.includes('data-app=')) throw new Error('index.html has no module script for the app: the drawn pages could not start it');
    // An ambition's page is drawn with its code's stylesheets in hand, not when that code arrives:
    // otherwise the page would show unstyled, then jump.
    const ambitionPage = template.replace('</head>', () => `${routeStylesheets(outDir, 'src/app/AmbitionRoute.tsx', server.config.base, template)}</head>`);
    /** Twice, for the two ways hosts find a page for /wyh: a folder's index (nginx's try_files $uri/, Apache, object stores) or a name with .html (vite preview, Netlify, Cloudflare Pages). */
    const write = ({ html, state }, around = template) => {
      const page = around.replace(/<div id="root">[\s\S]*<\/div>(\s*<\/body>)/, () => `<div id="root">${html}</div>\n    ${stateScript(state)}$1`);
      if (page === around) throw new Error('index.html has no <div id="root"> to draw the page into');
      mkdirSync(join(outDir, state.path), { recursive: true });
      writeFileSync(join(outDir, state.path, 'index.html'), page);
      writeFileSync(join(outDir, `${state.path}.html`), page);
      return state.path;
    };
    const drawn = [];
    for (const frameworkId of ids) {
      // A partnership whose files cannot be read is left to the plain index.html (which then says
      // what is wrong, in the browser), not allowed to stop the build of the others.
      const framework = await partnershipToDraw(source, frameworkId).catch((error) => {
        console.warn(`The pages of ${frameworkId} were not drawn at build time: ${error.message}`);
        return undefined;
      });
      if (!framework) continue;
      const page = {
        source,
        framework,
        today: config.today ?? new Date(),
        settings: { demoData: config.enableMocks, homeFrameworkId: config.frameworkId, accessibilityContact: config.accessibilityContact },
      };
      drawn.push(write(await renderOverview(page)));
      for (const ambition of framework.ambitions) drawn.push(write(await renderAmbition(page, ambition.number), ambitionPage));
    }
    return drawn;
  } finally {
    await server.close();
  }
}
