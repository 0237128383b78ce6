// Reads an input folder into the RawInput that checkInputs validates. The only place,
// with write-dataset.ts, where the pipeline touches the file system.
import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { MAX_ARTICLE_BYTES, type RawInput } from '../input/check-inputs.ts';
import { episodeCurationSchema, type EpisodeCuration } from '../input/manifest-schema.ts';

export async function readInputFolder(
  dir: string,
): Promise<RawInput & { curation: EpisodeCuration | string }> {
  const files = (await readdir(dir, { withFileTypes: true })).filter((d) => d.isFile()).map((d) => d.name);
  const manifest = await readFile(path.join(dir, 'manifest.json'), 'utf8').catch(() => null);
  const contents = new Map<string, Uint8Array>();
  let named: string[] = [];
  try {
    const parsed: unknown = manifest === null ? [] : JSON.parse(manifest);
    if (Array.isArray(parsed))
      named = parsed.flatMap((e: { file?: unknown }) => (typeof e?.file === 'string' ? [e.file] : []));
  } catch {
    named = []; // checkInputs reports the broken manifest; nothing to read.
  }
  for (const name of new Set(named)) {
    if (!files.includes(name) || path.basename(name) !== name) continue;
    const full = path.join(dir, name);
    // Read at most one byte past the limit: enough for checkInputs to reject it, without
    // loading a multi-gigabyte file into memory.
    const size = (await stat(full)).size;
    contents.set(
      name,
      size > MAX_ARTICLE_BYTES ? new Uint8Array(size > 0 ? MAX_ARTICLE_BYTES + 1 : 0) : await readFile(full),
    );
  }
  return { manifest, files, contents, curation: await readCuration(dir) };
}

/** The optional episodes.json, parsed; a string explains what is wrong with it. */
async function readCuration(dir: string): Promise<EpisodeCuration | string> {
  const text = await readFile(path.join(dir, 'episodes.json'), 'utf8').catch(() => null);
  if (text === null) return {};
  try {
    const parsed = episodeCurationSchema.safeParse(JSON.parse(text));
    return parsed.success
      ? parsed.data
      : parsed.error.issues
          .map((i) => (i.path.length > 0 ? `${i.path.join('.')}: ` : '') + i.message)
          .join('; ');
  } catch (error) {
    return `is not valid JSON (${(error as Error).message})`;
  }
}
