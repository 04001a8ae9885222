import { relative } from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Seconds each browser test file took in a fresh clone's `npm test` (two at a time, the type check,
 * lint and budgets beside them). Vitest starts the longest files first from its results cache, but
 * a fresh clone (CI) has none and starts the largest files first: there the 97 s quality file
 * started after 113 s, and the run ended 40 s after the other worker had finished. The order
 * matters, not the figures: a file missing here runs first, as vitest runs a file it has no
 * record of.
 */
const BROWSER_TEST_SECONDS: Record<string, number> = {
  'tests/e2e/quality.e2e.ts': 97,
  'tests/e2e/editing.e2e.ts': 85,
  'tests/e2e/board-view.e2e.ts': 65,
  'tests/e2e/presenter.e2e.ts': 51,
  'tests/e2e/setup.e2e.ts': 41,
  'tests/e2e/couchdb.e2e.ts': 33,
  'tests/e2e/fingertips.e2e.ts': 29,
  'tests/e2e/memory.e2e.ts': 29,
  'tests/e2e/insight.e2e.ts': 27,
  'tests/e2e/examples.e2e.ts': 15,
  'tests/e2e/static-host.e2e.ts': 14,
};

/** Longest first, from vitest's own results where it has them, else from the figures above. */
export class LongestFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const root = this.ctx.config.root;
    const path = (spec: TestSpecification) => relative(root, spec.moduleId);
    const recorded = (spec: TestSpecification) => this.ctx.cache.getFileTestResults(`${spec.project.name}:${path(spec)}`) !== undefined;
    if (sorted.every(recorded)) return sorted;
    const seconds = (spec: TestSpecification) => BROWSER_TEST_SECONDS[path(spec)] ?? Infinity;
    // The base order keeps each project's files together; only the browser tests are reordered.
    const browser = sorted.filter((spec) => path(spec).startsWith('tests/e2e/'));
    if (browser.length === 0) return sorted;
    const rest = sorted.filter((spec) => !browser.includes(spec));
    return [...rest, ...browser.sort((a, b) => seconds(b) - seconds(a))];
  }
}
