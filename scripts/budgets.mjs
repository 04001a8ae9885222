// The budget check the test command runs beside the browser tests: on the production build, judges
// what a busy machine does not move (see scripts/lib/first-view-budget.mjs): first-view bytes,
// requests and round trips before the ten statuses show, main-thread CPU time; then Lighthouse's
// accessibility and best-practices audits, which do not depend on speed. Lighthouse performance
// scores are printed for information only: `npm run bench` measures their spread.
// Prints each check and, last, one JSON line {"checks":[{name, ok, measured}]} for scripts/test-all.mjs.
import { spawnSync } from 'node:child_process';
import { firstViewChecks } from './lib/first-view-budget.mjs';
import { testBuild } from './lib/test-builds.mjs';

const checks = [];
const check = (name, ok, measured) => {
  checks.push({ name, ok, measured });
  console.log(`  ${ok ? 'ok  ' : 'FAIL'} ${name}: ${measured}`);
};

let outDir;
try {
  // The production build, made once per test run (scripts/lib/test-builds.mjs).
  outDir = testBuild('production');
} catch (error) {
  check('production build', false, String(error.message ?? error));
}
if (outDir) {
  for (const c of await firstViewChecks(outDir)) check(c.name, c.ok, c.measured);

  const lighthouse = spawnSync('node', ['scripts/lighthouse.mjs', outDir, '/wyh', '1'], { encoding: 'utf8' });
  const runs = lighthouse.stdout
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l));
  if (lighthouse.status !== 0 || runs.length !== 2) {
    check('Lighthouse ran', false, lighthouse.stderr.trim().split('\n').slice(-3).join(' ') || 'no results');
  }
  for (const run of runs) {
    const failingText = run.failing.length ? ` (failing: ${run.failing.join(', ')})` : '';
    check(`Lighthouse ${run.preset} accessibility 100`, run.accessibility === 100, `${run.accessibility}${failingText}`);
    check(`Lighthouse ${run.preset} best practices at least 95`, run.bestPractices >= 95, String(run.bestPractices));
    console.log(`  info Lighthouse ${run.preset} performance ${run.performance} (not judged here: it moves with the machine's load; npm run bench prints its spread)`);
  }
}
// Security: no high or critical advisories in what ships (dev tools excluded).
const audit = spawnSync('npm', ['audit', '--omit=dev', '--audit-level=high'], { encoding: 'utf8' });
const auditText = `${audit.stdout}\n${audit.stderr}`;
if (/audit endpoint returned an error|ENOTFOUND|ECONNREFUSED|405 Method Not Allowed/.test(auditText)) {
  // The registry mirror on this machine does not offer the advisory service; say so plainly.
  console.log('  info npm audit --omit=dev: the advisory endpoint could not be reached from here, so no result');
} else {
  const found = /(\d+) (high|critical)/.exec(auditText);
  check(
    'npm audit --omit=dev: no high or critical advisories',
    audit.status === 0,
    audit.status === 0 ? (auditText.match(/found \d+ vulnerabilit\w+/)?.[0] ?? 'found 0 vulnerabilities') : (found?.[0] ?? 'advisories found'),
  );
}
console.log(JSON.stringify({ checks }));
