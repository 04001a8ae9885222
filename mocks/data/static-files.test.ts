import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { WYH_FRAMEWORK } from './wyh/framework';
import { WYH_SERIES } from './wyh/series';

// The static-file data source serves public/data/<framework>/*.json. They are the seed dataset
// written out; this test keeps them in step. After changing the seed, regenerate them with
//   UPDATE_STATIC_DATA=1 npx vitest run mocks/data/static-files.test.ts

const dir = resolve(__dirname, '../../public/data/wyh');
const files = { 'framework.json': WYH_FRAMEWORK, 'series.json': WYH_SERIES };

describe('the published static files', () => {
  it.each(Object.entries(files))('%s is the seed dataset', (name, content) => {
    const path = resolve(dir, name);
    const expected = `${JSON.stringify(content, null, 1)}\n`;
    if (process.env.UPDATE_STATIC_DATA) writeFileSync(path, expected);
    expect(readFileSync(path, 'utf8')).toBe(expected);
  });
});
