// The installed vis packages' source as Vite bundles it, parsed: what the vendor trims and their
// tests read.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { ESTree } from 'vite';
import { parseSync } from 'vite';

const require = createRequire(import.meta.url);

/** The source of `<name>/esnext` (its "import" export, which is what Vite bundles). */
export function readEsnextSource(name: 'vis-timeline' | 'vis-data'): string {
  const manifestPath = require.resolve(`${name}/package.json`);
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {
    exports: Record<string, { import?: string }>;
  };
  const file = manifest.exports['./esnext']?.import;
  if (!file) throw new Error(`${name} has no "./esnext" import export`);
  return readFileSync(path.join(path.dirname(manifestPath), file), 'utf8');
}

export function parseModule(code: string): ESTree.Program {
  const { program, errors } = parseSync('module.mjs', code);
  if (errors.length > 0) throw new Error(`parse error: ${errors[0]!.message}`);
  return program;
}
