// The local CouchDB-compatible server for development and tests: pouchdb-server from npm, on
// loopback only, in memory or persisted to a folder, with pouchdb-server-guard.cjs preloaded so
// that it behaves as Apache CouchDB 3 does where security is concerned (only admins set roles or
// create databases, SameSite cookies, JSON-only sign-in with a limit on wrong passwords, no
// request stops it). The rest of how it differs is in docs/deploy.md; the app and the set-up
// script use only what both do alike.
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { freePort, stopChild, stopWithThisProcess, waitUntilAnswers } from '../lib/local-serving.mjs';
import { join, resolve } from 'node:path';

export { freePort };

export const LOCAL_ADMIN = { name: 'admin', password: process.env.COUCH_ADMIN_PASSWORD ?? 'local-admin-only' };

/**
 * Starts the server and makes sure it has a server admin. `dir` persists databases (and the
 * server's own config.json and log) there; without it everything lives in memory.
 */
export async function startLocalCouch({ port, dir, quiet = true } = {}) {
  const chosenPort = port ?? (await freePort());
  const home = resolve(dir ?? join('node_modules', '.cache', 'couch-in-memory', String(chosenPort)));
  mkdirSync(home, { recursive: true });
  const args = ['--port', String(chosenPort), '--host', '127.0.0.1', '--config', join(home, 'config.json'), '--no-stdout-logs'];
  if (dir) args.push('--dir', home);
  else args.push('--in-memory');
  const adminAuth = `Basic ${Buffer.from(`${LOCAL_ADMIN.name}:${LOCAL_ADMIN.password}`).toString('base64')}`;
  const server = spawn(process.execPath, ['--require', resolve('scripts/couchdb/pouchdb-server-guard.cjs'), resolve('node_modules/pouchdb-server/bin/pouchdb-server'), ...args], {
    cwd: home,
    stdio: quiet ? 'ignore' : ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, POUCHDB_GUARD_ADMIN: adminAuth },
  });
  // Never outlive the process that started it, whatever way that one ends.
  stopWithThisProcess(server);
  const url = `http://127.0.0.1:${chosenPort}`;
  await waitUntilAnswers(`${url}/`, { child: server, name: 'pouchdb-server', logFile: join(home, 'log.txt') }).catch(async (error) => {
    await stopChild(server);
    throw error;
  });
  // A fresh server has no admin ("admin party"): make one. A persisted one already has it.
  const check = await fetch(`${url}/_session`, { headers: { Authorization: adminAuth } }).then((r) => r.json());
  if (!check.userCtx?.roles?.includes('_admin')) {
    const made = await fetch(`${url}/_config/admins/${LOCAL_ADMIN.name}`, { method: 'PUT', body: JSON.stringify(LOCAL_ADMIN.password) });
    if (!made.ok) throw new Error(`Could not make the local server's admin (${made.status}); remove ${home} to start afresh.`);
  }
  return {
    url,
    adminUrl: `http://${LOCAL_ADMIN.name}:${encodeURIComponent(LOCAL_ADMIN.password)}@127.0.0.1:${chosenPort}`,
    stop: () => stopChild(server),
    /** Settles when the server stops, by itself or by stop(), with its exit code. */
    exited: new Promise((done) => server.once('exit', (code, signal) => done({ code, signal }))),
  };
}
