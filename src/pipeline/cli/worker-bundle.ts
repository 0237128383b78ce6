// The worker's code as one plain JavaScript file, bundled by esbuild into node_modules/.cache.
// A worker started from the TypeScript sources registers its own tsx loader and loads ~100
// modules through it, which took 1.5–3 s on the project's two-core machine; from the bundle it
// starts in about 1 s (most of it the wink model). The bundle is rebuilt on every run (esbuild
// takes a few hundred ms, in its own process, while this thread already processes articles) and
// written only when its contents changed. Packages stay outside the bundle and load from
// node_modules as usual. If esbuild is unavailable, workers start from the sources.
// The file is named by its contents' hash: checkouts that share one node_modules (git worktrees
// of different branches) each start workers from their own code, never from the bundle another
// checkout wrote between this one's write and its workers' start.
import { createHash } from 'node:crypto';
import { access, mkdir, rename, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const SOURCE = new URL('./process-worker.ts', import.meta.url);
const FALLBACK = new URL('./process-worker-entry.mjs', import.meta.url);
const CACHE = new URL('../../../node_modules/.cache/diplomacy-timeline/', import.meta.url);

/** Where to start a worker from: the fresh bundle, or the TypeScript entry if it cannot be built. */
export async function getWorkerEntry(): Promise<URL> {
  try {
    const { build } = await import('esbuild');
    const { outputFiles } = await build({
      entryPoints: [fileURLToPath(SOURCE)],
      bundle: true,
      platform: 'node',
      format: 'esm',
      packages: 'external',
      write: false,
      outfile: 'process-worker.mjs',
      logLevel: 'silent',
    });
    const code = outputFiles[0]!.text;
    const hash = createHash('sha256').update(code).digest('hex').slice(0, 16);
    const target = new URL(`process-worker.${hash}.mjs`, CACHE);
    if (!(await exists(target))) {
      await mkdir(CACHE, { recursive: true });
      // Another ingest may be starting a worker from it: replace it whole, never half-written.
      const staged = new URL(`process-worker.${process.pid}.tmp`, CACHE);
      await writeFile(staged, code);
      await rename(staged, target);
    }
    return target;
  } catch {
    return FALLBACK;
  }
}

const exists = (file: URL): Promise<boolean> =>
  access(file).then(
    () => true,
    () => false,
  );
