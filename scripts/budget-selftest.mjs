// Shows that the first-view budget catches what it is for: builds the app twice with a fault
// planted (50 KB of incompressible JavaScript in the first view; statuses made to wait for one
// more round trip) and expects the matching check to fail, and a healthy build to pass.
// `npm run budgets:selftest`; prints one line per case and exits non-zero if the gate misjudged one.
import { randomBytes } from 'node:crypto';
import { build } from 'vite';
import { firstViewChecks } from './lib/first-view-budget.mjs';

process.env.VITE_CONFIG_NATIVE_IGNORE_WARNING ??= 'true';
process.env.VITE_TODAY ??= '2026-11-24';

const ENTRY = /\/src\/main\.tsx$/;
const plant = (name, edit) => ({ name, enforce: 'post', transform: (code, id) => (ENTRY.test(id) ? edit(code) : null) });

const cases = [
  { name: 'healthy build', plugins: [], mustFail: null },
  {
    name: '50 KB gzip more first-view JavaScript',
    // Random bytes do not compress: 68,000 base64 characters gzip to about 51 KB.
    plugins: [plant('ballast', (code) => `${code}\nglobalThis.__ballast = ${JSON.stringify(randomBytes(51_000).toString('base64'))};\n`)],
    mustFail: /first-view JavaScript/,
  },
  {
    name: 'statuses wait for one more round trip',
    // The app starts only after one more request has come back.
    plugins: [plant('extra-round-trip', (code) => `await fetch('/favicon.svg?extra-round-trip', { cache: 'no-store' });\n${code}`)],
    mustFail: /round trips/,
  },
];

let misjudged = 0;
for (const c of cases) {
  const outDir = `node_modules/.cache/budget-selftest/${c.name.replace(/\W+/g, '-')}`;
  await build({ logLevel: 'silent', plugins: c.plugins, build: { outDir, emptyOutDir: true } });
  const checks = await firstViewChecks(outDir);
  const failed = checks.filter((k) => !k.ok);
  const right = c.mustFail ? failed.some((k) => c.mustFail.test(k.name)) : failed.length === 0;
  if (!right) misjudged += 1;
  console.log(`${right ? 'ok  ' : 'WRONG'} ${c.name}: ${failed.length ? `failed ${failed.map((k) => `${k.name} (${k.measured})`).join('; ')}` : 'every check passed'}`);
}
process.exit(misjudged ? 1 : 0);
