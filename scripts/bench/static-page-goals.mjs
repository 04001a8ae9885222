// Issue 17 (as fast as a static page): every goal with its figure, its ratio and whether it is met.
//  - the overview's statuses and a detail page's charts painted, against a static snapshot of
//    each (its HTML and CSS, no script), in Chromium; Lighthouse mobile on all four, interleaved;
//    for the REST build and for the static-files build, whose overviews and ambitions' pages are drawn at build time;
//  - the first view's JavaScript;
//  - a daily series of 10,000 and 20,000 figures read, checked and judged;
//  - a CSV of 5,000 daily figures from file to preview in Chromium.
// Called by scripts/bench.mjs with its build; alone, `node scripts/bench/static-page-goals.mjs`
// builds dist/ itself. Returns (alone: exits with) the number of goals missed.
import { spawnSync } from 'node:child_process';
import { build } from '../lib/test-builds.mjs';
import { initialBytes, kb } from '../lib/bundle-size.mjs';
import { median } from '../lib/first-view.mjs';
import { measureImportInBrowser } from '../lib/import-in-browser.mjs';
import { runBundled } from '../lib/run-bundled.mjs';
import { measureVersusSnapshot, removeSnapshots } from '../lib/versus-snapshot.mjs';

/** The pages of one build against their snapshots: Chromium's paint timings and Lighthouse mobile. */
async function pageGoals({ label, outDir, goal }) {
  const x = (ratio) => `${ratio.toFixed(2)}×`;
  console.log(`\n  ${label} (${outDir}/)`);
  console.log('  Chromium, 412×823, five loads of each interleaved: the app against a snapshot of the same page (its HTML and CSS, no script)');
  const versus = await measureVersusSnapshot({ outDir, runs: 5 });
  for (const r of versus.results) {
    console.log(
      `    ${r.name} ${r.path}: ${r.what} painted at ${Math.round(r.appMs)} ms, snapshot ${Math.round(r.snapshotMs)} ms: ${x(r.ratio)} (runs ${r.app.map(Math.round).join(', ')} / ${r.snapshot.map(Math.round).join(', ')})`,
    );
  }
  const [overviewPaint, detailPaint] = versus.results;
  goal(
    `${label}: overview statuses painted, against its snapshot`,
    `${Math.round(overviewPaint.appMs)} ms / ${Math.round(overviewPaint.snapshotMs)} ms`,
    `${x(overviewPaint.ratio)} (≤ 1.5×)`,
    overviewPaint.ratio <= 1.5,
  );
  goal(
    `${label}: detail page charts painted, against its snapshot`,
    `${Math.round(detailPaint.appMs)} ms / ${Math.round(detailPaint.snapshotMs)} ms`,
    `${x(detailPaint.ratio)} (≤ 2×)`,
    detailPaint.ratio <= 2,
  );

  console.log('  Lighthouse mobile, five runs of each page interleaved');
  const lighthousePaths = ['/wyh', versus.snapshotUrls[0], '/wyh/ambitions/1', versus.snapshotUrls[1]];
  const pagesRun = spawnSync('node', ['scripts/lib/lighthouse-pages.mjs', outDir, '5', ...lighthousePaths], { encoding: 'utf8' });
  removeSnapshots(outDir);
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
  const lcpRatio = of('/wyh', 'lcpMs') / of(versus.snapshotUrls[0], 'lcpMs');
  goal(
    `${label}: overview LCP (Lighthouse mobile), against its snapshot`,
    `${Math.round(of('/wyh', 'lcpMs'))} ms / ${Math.round(of(versus.snapshotUrls[0], 'lcpMs'))} ms`,
    `${x(lcpRatio)} (≤ 1.5×)`,
    lcpRatio <= 1.5,
  );
  for (const path of ['/wyh', '/wyh/ambitions/1']) {
    const score = of(path, 'performance');
    goal(`${label}: Lighthouse mobile performance, ${path} (median of 5)`, `${score}`, `${(score / 95).toFixed(2)} of the goal (≥ 95)`, score >= 95);
  }
}

/**
 * `outDir` is the REST build (mock API on the preview server) the caller made; the static build,
 * whose overviews and ambitions' pages are drawn at build time, is made here beside it.
 */
export async function benchStaticPageGoals({ outDir, jsBytes }) {
  console.log('\nIssue 17: as fast as a static page (production builds, served by vite preview)');
  const goals = [];
  const goal = (what, figure, ratio, met) => goals.push({ what, figure, ratio, met });
  const x = (ratio) => `${ratio.toFixed(2)}×`;

  await pageGoals({ label: 'REST API', outDir, goal });
  await pageGoals({ label: 'Static files (pages drawn at build time)', outDir: build('static').outDir, goal });

  const FIRST_VIEW_GOAL_BYTES = 90 * 1024;
  goal('First-view JavaScript (gzip)', kb(jsBytes), `${(jsBytes / FIRST_VIEW_GOAL_BYTES).toFixed(2)} of the goal (≤ 90 KB)`, jsBytes <= FIRST_VIEW_GOAL_BYTES);

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
  for (let i = 0; i < 3; i += 1) previews.push(await measureImportInBrowser({ outDir, rows: 5_000, daily: true }));
  const previewMs = median(previews.map((p) => p.previewMs));
  const previewTask = Math.max(...previews.map((p) => p.longestPreviewTaskMs));
  // Timed in the page, from the file input's change to the first frame showing the preview; the
  // wall-clock time also counts Playwright handing the 200 KB file to the browser (50-70 ms here).
  console.log(
    `  a CSV of 5,000 daily figures, file chosen → preview shown (in the page): ${previews.map((p) => `${p.previewMs} ms (longest task ${p.longestPreviewTaskMs} ms; ${p.previewWallMs} ms with Playwright's hand-over)`).join(', ')}`,
  );
  goal('A 5,000-row import preview (median of 3)', `${previewMs} ms`, `${(previewMs / 300).toFixed(2)} of the limit (< 300 ms)`, previewMs < 300);
  goal('  …with no main-thread task over 200 ms (longest of 3)', `${previewTask} ms`, `${(previewTask / 200).toFixed(2)} of the limit (≤ 200 ms)`, previewTask <= 200);

  console.log('\nIssue 17 goals');
  for (const g of goals) console.log(`  ${g.met ? 'met   ' : 'MISSED'}  ${g.what}: ${g.figure}; ${g.ratio}`);
  const missed = goals.filter((g) => !g.met).length;
  console.log(`  ${goals.length - missed} of ${goals.length} met${missed ? `; ${missed} missed, so the exit code is 1` : ''}`);
  return missed;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.env.VITE_CONFIG_NATIVE_IGNORE_WARNING ??= 'true';
  const { outDir } = build('production');
  const missed = await benchStaticPageGoals({ outDir, jsBytes: initialBytes(outDir).jsBytes });
  process.exit(missed ? 1 : 0);
}
