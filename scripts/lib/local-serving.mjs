// Starting a server of our own for a script or a test: a free loopback port, and waiting until
// the server answers (or saying plainly that it never did).
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';

export async function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** The last lines of a server's own log, to say why it did not answer. */
function logTail(logFile) {
  if (!logFile || !existsSync(logFile)) return '';
  const lines = readFileSync(logFile, 'utf8').trimEnd().split('\n').slice(-8);
  return lines.length && lines[0] ? `; the end of its log (${logFile}):\n  ${lines.join('\n  ')}` : '';
}

/**
 * Resolves once `url` answers 2xx. Fails at once if `child` (the server's process, when we started
 * it) exits, and after `timeoutMs` otherwise, naming what did not answer and quoting the end of
 * its `logFile` when it has one.
 */
export async function waitUntilAnswers(url, { child, name = 'the server', timeoutMs = 30_000, logFile } = {}) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    if (child && child.exitCode !== null) throw new Error(`${name} exited with code ${child.exitCode}${logTail(logFile)}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > until) throw new Error(`${name} did not answer at ${url} within ${timeoutMs / 1000} s${logTail(logFile)}`);
    await new Promise((r) => setTimeout(r, 150));
  }
}

const children = new Set();
let handlersInstalled = false;

function installHandlers() {
  if (handlersInstalled) return;
  handlersInstalled = true;
  // 'exit' runs however the process ends in Node (an uncaught error, process.exit); a signal's
  // default action ends it without 'exit', so each is caught once, the servers stopped, and the
  // signal raised again for its usual ending.
  process.on('exit', () => {
    for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  });
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.once(signal, () => {
      for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      process.kill(process.pid, signal);
    });
  }
}

/** Stops `child` with this process, however this process ends (see installHandlers). */
export function stopWithThisProcess(child) {
  installHandlers();
  children.add(child);
  child.once('exit', () => children.delete(child));
  return child;
}

/** Stops a server we started and resolves once it has exited (SIGKILL if it ignores SIGTERM for 5 s). */
export function stopChild(child) {
  return new Promise((done) => {
    if (child.exitCode !== null || child.signalCode !== null) return done();
    const force = setTimeout(() => child.kill('SIGKILL'), 5000);
    child.once('exit', () => {
      clearTimeout(force);
      done();
    });
    child.kill();
  });
}

/**
 * `vite preview` of a build on a loopback port the system gives it as it binds (--port 0: a port
 * chosen first and bound later can be taken meanwhile, by another test run's server or an outgoing
 * connection, and the tests would then talk to a server that is not theirs), read from its "Local:"
 * line. Started directly (not through npx, whose killing leaves the server running) and stopped with
 * this process however it ends. Resolves once `waitPath` answers; `env` adds to this process's
 * environment (MOCK_API_SERVER, COUCH_PROXY_TARGET).
 */
export async function servePreview({ outDir, env = {}, waitPath = '/' }) {
  const preview = spawn('node_modules/.bin/vite', ['preview', '--outDir', outDir, '--port', '0', '--strictPort', '--host', '127.0.0.1'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true', NO_COLOR: '1', ...env },
  });
  stopWithThisProcess(preview);
  const name = `vite preview of ${outDir}`;
  try {
    const origin = await new Promise((resolve, reject) => {
      let said = '';
      const timer = setTimeout(() => reject(new Error(`${name} said no address within 30 s: ${said.trim().slice(-500)}`)), 30_000);
      const listen = (chunk) => {
        said += chunk;
        // eslint-disable-next-line no-control-regex -- colour codes, should a terminal ask for them
        const address = /Local:\s+(http:\/\/127\.0\.0\.1:\d+)/.exec(said.replace(/\x1b\[[0-9;]*m/g, ''));
        if (!address) return;
        clearTimeout(timer);
        resolve(address[1]);
      };
      preview.stdout.on('data', listen);
      preview.stderr.on('data', (chunk) => (said += chunk));
      preview.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`${name} exited with code ${code}: ${said.trim().slice(-500)}`));
      });
    });
    // Its output is no longer read; keep the pipes flowing so the server never blocks on them.
    preview.stdout.resume();
    preview.stderr.resume();
    await waitUntilAnswers(`${origin}${waitPath}`, { child: preview, name });
    return { origin, stop: () => stopChild(preview) };
  } catch (error) {
    await stopChild(preview);
    throw error;
  }
}
