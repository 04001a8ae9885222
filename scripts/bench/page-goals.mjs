// Issues 17 and 33 (as fast as a static page, where partnerships really run it): every goal with its
// figure, its ratio and whether it is met.
//  - for each deployment (CouchDB with the local server behind the documented nginx, REST with the
//    mock API, static files with their pages drawn at build time): the overview's statuses and a
//    detail page's charts painted, against a static snapshot of each (its HTML and CSS, no script),
//    in Chromium, on a first visit, and for CouchDB and REST on a repeat visit too; Lighthouse
//    mobile on all four pages, interleaved, median of five;
//  - the first view's JavaScript, against its 126 KB budget;
//  - a daily series of 10,000 and 20,000 figures read, checked and judged;
//  - a CSV of 5,000 daily figures from file to preview in Chromium.
// Called by scripts/bench.mjs; alone, `node scripts/bench/page-goals.mjs` builds what it needs.
// Returns (alone: exits with) the number of goals missed.
import { spawnSync } from 'node:child_process';
import { build } from '../lib/test-builds.mjs';
import { initialBytes, kb } from '../lib/bundle-size.mjs';
import { FIRST_VIEW_BUDGET } from '../lib/first-view-budget.mjs';
import { median } from '../lib/first-view.mjs';
import { measureImportInBrowser } from '../lib/import-in-browser.mjs';
import { runBundled } from '../lib/run-bundled.mjs';
import { measureVersusSnapshot, removeSnapshots } from '../lib/versus-snapshot.mjs';

/**
 * The pages of one deployment against their snapshots: Chromium's paint timings on a first visit
 * (and, with `repeatGoal`, on a repeat visit) and Lighthouse mobile. `goals` gives each limit.
 */
async function pageGoals({ label, source, goals, goal }) {
  const x = (ratio) => `${ratio.toFixed(2)}×`;
  console.log(`\n  ${label}`);
  console.log('  Chromium, 412×823, five loads of each interleaved: the app against a snapshot of the same page (its HTML and CSS, no script)');
  const report = (versus, visit) => {
    for (const r of versus.results) {
      console.log(
        `    ${visit}, ${r.name} ${r.path}: ${r.what} painted at ${Math.round(r.appMs)} ms, snapshot ${Math.round(r.snapshotMs)} ms: ${x(r.ratio)} (runs ${r.app.map(Math.round).join(', ')} / ${r.snapshot.map(Math.round).join(', ')})`,
      );
    }
  };
  // The snapshots stay in the build until Lighthouse has loaded them beside the pages.
  const first = await measureVersusSnapshot({ source, runs: 5 });
  report(first, 'first visit');
  const [overviewPaint, detailPaint] = first.results;
  const ratioGoal = (what, paint, limit) =>
    goal(`${label}: ${what}, against its snapshot`, `${Math.round(paint.appMs)} ms / ${Math.round(paint.snapshotMs)} ms`, `${x(paint.ratio)} (≤ ${limit}×)`, paint.ratio <= limit);
  ratioGoal('first visit, overview statuses painted', overviewPaint, goals.overview);
  ratioGoal('first visit, detail page charts painted', detailPaint, goals.detail);
  if (goals.repeat) {
    const repeat = await measureVersusSnapshot({ source, runs: 5, repeat: true });
    report(repeat, 'repeat visit (the third load in one browser profile)');
    ratioGoal('repeat visit, overview statuses painted', repeat.results[0], goals.repeat);
  }

  console.log('  Lighthouse mobile, five runs of each page interleaved (a first visit each: Lighthouse clears the storage)');
  const lighthousePaths = ['/wyh', first.snapshotUrls[0], '/wyh/ambitions/1', first.snapshotUrls[1]];
  const pagesRun = spawnSync('node', ['scripts/lib/lighthouse-pages.mjs', source, '5', ...lighthousePaths], { encoding: 'utf8' });
  removeSnapshots(first.outDir);
  if (pagesRun.status !== 0) console.error(pagesRun.stderr);
  const pageRuns = pagesRun.stdout
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l));
  const of = (path, key) => median(pageRuns.filter((r) => r.path === path).map((r) => r[key]));
  for (const path of lighthousePaths) {
    const runsOf = pageRuns.filter((r) => r.path === path);
    console.log(
      `    ${path}: performance median ${of(path, 'performance')} (${runsOf.map((r) => r.performance).join(', ')}); LCP median ${Math.round(of(path, 'lcpMs'))} ms; TBT median ${Math.round(of(path, 'tbtMs'))} ms`,
    );
  }
  for (const [path, limit] of [
    ['/wyh', goals.lighthouseOverview],
    ['/wyh/ambitions/1', goals.lighthouseDetail],
  ]) {
    const score = of(path, 'performance');
    goal(`${label}: Lighthouse mobile performance, ${path} (median of 5)`, `${score}`, `${(score / limit).toFixed(2)} of the goal (≥ ${limit})`, score >= limit);
  }
}

/**
 * Issue 33's goals for the deployments that read figures at run time (CouchDB with the local
 * server behind the documented nginx, REST with the mock API), and issue 17's for static files
 * (pages drawn at build time). The builds are made here (or by the caller, `made`).
 */
