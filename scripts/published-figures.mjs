// npm run figures:published: see scripts/published-figures/convert-cli.ts for what it does.
import { runBundled } from './lib/run-bundled.mjs';

process.env.VITE_CONFIG_NATIVE_IGNORE_WARNING ??= 'true';
const run = await runBundled('scripts/published-figures/convert-cli.ts', { args: process.argv.slice(2), stdio: 'inherit' });
process.exitCode = run.status ?? 1;
