// The production builds the tests and the budgets need, one per configuration, each made once per
// test run and shared by every step that serves it: the browser tests' global set-ups, the static
// host's test and the budgets. `npm test` makes them all first (buildAll) and tells its children
// they are made (TEST_BUILDS_MADE); a step run alone (`vitest run --project e2e`, `npm run
// budgets`) makes the one it needs itself.
import { spawnSync } from 'node:child_process';

/** Today pinned, so statuses judged against the calendar do not drift between runs. */
export const TEST_TODAY = '2026-11-24';

/** Each configuration: its output folder and the settings it is built with. */
export const TEST_BUILDS = {
  // REST with the mock API in the page (its service worker): the browser tests' default.
  demo: { outDir: 'dist-demo', env: { VITE_ENABLE_MOCKS: 'true' } },
  // CouchDB through /couch on the app's origin, as a reverse proxy serves it.
  couchdb: { outDir: 'dist-couch', env: { VITE_DATA_SOURCE: 'couchdb', VITE_COUCHDB_URL: '/couch', VITE_COUCHDB_DATABASE: 'ambitions', VITE_ENABLE_MOCKS: 'false' } },
  // Figures as files published with the app; its pages drawn at build time.
  static: { outDir: 'dist-static', env: { VITE_DATA_SOURCE: 'static', VITE_ENABLE_MOCKS: 'false' } },
  // What a REST deployment serves: no mock code in the page (the budgets, Lighthouse).
  production: { outDir: 'dist', env: {} },
};

const MADE_VARIABLE = 'TEST_BUILDS_MADE';

/** Builds one configuration now, whatever is on disk; throws, naming it, if the build fails. */
export function build(name) {
  const { outDir, env } = TEST_BUILDS[name];
  const started = Date.now();
  const result = spawnSync('node_modules/.bin/vite', ['build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], {
    stdio: ['ignore', 'inherit', 'inherit'],
    // A production build whoever asks: vitest sets NODE_ENV=test, which Vite would otherwise build
    // as a development build (React's development code, import.meta.env.PROD false, no service worker).
    env: { ...process.env, NODE_ENV: 'production', VITE_TODAY: TEST_TODAY, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true', ...env },
  });
  if (result.status !== 0) throw new Error(`The ${name} build (${outDir}) failed: vite build exited with ${result.status ?? result.signal}`);
  return { name, outDir, ms: Date.now() - started };
}

/** Every configuration, one after another (each build already uses both cores). */
export function buildAll() {
  const made = Object.keys(TEST_BUILDS).map(build);
  process.env[MADE_VARIABLE] = made.map((b) => b.name).join(',');
  return made;
}

/** The output folder of a configuration: made in this run already, or built now. */
export function testBuild(name) {
  const made = (process.env[MADE_VARIABLE] ?? '').split(',');
  if (!made.includes(name)) build(name);
  return TEST_BUILDS[name].outDir;
}
