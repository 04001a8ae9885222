// npm run dev:couch: the app on a local CouchDB-compatible server, as a partnership would run it
// with CouchDB. Starts pouchdb-server on loopback (COUCH_PORT, default 5984) persisting to
// .couchdb-data/ (git-ignored), provisions it (database, security object, rules, seed figures,
// sample accounts) and serves the app (PORT, default 5173) with /couch proxied to the database,
// so the session cookie stays on the app's own origin. Ctrl-C stops both.
import { spawn } from 'node:child_process';
import { ensurePackages } from './ensure-setup.mjs';

if (!ensurePackages()) process.exit(1);
process.env.VITE_CONFIG_NATIVE_IGNORE_WARNING ??= 'true';
const { startLocalCouch } = await import('./couchdb/local-server.mjs');
const { setUp } = await import('./couchdb/setup.mjs');
const { SAMPLE_ACCOUNTS } = await import('./couchdb/sample-accounts.mjs');

const couchPort = Number(process.env.COUCH_PORT ?? 5984);
const appPort = Number(process.env.PORT ?? 5173);

console.log(`Starting the local CouchDB-compatible server on 127.0.0.1:${couchPort} (data in .couchdb-data/)…`);
const couch = await startLocalCouch({ port: couchPort, dir: '.couchdb-data' });
await setUp({
  url: couch.adminUrl,
  database: 'ambitions',
  seeds: ['public/data/wyh', 'public/data/calderdale-cares', 'public/data/one-halton-carers', 'public/data/cheshire-pioneer'],
  sampleAccounts: true,
});

console.log('\nSample accounts (local use only):');
for (const a of SAMPLE_ACCOUNTS) console.log(`  ${a.name.padEnd(16)} password ${a.password.padEnd(22)} may change ${a.may}`);
console.log(`\nThe app: http://localhost:${appPort}/wyh  (the database: ${couch.url})\n`);

const vite = spawn('node_modules/.bin/vite', ['--port', String(appPort), '--strictPort'], {
  stdio: 'inherit',
  env: { ...process.env, VITE_DATA_SOURCE: 'couchdb', VITE_COUCHDB_URL: '/couch', VITE_COUCHDB_DATABASE: 'ambitions', VITE_ENABLE_MOCKS: 'false', COUCH_PROXY_TARGET: couch.url },
});

let stopping = false;
async function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  vite.kill();
  await couch.stop();
  process.exit(code);
}
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
vite.on('exit', (code) => void stop(code ?? 0));
// Without its database the app can neither show nor save figures: say so, and stop.
void couch.exited.then(({ code, signal }) => {
  if (stopping) return;
  console.error(`\nThe local database stopped (${signal ?? `exit code ${code}`}); its log is in .couchdb-data/log.txt. Stopping the app too: run npm run dev:couch again.`);
  void stop(1);
});
