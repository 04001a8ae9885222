// Makes a fresh clone ready: installs npm packages when they are missing and, for the browser
// tests, Debian's Chromium. Plain Node with no dependencies, so it runs before `npm ci`.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', ...options });
  return result.status === 0;
}

export function ensurePackages() {
  if (existsSync('node_modules/.package-lock.json')) return true;
  console.log('Installing npm packages (npm ci)…');
  return run('npm', ['ci', '--no-audit', '--no-fund']);
}

export const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';

/**
 * The browser tests need Chromium, and nginx to show the documented static-host configuration
 * serving deep links. Neither can be downloaded here; Debian's packages are the only source, and
 * they need root.
 */
export function ensureChromium() {
  if (existsSync(CHROMIUM) && existsSync(NGINX)) return true;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !existsSync('/usr/bin/apt-get')) {
    console.error(
      `Chromium (${CHROMIUM}) or nginx (${NGINX}) is missing. Install Debian's packages: sudo apt-get install -y chromium nginx-light (or set CHROME_PATH, NGINX_PATH).`,
    );
    return false;
  }
  console.log("Installing Debian's Chromium and nginx for the browser tests…");
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  return (
    run('apt-get', ['update', '-qq'], { env }) &&
    run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium', 'fonts-dejavu-core', 'nginx-light'], { env }) &&
    existsSync(CHROMIUM) &&
    existsSync(NGINX)
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const wantChromium = process.argv.includes('--chromium');
  if (!ensurePackages() || (wantChromium && !ensureChromium())) process.exit(1);
}
