// The design document that makes the database enforce the app's rules: validate_doc_update is
// src/data-source/couchdb/store-rules.ts bundled into one function with everything it uses (the
// app's schemas, zod/mini, the rule book in src/domain/rules), so the database and the app run
// the same code for who may change what and what a document may hold. Built, never hand-edited.
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { build } from 'vite';

export const DESIGN_DOC_ID = '_design/ambitions-dashboard';

export async function buildDesignDoc() {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      // CouchDB 3.2+ runs validate functions in SpiderMonkey 78/91 or QuickJS: ES2017 is safe.
      target: 'es2017',
      // Minified: the database compiles this text in every JavaScript process it starts.
      minify: true,
      // From the repository's root, where every script runs (and where a bundled copy still looks).
      lib: { entry: resolve('src/data-source/couchdb/store-rules.ts'), formats: ['iife'], name: 'storeRules', fileName: () => 'store-rules.js' },
    },
  });
  const outputs = Array.isArray(result) ? result : [result];
  const code = outputs.flatMap((o) => o.output).find((chunk) => chunk.type === 'chunk')?.code;
  if (!code) throw new Error('The store rules did not build');
  return {
    _id: DESIGN_DOC_ID,
    language: 'javascript',
    // The home page's list of partnerships: a row per framework document, with what the list shows.
    views: {
      frameworks: {
        map: `function (doc) {
  if (doc.type !== 'framework' || !doc.framework) return;
  var f = doc.framework;
  var summary = { id: f.id, name: f.name, shortName: f.shortName, places: (f.places || []).length, ambitions: (f.ambitions || []).length };
  if (f.note) summary.note = f.note;
  if (f.example) summary.example = true;
  if (f.terms) summary.terms = f.terms;
  emit(f.id, summary);
}`,
      },
      // A page's first view in one read (src/data-source/couchdb/first-view.ts, which builds its
      // address, and the page's starter in index.html, which sends it while the app's code
      // downloads): [id, 'definition'] gives the partnership's definition and every indicator's
      // record; [id, 'place', place] the figures of every indicator for that place, as linked
      // documents (the value's _id, read with include_docs); [id, 'place', ''] the whole
      // partnership's, which only the definition knows.
      'first-view': {
        map: `function (doc) {
  var at = typeof doc._id === 'string' ? doc._id.indexOf(':') : -1;
  if (at < 1) return;
  var id = doc._id.slice(0, at);
  if (doc.type === 'indicator') emit([id, 'definition'], null);
  if (doc.type !== 'framework' || !doc.framework || doc._id !== id + ':definition') return;
  emit([id, 'definition'], null);
  var indicators = [];
  (doc.framework.ambitions || []).forEach(function (a) {
    (a.indicators || []).forEach(function (i) { if (i && typeof i.id === 'string') indicators.push(i.id); });
  });
  (doc.framework.places || []).forEach(function (p) {
    if (!p || typeof p.id !== 'string') return;
    indicators.forEach(function (i) {
      var link = { _id: id + ':series:' + i + ':' + p.id };
      emit([id, 'place', p.id], link);
      if (p.isTotal) emit([id, 'place', ''], link);
    });
  });
}`,
      },
    },
    validate_doc_update: validateFunction(code),
  };
}

/**
 * CouchDB's engines (couchjs's SpiderMonkey, QuickJS, and pouchdb-server's Node vm context) have
 * no URL, which the schemas' web-address check asks for: a small parser of absolute addresses
 * stands in where there is none. Only the protocol and host are read (zod checks the protocol).
 */
const URL_STAND_IN = `if (typeof globalThis.URL === 'undefined') {
  globalThis.URL = function (input) {
    var m = /^([a-z][a-z0-9+.-]*):\\/\\/(?:[^\\/?#@]*@)?([^\\/?#:]+)(?::(\\d+))?([^?#]*)(\\?[^#]*)?(#.*)?$/i.exec(String(input));
    if (!m || /\\s/.test(String(input))) throw new TypeError('Invalid URL');
    this.href = String(input); this.protocol = m[1].toLowerCase() + ':'; this.hostname = m[2].toLowerCase(); this.host = m[2].toLowerCase() + (m[3] ? ':' + m[3] : '');
    this.port = m[3] || ''; this.pathname = m[4] || '/'; this.search = m[5] || ''; this.hash = m[6] || '';
  };
}`;

/**
 * The function CouchDB runs for every write. The bundle is evaluated once per engine and kept on
 * the engine's global under a name that carries its hash (so new rules are never served from an
 * old copy), not rebuilt for every document.
 */
function validateFunction(code) {
  const key = `__ambitionsStoreRules_${createHash('sha256').update(code).digest('hex').slice(0, 16)}`;
  return `function (newDoc, oldDoc, userCtx, secObj) {
  var rules = globalThis.${key};
  if (!rules) {
${URL_STAND_IN}
${code}
    rules = globalThis.${key} = storeRules;
  }
  rules.validate(newDoc, oldDoc, userCtx);
}`;
}
