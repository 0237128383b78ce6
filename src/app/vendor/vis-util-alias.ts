// The Vite alias that sends vis-timeline's and vis-data's imports of vis-util to the trimmed
// re-export in vis-util-for-timeline.ts (why: see that file). Exact match only, so that module's
// own import of 'vis-util/esnext' still reaches the real package.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const visUtilAlias = {
  find: /^vis-util\/esnext\/esm\/vis-util\.js$/,
  replacement: path.join(path.dirname(fileURLToPath(import.meta.url)), 'vis-util-for-timeline.ts'),
};
