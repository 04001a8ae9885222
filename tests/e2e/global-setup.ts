import type { TestProject } from 'vitest/node';
// @ts-expect-error a plain ES module of the build scripts, without types
import { servePreview } from '../../scripts/lib/local-serving.mjs';
// @ts-expect-error as above
import { testBuild } from '../../scripts/lib/test-builds.mjs';

// The demo build (mock API in the page, today pinned so statuses do not drift with the calendar),
// made once per test run (scripts/lib/test-builds.mjs), served by `vite preview`; the tests get its address.

export default async function setup(project: TestProject) {
  const preview = (await servePreview({ outDir: testBuild('demo') })) as { origin: string; stop: () => Promise<void> };
  project.provide('baseURL', preview.origin);
  return preview.stop;
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}
