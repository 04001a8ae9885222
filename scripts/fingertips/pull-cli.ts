import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod/mini';
import { frameworkSchema, seriesSchema } from '../../src/data-source/schemas';
import { FINGERTIPS_API } from '../../src/data-source/fingertips/fingertips-api';
import { describePull, pullFromFingertips } from '../../src/data-source/fingertips/fingertips-refresh';

// npm run fingertips:pull -- [--data public/data] [--framework wyh] [--api https://fingertips.phe.org.uk] [--report file]
// Brings the static data files up to date with Fingertips. Run in Node, where the browser's
// cross-origin rules do not apply, by hand or on a schedule in a partnership's own CI. Exits 1
// when an indicator could not be fetched (what could be fetched is still written).

const { values } = parseArgs({
  options: {
    data: { type: 'string', default: 'public/data' },
    framework: { type: 'string', default: 'wyh' },
    api: { type: 'string', default: FINGERTIPS_API },
    report: { type: 'string' },
  },
});

const dir = join(values.data, values.framework);
const read = <T>(file: string, schema: z.ZodMiniType<T>): T => {
  const path = join(dir, file);
  const parsed = schema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success) throw new Error(`${path} is not valid: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
};

const framework = read('framework.json', frameworkSchema);
const series = read('series.json', z.array(seriesSchema));
const { series: updated, report } = await pullFromFingertips({ framework, series, apiBase: values.api, now: new Date() });

const changed = report.reduce((n, r) => n + r.added.length + r.changed.length, 0);
if (changed > 0) writeFileSync(join(dir, 'series.json'), `${JSON.stringify(updated, null, 1)}\n`);
const text = `Fingertips pull for ${framework.shortName} from ${values.api}, ${new Date().toISOString()}\n${describePull(report)}\n${changed > 0 ? `Wrote ${join(dir, 'series.json')}: ${changed} figures new or changed.` : 'Nothing new or changed: no file written.'}\n`;
process.stdout.write(text);
if (values.report) writeFileSync(values.report, text);
process.exitCode = report.some((r) => r.failures.length > 0) ? 1 : 0;
