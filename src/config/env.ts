import './zod-setup';
import { z } from 'zod/mini';

// The deployment's settings, read once and validated: a typo in an env var fails loudly at start
// rather than as a blank dashboard.

const booleanText = z.pipe(
  z.enum(['true', 'false']),
  z.transform((v) => v === 'true'),
);

const envSchema = z.object({
  /**
   * http: the REST API; static: JSON files served with the app (read-only); browser: this
   * browser's IndexedDB; couchdb: an Apache CouchDB database, shared, with sign-in.
   */
  VITE_DATA_SOURCE: z._default(z.enum(['http', 'static', 'browser', 'couchdb']), 'http'),
  /** The CouchDB server: absolute, or relative to the page behind a same-origin proxy ("/couch"). */
  VITE_COUCHDB_URL: z._default(z.string().check(z.minLength(1)), '/couch'),
  VITE_COUCHDB_DATABASE: z._default(z.string().check(z.regex(/^[a-z][a-z0-9_$()+/-]*$/)), 'ambitions'),
  VITE_API_BASE_URL: z._default(z.string().check(z.minLength(1)), '/api'),
  /** Where the static files are, for the static source and to seed the browser source. */
  VITE_STATIC_BASE_URL: z._default(z.string().check(z.minLength(1)), '/data'),
  /**
   * How the REST API knows who is calling. No secret is ever built into the bundle: "session-cookie"
   * sends the browser's cookies for the API; "bearer" sends the token the deployment's sign-in put
   * in sessionStorage under VITE_API_TOKEN_KEY.
   */
  VITE_API_AUTH: z._default(z.enum(['none', 'session-cookie', 'bearer']), 'none'),
  VITE_API_TOKEN_KEY: z._default(z.string().check(z.minLength(1)), 'ambitions-dashboard:api-token'),
  VITE_FRAMEWORK_ID: z._default(z.string().check(z.regex(/^[a-z0-9-]+$/)), 'wyh'),
  /** Start the MSW mock API in the browser. On by default in development, off in a production build. */
  VITE_ENABLE_MOCKS: z.optional(booleanText),
  /** Who to contact about accessibility, shown in the accessibility statement (e.g. an email address). */
  VITE_ACCESSIBILITY_CONTACT: z.optional(z.string().check(z.trim(), z.minLength(3), z.maxLength(200))),
  /**
   * The OHID Fingertips API, for "Check Fingertips for new figures"; "off" hides the check (the
   * CSV route and `npm run fingertips:pull` remain). Allowed by the built Content-Security-Policy.
   * Checked here when the app starts; read where it is used (src/api/fingertips.ts), in the
   * lazily loaded import page.
   */
  VITE_FINGERTIPS_API_URL: z._default(z.string().check(z.regex(/^(off|https?:\/\/\S+)$/)), 'https://fingertips.phe.org.uk'),
  /** Pin "today" (YYYY-MM-DD) so statuses in a demo or a test do not drift with the calendar. */
  VITE_TODAY: z.optional(z.iso.date()),
});

export type AppConfig = {
  dataSource: 'http' | 'static' | 'browser' | 'couchdb';
  apiBaseUrl: string;
  couchdbUrl: string;
  couchdbDatabase: string;
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
    couchdbUrl: e.VITE_COUCHDB_URL,
    couchdbDatabase: e.VITE_COUCHDB_DATABASE,
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
