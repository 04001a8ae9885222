// Draws each partnership's overview into the build at build time, for a deployment whose figures
// are files published with the app (VITE_DATA_SOURCE=static): dist/<id>/index.html holds the
// overview as the app draws it, with the figures it was drawn from, so a board member sees the
// statuses before any script has run; the app then takes the page over. Every other address keeps
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

export async function prerenderOverviews({ outDir, root = process.cwd() }) {
  const server = await createServer({ root, logLevel: 'error', mode: 'production', appType: 'custom', server: { middlewareMode: true, hmr: false, ws: false } });
  try {
    const load = (path) => server.ssrLoadModule(path);
    const [{ renderOverview, stateScript }, { createStaticDataSource }, { config }] = await Promise.all([
      load('/src/prerender/render-overview.tsx'),
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
    const drawn = [];
    for (const frameworkId of ids) {
      // A partnership whose files cannot be read is left to the plain index.html (which then says
      // what is wrong, in the browser), not allowed to stop the build of the others.
      const drawnPage = await renderOverview({
        source,
        frameworkId,
        today: config.today ?? new Date(),
        settings: { demoData: config.enableMocks, homeFrameworkId: config.frameworkId, accessibilityContact: config.accessibilityContact },
      }).catch((error) => {
        console.warn(`The overview of ${frameworkId} was not drawn at build time: ${error.message}`);
        return undefined;
      });
      if (!drawnPage) continue;
      const { html, state } = drawnPage;
      const page = template.replace(/<div id="root">[\s\S]*<\/div>(\s*<\/body>)/, () => `<div id="root">${html}</div>\n    ${stateScript(state)}$1`);
      if (page === template) throw new Error('index.html has no <div id="root"> to draw the overview into');
      // Twice, for the two ways hosts find a page for /wyh: a folder's index (nginx's try_files
      // $uri/, Apache, object stores) or a name with .html (vite preview, Netlify, Cloudflare Pages).
      mkdirSync(join(outDir, frameworkId), { recursive: true });
      writeFileSync(join(outDir, frameworkId, 'index.html'), page);
      writeFileSync(join(outDir, `${frameworkId}.html`), page);
      drawn.push(frameworkId);
    }
    return drawn;
  } finally {
    await server.close();
  }
}
