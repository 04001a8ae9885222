import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { frameworkSchema, seriesSchema } from '../../src/data-source/schemas';
import { listFrameworks, resetDb, SEED_DATASETS } from '../db';

// The static-file data source serves public/data/index.json (the partnerships) and
// public/data/<framework>/*.json. They are the seed datasets written out; this test keeps them in
// step. After changing a seed, regenerate them with
//   UPDATE_STATIC_DATA=1 npx vitest run mocks/data/static-files.test.ts

const root = resolve(__dirname, '../../public/data');

function matches(path: string, content: unknown) {
  const expected = `${JSON.stringify(content, null, 1)}\n`;
  if (process.env.UPDATE_STATIC_DATA) {
    mkdirSync(resolve(path, '..'), { recursive: true });
    writeFileSync(path, expected);
  }
  expect(readFileSync(path, 'utf8')).toBe(expected);
}

describe('the published static files', () => {
  it('index.json lists every seed partnership', () => {
    resetDb();
    matches(resolve(root, 'index.json'), listFrameworks());
  });

  it.each(SEED_DATASETS.map((d) => [d.framework.id, d] as const))('%s: framework.json and series.json are the seed dataset, and valid', (id, { framework, series }) => {
    expect(frameworkSchema.safeParse(framework).error).toBeUndefined();
    for (const s of series) expect(seriesSchema.safeParse(s).error).toBeUndefined();
    matches(resolve(root, id, 'framework.json'), framework);
    matches(resolve(root, id, 'series.json'), series);
  });
});
