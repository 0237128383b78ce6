import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { datasetPlugin } from './src/pipeline/cli/vite-plugin.ts';

// The folder the dataset is built from; DATASET_INPUT points the build at another corpus.
const DATASET_INPUT = process.env.DATASET_INPUT ?? 'seeds';

export default defineConfig({
  // Relative asset URLs: the built site works from any folder of any static host.
  base: './',
  plugins: [react(), datasetPlugin(DATASET_INPUT)],
  build: {
    target: 'es2023',
    sourcemap: true,
  },
  preview: { port: 4173 },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['src/domain/**/*.test.ts', 'src/pipeline/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'app',
          environment: 'jsdom',
          include: ['src/app/**/*.test.{ts,tsx}'],
          setupFiles: ['src/app/test-setup.ts'],
        },
      },
    ],
  },
});
