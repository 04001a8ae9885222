// Lint rules that keep the architecture honest: features do not import each other, shared code
// does not reach into features or the app layer, the domain stays free of React, and only the
// HTTP data source talks to the network.
import js from '@eslint/js';
import { readdirSync } from 'node:fs';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Every folder under src/features, read at lint time: a new feature is guarded the day it appears.
const FEATURES = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const restrict = (patterns) => ['error', { patterns }];

export default tseslint.config(
  { ignores: ['dist', 'dist-demo', 'dist-couch', 'dist-static', '.couchdb-data', 'node_modules', 'scripts/*.tmp.mjs', 'public/mockServiceWorker.js', 'test-results', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Render data as text; never as HTML.' }],
      'no-restricted-globals': [
        'error',
        { name: 'fetch', message: 'Reach data through the DataSource (src/data-source), never fetch directly.' },
        { name: 'XMLHttpRequest', message: 'Reach data through the DataSource (src/data-source), never XMLHttpRequest.' },
      ],
      // The same fetch reached through the global object.
      'no-restricted-properties': [
        'error',
        ...['globalThis', 'window', 'self'].flatMap((object) => [
          { object, property: 'fetch', message: 'Reach data through the DataSource (src/data-source), never fetch directly.' },
          { object, property: 'XMLHttpRequest', message: 'Reach data through the DataSource (src/data-source), never XMLHttpRequest.' },
        ]),
      ],
    },
  },
  {
    // Shared screens reach data as features do: through src/api, never src/data-source.
    files: ['src/{components,hooks,charts}/**/*.{ts,tsx}'],
    ignores: ['src/**/*.test.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs'] })] },
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: ['components', 'hooks', 'charts'].map((folder) => ({
            target: `./src/${folder}`,
            from: './src/data-source',
            message: 'Shared screens reach data through src/api, never src/data-source.',
          })),
        },
      ],
    },
  },
  {
    // Resolved file paths, not import strings: '../ambition/AmbitionPage' is caught as surely as
    // '../../features/ambition/AmbitionPage'.
    files: ['src/features/**/*.{ts,tsx}'],
    ignores: ['src/features/**/*.test.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs'] })] },
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: FEATURES.flatMap((feature) => [
            {
              target: `./src/features/${feature}`,
              from: './src/features',
              except: [`./${feature}`],
              message: 'Features do not import each other; share through src/components, src/hooks or src/charts.',
            },
            { target: `./src/features/${feature}`, from: './src/app', message: 'Features do not import the app layer.' },
            {
              target: `./src/features/${feature}`,
              from: './src/data-source',
              message: 'Features reach data through src/api (its hooks and its error type), never src/data-source.',
            },
          ]),
        },
      ],
    },
  },
  {
    // No import cycles anywhere in the app: each module can be understood from what it imports.
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs'] })],
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
    },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
  {
    files: ['src/{components,hooks,lib,api,charts,data-source,config,outbox}/**'],
    rules: {
      'no-restricted-imports': restrict([{ group: ['**/features/**', '**/app/**'], message: 'Shared code does not import features or the app layer.' }]),
    },
  },
  // The domain imports only itself: from its top level nothing above it, from a room in it
  // (domain/rules/) nothing above the domain.
  ...[
    { files: ['src/domain/*.ts'], outside: '../*' },
    { files: ['src/domain/*/*.ts'], outside: '../../*' },
  ].map(({ files, outside }) => ({
    files,
    ignores: ['src/domain/**/*.test.ts'],
    rules: {
      'no-restricted-imports': restrict([
        { group: ['react', 'react-dom', '@tanstack/*', 'recharts', 'zustand', 'react-router'], message: 'The domain is pure TypeScript, with no React or libraries for the UI.' },
        { group: [outside], message: 'The domain imports only itself.' },
      ]),
    },
  })),
  {
    // The places allowed to talk to the network (our data sources and the Fingertips API), and Node-side scripts and tests.
    files: [
      'src/data-source/fetch-json.ts',
      'src/data-source/couchdb/couchdb-http.ts',
      'src/data-source/fingertips/fingertips-api.ts',
      // The page's starter sends a data source's first request (its address built by the source) with the HTML.
      'src/starter/starter.ts',
      'tests/e2e/**',
      'tests/helpers/cookie-jar-fetch.ts',
      // Try the database over HTTP as a hostile lead would, past the app, and through nginx.
      'tests/couchdb/hostile-lead.test.ts',
      'tests/couchdb/nginx-couchdb.test.ts',
      // A data source's own tests stand in for the network it talks to.
      'src/data-source/**/*.test.ts',
      'scripts/**',
    ],
    rules: { 'no-restricted-globals': 'off', 'no-restricted-properties': 'off' },
  },
  {
    files: ['scripts/**', 'tests/e2e/**', 'vite.config.ts', 'eslint.config.js'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // CommonJS, as a file preloaded with `node --require` must be.
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { ...globals.node } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