export async function benchPageGoals({ jsBytes, made = [] }) {
  console.log('\nIssues 17 and 33: each deployment against a static snapshot of the same page (production builds)');
  const goals = [];
  const goal = (what, figure, ratio, met) => goals.push({ what, figure, ratio, met });
  const x = (ratio) => `${ratio.toFixed(2)}×`;
  for (const name of ['couchdb', 'production', 'static']) if (!made.includes(name)) build(name);

  const runTime = { overview: 2, detail: 2.5, repeat: 1.2, lighthouseOverview: 95, lighthouseDetail: 90 };
  await pageGoals({ label: 'CouchDB (local server behind docs/hosting/nginx-couchdb.conf)', source: 'couchdb', goals: runTime, goal });
  await pageGoals({ label: 'REST API (mock API on the preview server)', source: 'rest', goals: runTime, goal });
  await pageGoals({
    label: 'Static files (pages drawn at build time)',
    source: 'static',
    goals: { overview: 1.5, detail: 2, lighthouseOverview: 95, lighthouseDetail: 95 },
    goal,
  });

  // The 90 KB goal is retired (issue 33): react-dom and react-query alone weigh about 69 KB.
  goal(
    'First-view JavaScript (gzip), REST build',
    kb(jsBytes),
    `${(jsBytes / FIRST_VIEW_BUDGET.jsGzipBytes).toFixed(2)} of the budget (≤ 126 KB)`,
    jsBytes <= FIRST_VIEW_BUDGET.jsGzipBytes,
  );

  // Three separate processes, judged on their medians: one process's figures can all land in a
  // spell of load on the machine, and a ratio near 2 is where that decides the verdict.
  const seriesRuns = [];
  for (let i = 0; i < 3; i += 1) {
    const seriesRun = await runBundled('scripts/bench/series-scale.ts', { nodeOptions: ['--expose-gc'] });
    if (seriesRun.status !== 0) {
      console.error(seriesRun.stderr);
      process.exit(1);
    }
    seriesRuns.push(JSON.parse(seriesRun.stdout));
  }
  const series = { ms: median(seriesRuns.map((r) => r.ms)), doubledMs: median(seriesRuns.map((r) => r.doubledMs)) };
  const doubling = median(seriesRuns.map((r) => r.doubledMs / r.ms));
  console.log(
    `  a daily series read, checked and judged (least of 21 rounds each, garbage collected before each; three processes): 10,000 figures ${seriesRuns.map((r) => r.ms.toFixed(1)).join(', ')} ms; 20,000 ${seriesRuns.map((r) => r.doubledMs.toFixed(1)).join(', ')} ms; ratios ${seriesRuns.map((r) => (r.doubledMs / r.ms).toFixed(2)).join(', ')}`,
  );
  goal('A 10,000-figure daily series read, checked and judged', `${series.ms.toFixed(1)} ms`, `${(series.ms / 50).toFixed(2)} of the limit (< 50 ms)`, series.ms < 50);
  // Linear cost measures 1.9 to 2.1 here (caches and the collector see a larger heap); a cost
  // that grows with the square measures 4. The allowance is for the machine, not for the code.
  goal(
    'The same with 20,000 figures: doubling the figures at most doubles the time',
    `${series.doubledMs.toFixed(1)} ms`,
    `${x(doubling)}, median of three (≤ 2×, judged at ≤ 2.2×)`,
    doubling <= 2.2,
  );

  const previews = [];
  for (let i = 0; i < 3; i += 1) previews.push(await measureImportInBrowser({ outDir: 'dist', rows: 5_000, daily: true, previewOnly: true }));
  const previewMs = median(previews.map((p) => p.previewMs));
  const previewTask = Math.max(...previews.map((p) => p.longestPreviewTaskMs));
  // Timed in the page, from the file input's change to the first frame showing the preview; the
  // wall-clock time also counts Playwright handing the 200 KB file to the browser (50-70 ms here).
  console.log(
    `  a CSV of 5,000 daily figures, file chosen → preview shown (in the page): ${previews.map((p) => `${p.previewMs} ms (longest task ${p.longestPreviewTaskMs} ms; ${p.previewWallMs} ms with Playwright's hand-over)`).join(', ')}`,
  );
  goal('A 5,000-row import preview (median of 3)', `${previewMs} ms`, `${(previewMs / 300).toFixed(2)} of the limit (< 300 ms)`, previewMs < 300);
  goal('  …with no main-thread task over 200 ms (longest of 3)', `${previewTask} ms`, `${(previewTask / 200).toFixed(2)} of the limit (≤ 200 ms)`, previewTask <= 200);

  console.log('\nIssues 17 and 33: goals');
  for (const g of goals) console.log(`  ${g.met ? 'met   ' : 'MISSED'}  ${g.what}: ${g.figure}; ${g.ratio}`);
  const missed = goals.filter((g) => !g.met).length;
  console.log(`  ${goals.length - missed} of ${goals.length} met${missed ? `; ${missed} missed, so the exit code is 1` : ''}`);
  return missed;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.env.VITE_CONFIG_NATIVE_IGNORE_WARNING ??= 'true';
  const { outDir } = build('production');
  const missed = await benchPageGoals({ jsBytes: initialBytes(outDir).jsBytes, made: ['production'] });
  process.exit(missed ? 1 : 0);
}
