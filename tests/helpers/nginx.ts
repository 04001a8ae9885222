// @ts-expect-error a plain ES module of the build scripts, without types
import { nginxHome as home, startCouchNginx as couchNginx, startNginx as start } from '../../scripts/lib/nginx.mjs';

// nginx started for a test with a documented configuration (docs/hosting/): scripts/lib/nginx.mjs,
// with its types.

export interface TestNginx {
  origin: string;
  /** A folder of the test's own, e.g. for a root of files to serve. */
  home: string;
  stop(): Promise<void>;
}

/** A folder for nginx's own files, before the configuration that names it is written. */
export const nginxHome = home as () => string;

/** Runs `config` (what goes inside nginx's http block) from `home`, and waits until `origin` answers. */
export const startNginx = start as (home: string, origin: string, config: string) => Promise<TestNginx>;

/** docs/hosting/nginx-couchdb.conf without TLS on a loopback port, serving `root` in front of the CouchDB server at `couchHost`. */
export const startCouchNginx = couchNginx as (options: { root: string; couchHost: string; port?: number }) => Promise<TestNginx>;
