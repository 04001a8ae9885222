// npm run fingertips:pull: see scripts/fingertips/pull-cli.ts for what it does and its options.
import { runBundled } from './lib/run-bundled.mjs';

process.env.VITE_CONFIG_NATIVE_IGNORE_WARNING ??= 'true';
const run = await runBundled('scripts/fingertips/pull-cli.ts', { args: process.argv.slice(2), stdio: 'inherit' });
process.exitCode = run.status ?? 1;
