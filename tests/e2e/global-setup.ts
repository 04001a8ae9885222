import { spawn, spawnSync } from 'node:child_process';
import type { TestProject } from 'vitest/node';
// @ts-expect-error a plain ES module of the build scripts, without types
import { freePort, waitUntilAnswers } from '../../scripts/lib/local-serving.mjs';

// Builds the app as a demo (mock API on, today pinned so statuses do not drift with the calendar),
// serves it with `vite preview`, and gives the tests its address.

export const DEMO_OUT_DIR = 'dist-demo';

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
  await waitUntilAnswers(baseURL, { child: preview, name: 'vite preview' });
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
