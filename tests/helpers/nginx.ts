import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
// @ts-expect-error a plain ES module of the build scripts, without types
import { stopChild, stopWithThisProcess, waitUntilAnswers } from '../../scripts/lib/local-serving.mjs';

// nginx started for a test with a documented configuration (docs/hosting/), in a folder of its
// own, as the user who runs the tests, on loopback. Stopped and its folder removed by stop().

export interface TestNginx {
  origin: string;
  /** A folder of the test's own, e.g. for a root of files to serve. */
  home: string;
  stop(): Promise<void>;
}

/** A folder for nginx's own files, before the configuration that names it is written. */
export function nginxHome(): string {
  const home = mkdtempSync(join(tmpdir(), 'nginx-'));
  for (const dir of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(join(home, dir));
  return home;
}

/**
 * Runs `config` (what goes inside nginx's http block: a server block, with any zones and maps)
 * from `home`, and waits until `origin` answers.
 */
export async function startNginx(home: string, origin: string, config: string): Promise<TestNginx> {
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
  const nginx: ChildProcess = stopWithThisProcess(spawn(process.env.NGINX_PATH ?? '/usr/sbin/nginx', ['-c', join(home, 'nginx.conf'), '-p', home], { stdio: 'inherit' }));
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
 * Run as root, nginx's workers drop to an unprivileged user, who cannot read a clone in a folder
 * only its owner may enter (as `mktemp -d` makes): every request then fails on stat(). The workers
 * stay the user who runs the tests; as anyone else nginx ignores the directive (with a warning).
 */
function workerUser() {
  return typeof process.getuid === 'function' && process.getuid() === 0 ? ` user ${userInfo().username};` : '';
}
