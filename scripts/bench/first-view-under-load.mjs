// The first-view measurement (what the budgets judge) run again and again with the machine kept
// busy: two processes spinning on the CPU beside it, as a second test run or a build would. Each
// run must end with its figures or a named failure, never a crash of the process, and leave no
// server behind. Usage: node scripts/bench/first-view-under-load.mjs [times=20] [outDir=dist]
import { fork } from 'node:child_process';
import { stopChild, stopWithThisProcess } from '../lib/local-serving.mjs';
import { measureFirstView } from '../lib/first-view.mjs';
import { testBuild } from '../lib/test-builds.mjs';

if (process.argv[2] === '--spin') {
  // A child that only burns CPU until it is stopped.
  for (;;) Math.sqrt(Math.random());
}

const times = Number(process.argv[2] ?? 20);
const outDir = process.argv[3] ?? testBuild('production');
const spinners = [0, 1].map(() => stopWithThisProcess(fork(new URL(import.meta.url).pathname, ['--spin'], { stdio: 'ignore' })));

const rows = [];
try {
  for (let i = 1; i <= times; i += 1) {
    const started = Date.now();
    try {
      const [run] = await measureFirstView({ outDir, runs: 1 });
      rows.push({
        run: i,
        ok: true,
        statuses: run.statusCount,
        requests: run.requests,
        roundTrips: run.roundTrips,
        cpuMs: Math.round(run.mainThreadCpuMs),
        wallMs: Date.now() - started,
      });
    } catch (error) {
      rows.push({ run: i, ok: false, error: String(error.message ?? error).split('\n')[0], wallMs: Date.now() - started });
    }
    console.log(JSON.stringify(rows.at(-1)));
  }
} finally {
  await Promise.all(spinners.map(stopChild));
}
const failed = rows.filter((r) => !r.ok).length;
console.log(`${times} first-view measurements beside two busy processes: ${times - failed} finished, ${failed} failed, none crashed the process.`);
process.exit(failed ? 1 : 0);
