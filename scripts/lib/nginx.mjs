// nginx started with a documented configuration (docs/hosting/), in a folder of its own, as the
// user who runs it, on loopback; for the tests (tests/helpers/nginx.ts) and the benches. Stopped
// and its folder removed by stop().
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join, resolve } from 'node:path';
import { freePort, stopChild, stopWithThisProcess, waitUntilAnswers } from './local-serving.mjs';

/** A folder for nginx's own files, before the configuration that names it is written. */
export function nginxHome() {
  const home = mkdtempSync(join(tmpdir(), 'nginx-'));
  for (const dir of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(join(home, dir));
  return home;
}

/**
 * Run as root, nginx's workers drop to an unprivileged user, who cannot read a clone in a folder
 * only its owner may enter (as `mktemp -d` makes): every request then fails on stat(). The workers
 * stay the user who runs the tests; as anyone else nginx ignores the directive (with a warning).
 */
function workerUser() {
  return typeof process.getuid === 'function' && process.getuid() === 0 ? ` user ${userInfo().username};` : '';
}

/**
 * Runs `config` (what goes inside nginx's http block: a server block, with any zones and maps)
 * from `home`, and waits until `origin` answers.
 */
export async function startNginx(home, origin, config) {
  writeFileSync(
    join(home, 'nginx.conf'),
    `daemon off; worker_processes 1; pid ${home}/nginx.pid; error_log ${home}/error.log;${workerUser()}
events {}
http {
  include /etc/nginx/mime.types;
  access_log off;
  client_body_temp_path ${home}/body; proxy_temp_path ${home}/proxy; fastcgi_temp_path ${home}/fastcgi; uwsgi_temp_path ${home}/uwsgi; scgi_temp_path ${home}/scgi;
${config}
}
`,
  );
  const nginx = stopWithThisProcess(spawn(process.env.NGINX_PATH ?? '/usr/sbin/nginx', ['-c', join(home, 'nginx.conf'), '-p', home], { stdio: 'inherit' }));
  await waitUntilAnswers(`${origin}/`, { child: nginx, name: 'nginx', logFile: join(home, 'error.log') });
  return {
    origin,
    home,
    async stop() {
      await stopChild(nginx);
      rmSync(home, { recursive: true, force: true });
    },
  };
}

/**
 * docs/hosting/nginx-couchdb.conf as documented, on a loopback port without TLS (no certificate
 * here), serving `root` (the CouchDB build, or a folder of the caller's) in front of the CouchDB
 * server at `couchHost` (host:port).
 */
export async function startCouchNginx({ root, couchHost, port: chosenPort }) {
  const port = chosenPort ?? (await freePort());
  const origin = `http://127.0.0.1:${port}`;
  const config = readFileSync('docs/hosting/nginx-couchdb.conf', 'utf8')
    .replace(/server \{\s*listen 80;[^}]*\}/, '')
    .replace(/listen 443 ssl;/, `listen 127.0.0.1:${port};`)
    .replace(/^\s*(http2 on|ssl_\w+ [^;]+);$/gm, '')
    .replace(/root \/var\/www\/ambitions-dashboard;/, `root ${resolve(root)};`)
    .replaceAll('127.0.0.1:5984', couchHost);
  return startNginx(nginxHome(), origin, config);
}
