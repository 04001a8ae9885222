import { runStarterInHead, type StarterConfig } from './starter';

// Bundled on its own (vite.config.ts, pageStarter) into the script inlined at the top of index.html's head.
declare const STARTER_CONFIG: StarterConfig;

runStarterInHead(STARTER_CONFIG);
