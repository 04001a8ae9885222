// The one test command (npm test): type check, lint, every test (unit, component, property and
// real-browser) in one Vitest run, then the budgets (first-view JavaScript, Lighthouse), ending
// with a single summary line. Exits non-zero on any failure.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { ensureChromium, ensurePackages } from './ensure-setup.mjs';

// The config imports the mock handlers for `vite preview`; Vite's notice about its future native
// config loader would otherwise repeat for each of their files on every run.
process.env.VITE_CONFIG_NATIVE_IGNORE_WARNING ??= 'true';

const REPORT = 'test-results/vitest.json';

function summary(passed, failed, skipped) {
  console.log('');
  console.log(`Summary: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
  process.exit(failed > 0 ? 1 : 0);
}

if (!ensurePackages()) {
  console.error('npm packages could not be installed.');
  summary(0, 1, 0);
}
if (!ensureChromium()) {
  console.error('The browser tests need Chromium.');
  summary(0, 1, 0);
}

/** Runs a command with its output kept, so three can run at once and each is printed whole. */
function run(command, args) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (status) => resolve({ status, output }));
  });
}

// The type check, the lint and the format check read the code and nothing else: on two cores they
// run together, and their output is printed one after another.
const [typecheck, lint, format] = await Promise.all([
  run('node_modules/.bin/tsc', ['-b']),
  run('node_modules/.bin/eslint', ['.']),
  run('node_modules/.bin/prettier', ['--check', '--log-level', 'warn', '**/*.{ts,tsx,js,mjs}']),
]);
console.log('\n== Type check (tsc -b) ==');
process.stdout.write(typecheck.output);
const typeFailures = typecheck.status === 0 ? 0 : 1;
if (typeFailures) console.error('The type check failed; it counts as one failed test.');

console.log('\n== Lint (eslint ., and prettier --check on the code) ==');
process.stdout.write(lint.output + format.output);
const lintFailures = (lint.status === 0 ? 0 : 1) + (format.status === 0 ? 0 : 1);
if (lint.status !== 0) console.error('Lint found problems; they count as one failed test.');
if (format.status !== 0) console.error('Some files are not formatted (npm run format fixes them); that counts as one failed test.');

console.log('\n== Tests: unit, component, property and browser (vitest run) ==');
mkdirSync('test-results', { recursive: true });
rmSync(REPORT, { force: true });
const vitest = spawnSync('node_modules/.bin/vitest', ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${REPORT}`, ...process.argv.slice(2)], {
  stdio: 'inherit',
});

let passed = 0;
let failed = typeFailures + lintFailures;
let skipped = 0;
try {
  const report = JSON.parse(readFileSync(REPORT, 'utf8'));
  passed = report.numPassedTests;
  failed += report.numFailedTests;
  skipped = report.numPendingTests + report.numTodoTests;
  // A file that fails to load has no tests to count, but it is still a failure.
  failed += report.testResults.filter((file) => file.status === 'failed' && file.assertionResults.length === 0).length;
  if (report.numTotalTests === 0) failed += 1;
} catch {
  console.error(`Vitest wrote no report (${REPORT}); counting the run as failed.`);
  failed += 1;
}
if (vitest.status !== 0 && failed === 0) failed = 1;

console.log('\n== Budgets: first-view JavaScript and Lighthouse on the production build ==');
const budgets = spawnSync('node', ['scripts/budgets.mjs'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
const lines = budgets.stdout.trimEnd().split('\n');
for (const line of lines.slice(0, -1)) console.log(line);
try {
  const { checks } = JSON.parse(lines.at(-1));
  passed += checks.filter((c) => c.ok).length;
  failed += checks.filter((c) => !c.ok).length;
  if (checks.length === 0) failed += 1;
} catch {
  console.error('The budget check wrote no result; counting it as failed.');
  failed += 1;
}
summary(passed, failed, skipped);
