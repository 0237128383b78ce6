// Lint rules that keep the architecture honest: imports flow one way
// (domain ← pipeline, domain ← app features ← app shell; see eslint/architecture-plugin.js)
// and the data side never touches React or the file system.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import regexp from 'eslint-plugin-regexp';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import architecture from './eslint/architecture-plugin.js';
import { REGEXP_RULES } from './eslint/regexp-rules.js';

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
    plugins: { architecture, 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'architecture/boundaries': 'error',
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
    // The pipeline runs its patterns over any text it is given: none may backtrack super-linearly.
    files: ['src/domain/**', 'src/pipeline/**'],
    plugins: { regexp },
    rules: REGEXP_RULES,
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
