// The one test command (npm test): the builds the tests need (once each), every test (unit,
// component, property and database; then real-browser), the type check, lint and the budgets
// (first-view JavaScript, Lighthouse), ending with a single summary line. Exits non-zero on any
// failure; a step that fails is counted and named, and the run goes on to its summary.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { ensureChromium, ensurePackages } from './ensure-setup.mjs';
import { buildAll } from './lib/test-builds.mjs';

// The config imports the mock handlers for `vite preview`; Vite's notice about its future native
// config loader would otherwise repeat for each of their files on every run.
process.env.VITE_CONFIG_NATIVE_IGNORE_WARNING ??= 'true';

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

/** Runs a command with its output kept, so several can run at once and each is printed whole. */
function run(command, args) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (status) => resolve({ status, output }));
  });
}

/** One Vitest run, its output kept (see run); resolves to its counts from the JSON report, and that output. */
async function vitest(name, projects, report) {
  rmSync(report, { force: true });
  const args = [
    'run',
    ...projects.flatMap((p) => ['--project', p]),
    '--passWithNoTests',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
    ...process.argv.slice(2),
  ];
  const { status, output } = await run('node_modules/.bin/vitest', args);
  return { ...countVitest(report, status), text: `== ${name} (vitest run ${projects.map((p) => `--project ${p}`).join(' ')}) ==\n${output.trimEnd()}` };
}

function countVitest(report, status) {
  try {
    const result = JSON.parse(readFileSync(report, 'utf8'));
    let failed = result.numFailedTests;
    // A file that fails to load has no tests to count, but it is still a failure.
    failed += result.testResults.filter((file) => file.status === 'failed' && file.assertionResults.length === 0).length;
    if (status !== 0 && failed === 0) failed = 1;
    return { passed: result.numPassedTests, failed, skipped: result.numPendingTests + result.numTodoTests, total: result.numTotalTests };
  } catch {
    console.error(`Vitest wrote no report (${report}); counting the run as failed.`);
    return { passed: 0, failed: 1, skipped: 0, total: 0 };
  }
}

/** The type check, the lint and the format check: they read the code and nothing else. */
async function staticChecks() {
  const [typecheck, lint, format] = await Promise.all([
    run('node_modules/.bin/tsc', ['-b']),
    // Both keep what they found per file, by content, in node_modules/.cache: a repeated run reads
    // again only the files that changed (a fresh clone reads them all).
    run('node_modules/.bin/eslint', ['.', '--cache', '--cache-strategy', 'content', '--cache-location', 'node_modules/.cache/eslint/']),
    run('node_modules/.bin/prettier', [
      '--check',
      '--cache',
      '--cache-strategy',
      'content',
      '--cache-location',
      'node_modules/.cache/prettier/.cache',
      '--log-level',
      'warn',
      '**/*.{ts,tsx,js,mjs}',
    ]),
  ]);
  const lines = ['\n== Type check (tsc -b) ==', typecheck.output.trimEnd() || 'No type errors.'];
  let failed = 0;
  if (typecheck.status !== 0) {
    failed += 1;
    lines.push('The type check failed; it counts as one failed test.');
  }
  lines.push('\n== Lint (eslint ., and prettier --check on the code) ==', (lint.output + format.output).trimEnd() || 'No lint or format problems.');
  if (lint.status !== 0) {
    failed += 1;
    lines.push('Lint found problems; they count as one failed test.');
  }
  if (format.status !== 0) {
    failed += 1;
    lines.push('Some files are not formatted (npm run format fixes them); that counts as one failed test.');
  }
  return { text: lines.filter(Boolean).join('\n'), passed: 0, failed };
}

/** The budgets (scripts/budgets.mjs): first-view JavaScript, round trips, CPU time, Lighthouse. */
async function budgets() {
  const { output } = await run('node', ['scripts/budgets.mjs']);
  // Its last line of results is one JSON line; the build's warnings may come after it on stderr.
  const lines = output.trimEnd().split('\n');
  const resultLine = lines.findLast((line) => line.startsWith('{"checks"'));
  const text = ['\n== Budgets: first-view JavaScript and Lighthouse on the production build ==', ...lines.filter((line) => line !== resultLine)].join('\n');
  try {
    const { checks } = JSON.parse(resultLine);
    const failed = checks.filter((c) => !c.ok).length + (checks.length === 0 ? 1 : 0);
    return { text, passed: checks.filter((c) => c.ok).length, failed };
  } catch {
    return { text: `${text}\nThe budget check wrote no result; counting it as failed.`, passed: 0, failed: 1 };
  }
}

/** Every build the browser tests and the budgets serve, each made once (scripts/lib/test-builds.mjs). */
function builds() {
  const started = Date.now();
  try {
    const made = buildAll();
    console.log(`Built ${made.map((b) => `${b.name} (${b.outDir}, ${(b.ms / 1000).toFixed(1)} s)`).join(', ')} in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
    return { passed: 0, failed: 0 };
  } catch (error) {
    console.error(String(error.message ?? error));
    return { passed: 0, failed: 1 };
  }
}

const seconds = (since) => `${Math.round((Date.now() - since) / 1000)} s`;
const started = Date.now();
mkdirSync('test-results', { recursive: true });
console.log('\n== Builds for the browser tests and the budgets ==');
const built = builds();

/** Starts a part of the run, and says when it has finished (its output is printed whole at the end). */
function part(name, work) {
  return work().then((result) => {
    const counts = result.total === undefined ? '' : `: ${result.passed} passed, ${result.failed} failed`;
    console.log(`  finished: ${name}${counts} (${seconds(started)} since the start)`);
    return { name, ...result };
  });
}

// Two phases. The component tests keep both cores busy on their own (run beside the browser tests
// they took four times as long, and the whole run no less). The browser tests then spend much of
// their time waiting on pages, so the type check, lint and budgets (which judge only what load
// does not move) run beside them. Each part's output is printed whole once all have finished.
console.log('\n== Tests: unit, component, property and database; then real-browser tests with the type check, lint and budgets beside them ==');
const vitestPart = (name, projects, report) => part(name, () => vitest(name, projects, report));
const unitResult = await vitestPart('Unit, component, property and database tests', ['domain', 'unit', 'couchdb'], 'test-results/vitest-unit.json');
const results = [
  unitResult,
  ...(await Promise.all([vitestPart('Real-browser tests', ['e2e'], 'test-results/vitest-e2e.json'), part('Type check, lint and format', staticChecks), part('Budgets', budgets)])),
];
for (const result of results) console.log(`\n${result.text}`);
const [unit, e2e] = results;
console.log(`\nThe whole run took ${seconds(started)}.`);

const parts = [built, ...results];
const passed = parts.reduce((sum, p) => sum + p.passed, 0);
let failed = parts.reduce((sum, p) => sum + p.failed, 0);
const skipped = unit.skipped + e2e.skipped;
if (unit.total + e2e.total === 0) failed += 1;
summary(passed, failed, skipped);
