// Lighthouse (from npm) against the production build served locally by `vite preview`, with the
// mock API answering /api on the server (MOCK_API_SERVER=true, see vite.config.ts) and files
// gzipped as a real host would, in Debian's Chromium: mobile and desktop presets. Prints the
// scores and LCP / TBT / CLS as one JSON line per run.
// Usage: node scripts/lighthouse.mjs [outDir=dist] [path=/wyh] [mobileRuns=1]
// Several mobile runs, because one run's performance score wanders by several points on a shared
// 2-core machine: npm run bench prints their spread; the test command judges only accessibility
// and best practices, which do not.
import lighthouse from 'lighthouse';
import { launchChromeForLighthouse } from './lib/lighthouse-chrome.mjs';
import { servePreview } from './lib/local-serving.mjs';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';

const [outDir = 'dist', path = '/wyh', mobileRuns = '1'] = process.argv.slice(2);
const preview = await servePreview({ outDir, env: { MOCK_API_SERVER: 'true' }, waitPath: path });
const url = `${preview.origin}${path}`;

const chrome = await launchChromeForLighthouse();
try {
  const runs = [...Array.from({ length: Number(mobileRuns) }, () => ['mobile', undefined]), ['desktop', desktopConfig]];
  for (const [preset, config] of runs) {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices'] }, config);
    const lhr = result.lhr;
    const score = (id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
    const audit = (id) => lhr.audits[id]?.numericValue;
    const failing = Object.values(lhr.audits)
      .filter((a) => a.score !== null && a.score < 1 && ['accessibility', 'best-practices'].some((c) => lhr.categories[c].auditRefs.some((r) => r.id === a.id && r.weight > 0)))
      .map((a) => a.id);
    console.log(
      JSON.stringify({
        preset,
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        lcpMs: audit('largest-contentful-paint'),
        tbtMs: audit('total-blocking-time'),
        cls: audit('cumulative-layout-shift'),
        failing,
      }),
    );
  }
} finally {
  await chrome.kill();
  await preview.stop();
}
