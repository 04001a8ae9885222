// Issue 17: Lighthouse's mobile preset over several pages of one build, interleaved run by run
// (page 1, page 2, …, then again), so that a spell of load on the machine falls on all of them
// alike. Prints one JSON line per run: the page, its performance score, LCP and total blocking time.
// The build is served as its deployment serves it (scripts/lib/serve-source.mjs).
//   node scripts/lib/lighthouse-pages.mjs <rest|couchdb|static> <runs> <path> [path …]
import lighthouse from 'lighthouse';
import { launchChromeForLighthouse } from './lighthouse-chrome.mjs';
import { serveSource } from './serve-source.mjs';

const [source = 'rest', runs = '5', ...paths] = process.argv.slice(2);
const preview = await serveSource(source);
const chrome = await launchChromeForLighthouse();
try {
  for (let run = 0; run < Number(runs); run += 1) {
    for (const path of paths) {
      const { lhr } = await lighthouse(`${preview.origin}${path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
      console.log(
        JSON.stringify({
          path,
          performance: Math.round((lhr.categories.performance?.score ?? 0) * 100),
          lcpMs: lhr.audits['largest-contentful-paint']?.numericValue,
          tbtMs: lhr.audits['total-blocking-time']?.numericValue,
        }),
      );
    }
  }
} finally {
  await chrome.kill();
  await preview.stop();
}
