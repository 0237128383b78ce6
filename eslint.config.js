// Lint rules that keep the architecture honest: imports flow one way
// (domain ← pipeline, domain ← app features ← app shell) and the data side never touches React.
import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const FEATURES_DIR = 'src/app/features';
const features = (() => {
  try {
    return readdirSync(FEATURES_DIR, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name);
  } catch {
    return [];
  }
})();

// Features do not import each other; the shell composes them.
const featureZones = features.map((name) => ({
  target: `./${FEATURES_DIR}/${name}`,
  from: `./${FEATURES_DIR}`,
  except: [`./${name}`],
  message: 'Features do not import each other: compose them in src/app instead.',
}));

const UI_PACKAGES = [
  'react',
  'react-dom',
  'react-dom/*',
  'vis-timeline',
  'vis-timeline/*',
  'vis-data',
  'vis-data/*',
  'zustand',
  '@tanstack/*',
];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'public/data', 'test-results', 'playwright-report', 'bench/results'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'import-x': importX, 'react-hooks': reactHooks },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] })],
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'import-x/no-cycle': 'error',
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: './src/domain',
              from: './src/pipeline',
              message: 'domain is shared and imports nothing else.',
            },
            {
              target: './src/domain',
              from: './src/app',
              message: 'domain is shared and imports nothing else.',
            },
            { target: './src/pipeline', from: './src/app', message: 'The pipeline never imports the app.' },
            {
              target: './src/app',
              from: './src/pipeline',
              message: 'The app reads the dataset, not the pipeline.',
            },
            ...featureZones,
          ],
        },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/domain/**', 'src/pipeline/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: UI_PACKAGES, message: 'domain and pipeline stay free of UI libraries.' }] },
      ],
    },
  },
  {
    // Only the CLI and the Vite plugin entry touch the file system.
    files: ['src/domain/**', 'src/pipeline/**'],
    ignores: ['src/pipeline/cli.ts', 'src/pipeline/cli/**', 'src/pipeline/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [{ group: UI_PACKAGES, message: 'domain and pipeline stay free of UI libraries.' }],
          paths: ['fs', 'node:fs', 'fs/promises', 'node:fs/promises'].map((name) => ({
            name,
            message: 'Pipeline stages are pure: only the CLI does I/O.',
          })),
        },
      ],
    },
  },
);
