import { spawnSync } from 'node:child_process';
import { build } from 'vite';

// Node 20 cannot run TypeScript: a script that uses the app's own code (the domain, the Fingertips
// client) is bundled by Vite first, then run, so it runs exactly the code the app and tests run.

/** Bundles `entry` (a .ts file) for Node and runs it with `args` (and Node's own `nodeOptions`); its output is returned, or shown with `stdio: 'inherit'`. */
export async function runBundled(entry, { args = [], stdio = 'pipe', nodeOptions = [] } = {}) {
  const name = entry.replace(/^.*\//, '').replace(/\.ts$/, '');
  const outDir = `node_modules/.cache/bundled-${name}`;
  await build({
    logLevel: 'silent',
    configFile: false,
    build: { ssr: entry, outDir, emptyOutDir: true, rollupOptions: { output: { entryFileNames: `${name}.mjs` } } },
  });
  return spawnSync('node', [...nodeOptions, `${outDir}/${name}.mjs`, ...args], { encoding: 'utf8', stdio });
}
