// Lint rules that keep the architecture honest: features do not import each other, shared code
// does not reach into features or the app layer, the domain stays free of React, and only the
// HTTP data source talks to the network.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const FEATURES = ['overview', 'ambition'];

const restrict = (patterns) => ['error', { patterns }];

export default tseslint.config(
  { ignores: ['dist', 'dist-demo', 'node_modules', 'scripts/*.tmp.mjs', 'public/mockServiceWorker.js', 'test-results', 'coverage'] },
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
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Render data as text; never as HTML.' },
      ],
      'no-restricted-globals': ['error', { name: 'fetch', message: 'Reach data through the DataSource (src/data-source), never fetch directly.' }],
    },
  },
  ...FEATURES.map((feature) => ({
    files: [`src/features/${feature}/**`],
    rules: {
      'no-restricted-imports': restrict([
        { group: FEATURES.filter((f) => f !== feature).map((f) => `**/features/${f}/**`), message: 'Features do not import each other; share through src/components, src/hooks or src/charts.' },
        { group: ['**/app/**'], message: 'Features do not import the app layer.' },
      ]),
    },
  })),
  {
    files: ['src/{components,hooks,lib,api,charts,data-source,config}/**'],
    rules: {
      'no-restricted-imports': restrict([{ group: ['**/features/**', '**/app/**'], message: 'Shared code does not import features or the app layer.' }]),
    },
  },
  {
    files: ['src/domain/**'],
    ignores: ['src/domain/**/*.test.ts'],
    rules: {
      'no-restricted-imports': restrict([
        { group: ['react', 'react-dom', '@tanstack/*', 'recharts', 'zustand', 'react-router'], message: 'The domain is pure TypeScript, with no React or libraries for the UI.' },
        { group: ['../*'], message: 'The domain imports only itself.' },
      ]),
    },
  },
  {
    // The one place allowed to talk to the network, and Node-side scripts and tests.
    files: ['src/data-source/fetch-json.ts', 'tests/e2e/**', 'scripts/**'],
    rules: { 'no-restricted-globals': 'off' },
  },
  {
    files: ['scripts/**', 'tests/e2e/**', 'vite.config.ts', 'eslint.config.js'],
    languageOptions: { globals: { ...globals.node } },
  },
);
