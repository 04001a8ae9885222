import { readFileSync } from 'node:fs';
import { afterAll, beforeAll } from 'vitest';
import { resolve } from 'node:path';
// @ts-expect-error a plain ES module of the build scripts, without types
import { freePort } from '../../scripts/lib/local-serving.mjs';
// @ts-expect-error as above
import { testBuild } from '../../scripts/lib/test-builds.mjs';
import { nginxHome, startNginx, type TestNginx } from '../helpers/nginx';

/**
 * The static build (figures as files kept with the app), made once per test run, served by nginx
 * with the server block docs/hosting/nginx.conf documents, pointed at the build and a loopback port.
 */
export async function serveStaticBuildOnNginx(): Promise<{ origin: string; nginx: TestNginx }> {
  const outDir = resolve(testBuild('static') as string);
  const port = (await freePort()) as number;
  const origin = `http://127.0.0.1:${port}`;
  const serverBlock = readFileSync('docs/hosting/nginx.conf', 'utf8')
    .replace(/listen 80;/, `listen 127.0.0.1:${port};`)
    .replace(/root \/var\/www\/ambitions-dashboard;/, `root ${outDir};`);
  return { origin, nginx: await startNginx(nginxHome(), origin, serverBlock) };
}

/** For a browser test file: the static build on nginx (above), started before its tests and stopped after them; returns its address. */
export function staticBuildOnNginxForThisFile(): () => string {
  let served: { origin: string; nginx: TestNginx } | undefined;
  beforeAll(async () => {
    served = await serveStaticBuildOnNginx();
  });
  afterAll(async () => {
    await served?.nginx.stop();
  });
  return () => served!.origin;
}
