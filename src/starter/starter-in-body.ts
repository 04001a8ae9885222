import { runStarterInBody, type StarterConfig } from './starter';

// Bundled on its own (vite.config.ts, pageStarter) into the script inlined just after the app's root.
declare const STARTER_CONFIG: StarterConfig;

runStarterInBody(STARTER_CONFIG);
