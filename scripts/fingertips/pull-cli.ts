import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
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

/** Stops with a message that says what happened and what to do, not a stack trace. */
function stop(message: string, code = 2): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

if (!existsSync(join(dir, 'framework.json'))) {
  const there = existsSync(values.data)
    ? readdirSync(values.data, { withFileTypes: true })
        .filter((e) => e.isDirectory() && existsSync(join(values.data, e.name, 'framework.json')))
        .map((e) => e.name)
    : [];
  stop(
    there.length > 0
      ? `There is no partnership “${values.framework}” in ${values.data}: the partnerships there are ${there.join(', ')}. Give one of them with --framework.`
      : `There is no ${values.data}/${values.framework}/framework.json: give the folder of the static files with --data (the default is public/data) and the partnership with --framework.`,
  );
}

const read = <T>(file: string, schema: z.ZodMiniType<T>): T => {
  const path = join(dir, file);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    stop(`${path} could not be read as JSON (${error instanceof Error ? error.message : String(error)}). Nothing was fetched or written.`);
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) stop(`${path} is not valid, so nothing was fetched or written:\n${z.prettifyError(parsed.error)}`);
  return parsed.data;
};

const framework = read('framework.json', frameworkSchema);
const series = read('series.json', z.array(seriesSchema));
const { series: updated, report } = await pullFromFingertips({ framework, series, apiBase: values.api, now: new Date() });

const changed = report.reduce((n, r) => n + r.added.length + r.changed.length, 0);
const failed = report.filter((r) => r.failures.length > 0);
if (changed > 0) writeFileSync(join(dir, 'series.json'), `${JSON.stringify(updated, null, 1)}\n`);
// What happened, in one line at the end, so a schedule's log says it plainly.
// Nothing at all arrived: every indicator failed, and none has a figure new, changed or the same.
const nothingFetched = report.length > 0 && changed === 0 && report.every((r) => r.failures.length > 0 && r.unchanged === 0);
const outcome = nothingFetched
  ? `Nothing could be fetched from ${values.api} (${failed[0]!.failures[0]}). Check the connection, or the address given with --api, and run it again. No file was written.`
  : failed.length > 0
    ? `${failed.length} of ${report.length} indicators could not be fetched in full (${failed.map((r) => r.indicator).join(', ')}): run it again later. ${changed > 0 ? `What was fetched is written to ${join(dir, 'series.json')}: ${changed} figures new or changed.` : 'Nothing new or changed in the rest: no file written.'}`
    : changed > 0
      ? `Wrote ${join(dir, 'series.json')}: ${changed} figures new or changed.`
      : 'Nothing new or changed: no file written.';
const text = `Fingertips pull for ${framework.shortName} from ${values.api}, ${new Date().toISOString()}\n${describePull(report)}\n${outcome}\n`;
process.stdout.write(text);
if (values.report) writeFileSync(values.report, text);
process.exitCode = failed.length > 0 ? 1 : 0;
