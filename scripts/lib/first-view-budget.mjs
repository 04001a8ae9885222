// The first-view budget the test command enforces: only figures a busy machine does not move.
// Bytes are counted from the files; requests and round trips are counted under a fixed injected
// latency; main-thread work is the renderer main thread's own CPU time (see first-view.mjs).
// Lighthouse's performance score and timings are not here: they move with the machine's load,
// so `npm run bench` prints them with their spread instead.
import { initialBytes, kb } from './bundle-size.mjs';
import { measureFirstView, median, ROUND_TRIP_MS } from './first-view.mjs';

export const FIRST_VIEW_BUDGET = {
  /**
   * 125.7 KB today; issue 17 aims at 90 (`npm run bench` prints it). Set when it was 116, plus
   * 10 KB: a new library in the first view is a decision, and now so is any growth.
   */
  jsGzipBytes: 126 * 1024,
  cssGzipBytes: 8 * 1024,
  /**
   * Today: the page (1), its scripts, styles and the framework together (2), the ten series (3).
   * One more round is a slower first view on every phone.
   */
  roundTrips: 3,
  /**
   * Today 20: the page, 7 scripts and styles, the favicon, the framework and ten series. The
   * header's counter of kept changes (and the outbox behind it) loads once the first view's data
   * is in, so it no longer competes with it (24 before).
   */
  requests: 20,
  /**
   * Median renderer main-thread CPU time until the statuses show. Measured 371–388 ms with the
   * machine idle and 321–452 ms with one or two cores kept busy: twice the idle figure leaves
   * room for that spread and still fails a page that does twice the work.
   */
  mainThreadCpuMs: 780,
  statuses: 10,
};

/** Runs every first-view check on a built app; returns [{ name, ok, measured }]. */
export async function firstViewChecks(outDir, runs = 3) {
  const budget = FIRST_VIEW_BUDGET;
  const checks = [];
  const check = (name, ok, measured) => checks.push({ name, ok, measured });
  const { jsBytes, cssBytes } = initialBytes(outDir);
  check(`first-view JavaScript at most ${kb(budget.jsGzipBytes)} gzip`, jsBytes <= budget.jsGzipBytes, kb(jsBytes));
  check(`first-view CSS at most ${kb(budget.cssGzipBytes)} gzip`, cssBytes <= budget.cssGzipBytes, kb(cssBytes));

  let results;
  try {
    results = await measureFirstView({ outDir, runs });
  } catch (error) {
    check('the overview shows its statuses', false, String(error).split('\n')[0]);
    return checks;
  }
  const statuses = Math.min(...results.map((r) => r.statusCount));
  check(`the overview shows all ${budget.statuses} statuses`, statuses === budget.statuses, `${statuses} cards`);
  // Counts do not vary from run to run; the largest is judged in case one ever does.
  const roundTrips = Math.max(...results.map((r) => r.roundTrips));
  const requests = Math.max(...results.map((r) => r.requests));
  const worst = results.find((r) => r.roundTrips === roundTrips);
  check(
    `round trips before the statuses show at most ${budget.roundTrips} (each held ${ROUND_TRIP_MS} ms)`,
    roundTrips <= budget.roundTrips,
    String(roundTrips) + (roundTrips > budget.roundTrips ? `: ${worst.urls.join(', ')}` : ''),
  );
  check(`requests before the statuses show at most ${budget.requests}`, requests <= budget.requests, String(requests));
  const cpu = results.map((r) => r.mainThreadCpuMs);
  check(
    `main-thread CPU time before the statuses show at most ${budget.mainThreadCpuMs} ms (median of ${runs})`,
    median(cpu) <= budget.mainThreadCpuMs,
    `${Math.round(median(cpu))} ms (runs ${cpu.map((c) => Math.round(c)).join(', ')})`,
  );
  return checks;
}
