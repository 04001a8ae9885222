import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod/mini';
import { frameworkSchema, seriesSchema } from '../src/data-source/schemas';

// Every partnership published as static files (public/data/<id>/, the read-only deployment kept in
// a Git repository) is checked with the app's own schemas on every CI run: a figure a browser
// would refuse never reaches the host. Each file's problems are listed, not only the first.

const root = resolve(__dirname, '../public/data');
const partnerships = readdirSync(root, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

const problems = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.success ? [] : result.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`);

describe.each(partnerships)('the static files of %s', (id) => {
  const read = (name: string): unknown => JSON.parse(readFileSync(join(root, id, name), 'utf8'));

  it('framework.json is a valid framework for this folder', () => {
    const framework = frameworkSchema.safeParse(read('framework.json'));
    expect(problems(framework)).toEqual([]);
    expect(framework.data?.id).toBe(id);
  });

  it('series.json holds valid figures, one series per indicator and place the framework knows', () => {
    const series = z.array(seriesSchema).safeParse(read('series.json'));
    expect(problems(series)).toEqual([]);
    const framework = frameworkSchema.parse(read('framework.json'));
    const indicators = new Set(framework.ambitions.flatMap((a) => a.indicators.map((i) => i.id)));
    const places = new Set(framework.places.map((p) => p.id));
    const seen = new Set<string>();
    for (const s of series.data ?? []) {
      const key = `${s.indicatorId}/${s.placeId}`;
      expect(indicators.has(s.indicatorId) && places.has(s.placeId), `${key} names an indicator and a place of the framework`).toBe(true);
      expect(seen.has(key), `${key} appears once`).toBe(false);
      seen.add(key);
    }
  });
});
