import './zod-setup';
import { z } from 'zod';

// The deployment's settings, read once and validated: a typo in an env var fails loudly at start
// rather than as a blank dashboard.

const booleanText = z.enum(['true', 'false']).transform((v) => v === 'true');

const envSchema = z.object({
  /** http: the REST API; static: JSON files served with the app (read-only); browser: this browser's IndexedDB. */
  VITE_DATA_SOURCE: z.enum(['http', 'static', 'browser']).default('http'),
  VITE_API_BASE_URL: z.string().min(1).default('/api'),
  /** Where the static files are, for the static source and to seed the browser source. */
  VITE_STATIC_BASE_URL: z.string().min(1).default('/data'),
  /**
   * How the REST API knows who is calling. No secret is ever built into the bundle: "session-cookie"
   * sends the browser's cookies for the API; "bearer" sends the token the deployment's sign-in put
   * in sessionStorage under VITE_API_TOKEN_KEY.
   */
  VITE_API_AUTH: z.enum(['none', 'session-cookie', 'bearer']).default('none'),
  VITE_API_TOKEN_KEY: z.string().min(1).default('ambitions-dashboard:api-token'),
  VITE_FRAMEWORK_ID: z.string().regex(/^[a-z0-9-]+$/).default('wyh'),
  /** Start the MSW mock API in the browser. On by default in development, off in a production build. */
  VITE_ENABLE_MOCKS: booleanText.optional(),
  /** Who to contact about accessibility, shown in the accessibility statement (e.g. an email address). */
  VITE_ACCESSIBILITY_CONTACT: z.string().trim().min(3).max(200).optional(),
  /** Pin "today" (YYYY-MM-DD) so statuses in a demo or a test do not drift with the calendar. */
  VITE_TODAY: z.iso.date().optional(),
});

export type AppConfig = {
  dataSource: 'http' | 'static' | 'browser';
  apiBaseUrl: string;
  staticBaseUrl: string;
  apiAuth: 'none' | 'session-cookie' | 'bearer';
  apiTokenKey: string;
  frameworkId: string;
  enableMocks: boolean;
  today?: Date;
  accessibilityContact?: string;
};

export function readConfig(env: Record<string, unknown>, isDev: boolean): AppConfig {
  const result = envSchema.safeParse(env);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`The app's configuration is not valid: ${problems}`);
  }
  const e = result.data;
  return {
    dataSource: e.VITE_DATA_SOURCE,
    apiBaseUrl: e.VITE_API_BASE_URL,
    staticBaseUrl: e.VITE_STATIC_BASE_URL,
    apiAuth: e.VITE_API_AUTH,
    apiTokenKey: e.VITE_API_TOKEN_KEY,
    frameworkId: e.VITE_FRAMEWORK_ID,
    enableMocks: e.VITE_ENABLE_MOCKS ?? isDev,
    today: e.VITE_TODAY ? new Date(`${e.VITE_TODAY}T12:00:00Z`) : undefined,
    accessibilityContact: e.VITE_ACCESSIBILITY_CONTACT,
  };
}

export const config: AppConfig = readConfig(import.meta.env, import.meta.env.DEV);
