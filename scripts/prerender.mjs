// Draws each partnership's overview and each of its ambitions' pages into the build at build time,
// for a deployment whose figures are files published with the app (VITE_DATA_SOURCE=static):
// dist/<id>/index.html holds the overview as the app draws it, dist/<id>/ambitions/<n>/index.html
// an ambition's page, each with the figures it was drawn from, so a board member sees the statuses
// and charts before any script has run; the app then takes the page over. Every other address keeps
// the plain index.html. Run by the build (the prerender plugin in vite.config.ts).
import { createHash } from 'node:crypto';
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

/**
 * The head of a page whose code loads lazily (`entry`, with what it imports; from the build's
 * manifest): its stylesheets and the page's own, joined into one file, so the page is drawn styled
 * after one stylesheet's round trip instead of six. The separate stylesheets are still named, for
 * a media no screen has: the app's loader, seeing them in the page, does not add them again when
 * the code arrives (measured, Lighthouse mobile: adding them, each restyling the whole page, was
 * some 300 ms of blocked main thread). Its code is not preloaded: on a slow link that delayed the
 * page's first paint by a second and more.
 */
function headWithCodeOf(outDir, entry, base, page) {
  const manifestFile = join(outDir, '.vite', 'manifest.json');
  if (!existsSync(manifestFile)) throw new Error(`${manifestFile} is missing: the build must write its manifest (build.manifest) for the pages drawn at build time`);
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
  if (!manifest[entry]) throw new Error(`${entry} is not in the build's manifest`);
  const seen = new Set();
  const chunks = [];
  const visit = (key) => {
    if (seen.has(key)) return;
    seen.add(key);
    chunks.push(manifest[key]);
    for (const imported of manifest[key].imports ?? []) visit(imported);
  };
  visit(entry);
  const pageStyles = [...page.matchAll(/<link rel="stylesheet" crossorigin href="([^"]+)">\s*/g)];
  const own = pageStyles.map((m) => m[1].slice(base.length));
  const brought = [...new Set(chunks.flatMap((c) => c.css ?? []))].filter((file) => !own.includes(file));
  const css = [...own, ...brought].map((file) => readFileSync(join(outDir, file), 'utf8')).join('\n');
  const joined = `assets/page-${createHash('sha256').update(css).digest('hex').slice(0, 10)}.css`;
  writeFileSync(join(outDir, joined), css);
  let head = page;
  for (const [link] of pageStyles) head = head.replace(link, '');
  const links = [
    `<link rel="stylesheet" crossorigin href="${base}${joined}">`,
    ...brought.map((file) => `<link rel="stylesheet" crossorigin href="${base}${file}" media="not all">`),
  ];
  return head.replace('</head>', () => `${links.join('\n    ')}\n  </head>`);
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
    // otherwise the page would show unstyled, then jump. Files published with the app cannot be
    // changed from it, so its code is the read-only page's (src/app/route-code.ts).
    const ambitionPage = headWithCodeOf(outDir, 'src/app/ReadOnlyAmbitionRoute.tsx', server.config.base, template);
    /** Twice, for the two ways hosts find a page for /wyh: a folder's index (nginx's try_files $uri/, Apache, object stores) or a name with .html (vite preview, Netlify, Cloudflare Pages). */
    const write = ({ html, state }, around = template) => {
      // A function, so nothing in the drawn markup is read as a replacement pattern ($&, $1…).
      const page = around.replace(/<div id="root">[\s\S]*<\/div>(\s*<\/body>)/, (_, end) => `<div id="root">${html}</div>\n    ${stateScript(state)}${end}`);
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
