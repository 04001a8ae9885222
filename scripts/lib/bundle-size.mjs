// What a first visit downloads before the overview can render: the files index.html loads (its
// module script, modulepreloads and stylesheets), measured in gzip bytes. Shared by the bench and
// the budget check.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
export const gzipBytes = (file) => gzipSync(readFileSync(file), { level: 9 }).length;

export function initialAssets(outDir) {
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  const refs = [...html.matchAll(/<(?:script[^>]*\bsrc|link[^>]*\bhref)="([^"]+\.(?:js|css))"/g)].map((m) => m[1]);
  return [...new Set(refs)].map((ref) => join(outDir, ref.replace(/^\//, '')));
}

export function initialBytes(outDir) {
  const initial = initialAssets(outDir);
  const sum = (ext) => initial.filter((f) => f.endsWith(ext)).reduce((s, f) => s + gzipBytes(f), 0);
  return { initial, jsBytes: sum('.js'), cssBytes: sum('.css') };
}
