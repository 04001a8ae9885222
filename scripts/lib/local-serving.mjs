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
 * `vite preview` of a build on a free loopback port, started directly (not through npx, whose
 * killing leaves the server running) and stopped with this process however it ends. Resolves once
 * `waitPath` answers; `env` adds to this process's environment (MOCK_API_SERVER, COUCH_PROXY_TARGET).
 */
export async function servePreview({ outDir, env = {}, waitPath = '/' }) {
  const port = await freePort();
  const preview = spawn('node_modules/.bin/vite', ['preview', '--outDir', outDir, '--port', String(port), '--strictPort', '--host', '127.0.0.1'], {
    stdio: 'ignore',
    env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true', ...env },
  });
  stopWithThisProcess(preview);
  const origin = `http://127.0.0.1:${port}`;
  try {
    await waitUntilAnswers(`${origin}${waitPath}`, { child: preview, name: `vite preview of ${outDir}` });
  } catch (error) {
    await stopChild(preview);
    throw error;
  }
  return { origin, port, stop: () => stopChild(preview) };
}
