// The design document that makes the database enforce the app's rules: validate_doc_update is
// src/data-source/couchdb/store-rules.ts (and the period parser it uses) bundled into one
// function, so the database and the app share the same code for who may change what and what a
// valid figure is. Built, never hand-edited.
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
      minify: false,
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
    },
    validate_doc_update: `function (newDoc, oldDoc, userCtx, secObj) {\n${code}\nstoreRules.validate(newDoc, oldDoc, userCtx);\n}`,
  };
}
