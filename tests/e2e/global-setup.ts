import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import type { TestProject } from 'vitest/node';

// Builds the app as a demo (mock API on, today pinned so statuses do not drift with the calendar),
// serves it with `vite preview`, and gives the tests its address.

export const DEMO_OUT_DIR = 'dist-demo';

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function waitForServer(url: string, preview: ChildProcess, timeoutMs = 30_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (preview.exitCode !== null) throw new Error(`vite preview exited with code ${preview.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`vite preview did not answer at ${url} within ${timeoutMs} ms`);
}

export default async function setup(project: TestProject) {
  if (!process.env.E2E_SKIP_BUILD) {
    const build = spawnSync('node_modules/.bin/vite', ['build', '--outDir', DEMO_OUT_DIR, '--emptyOutDir', '--logLevel', 'warn'], {
      stdio: 'inherit',
      env: { ...process.env, VITE_ENABLE_MOCKS: 'true', VITE_TODAY: '2026-11-24' },
    });
    if (build.status !== 0) throw new Error('The demo build failed');
  }
  const port = await freePort();
  // Started directly, not through npx, so killing it really stops the server.
  const preview = spawn('node_modules/.bin/vite', ['preview', '--outDir', DEMO_OUT_DIR, '--port', String(port), '--strictPort', '--host', '127.0.0.1'], {
    stdio: 'ignore',
  });
  const baseURL = `http://127.0.0.1:${port}`;
  await waitForServer(baseURL, preview);
  project.provide('baseURL', baseURL);
  return () => {
    preview.kill();
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}
