// Reads an input folder into the RawInput that checkInputs validates. The only place,
// with write-dataset.ts, where the pipeline touches the file system.
import type { Dirent } from 'node:fs';
import { readdir, readFile, readlink, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { MAX_ARTICLE_BYTES, type RawInput } from '../input/check-inputs.ts';
import { parseEpisodeCuration, type EpisodeCuration } from '../input/episode-curation.ts';

type Link = { target: string; inside: boolean };

/** Files read at once: enough to keep the disk busy, far below the open-file limit. */
const PARALLEL_READS = 32;

/** @param onListed told how many articles will be read, before they are (ingest.ts starts its
 * worker threads then, so that they load while the files are read). */
export async function readInputFolder(
  dir: string,
  onListed: (count: number) => void = () => undefined,
): Promise<RawInput & { curation: EpisodeCuration | string }> {
  const entries = await readdir(dir, { withFileTypes: true });
  const files = entries.filter((d) => d.isFile()).map((d) => d.name);
  const links = await readLinks(
    dir,
    entries.filter((d) => d.isSymbolicLink()),
  );
  const manifest = await readFile(path.join(dir, 'manifest.json'), 'utf8').catch(() => null);
  const contents = new Map<string, Uint8Array>();
  const sizes = new Map<string, number>();
  let named: string[] = [];
  try {
    const parsed: unknown = manifest === null ? [] : JSON.parse(manifest);
    if (Array.isArray(parsed))
      named = parsed.flatMap((e: { file?: unknown }) => (typeof e?.file === 'string' ? [e.file] : []));
  } catch {
    named = []; // checkInputs reports the broken manifest; nothing to read.
  }
  // Only names of files in the folder itself, or of links that stay inside it, are read;
  // checkInputs says what is wrong with any other name.
  const inFolder = new Set(files);
  const readable = [...new Set(named)].filter(
    (name) => (inFolder.has(name) || links.get(name)?.inside === true) && path.basename(name) === name,
  );
  onListed(readable.length);
  // Several reads in flight: one at a time, a folder of 2,000 articles took most of a second,
  // waiting on the disk rather than working.
  const read = await mapLimited(readable, PARALLEL_READS, (name) => readArticle(path.join(dir, name)));
  readable.forEach((name, i) => {
    const found = read[i];
    if (!found) return;
    sizes.set(name, found.size);
    contents.set(name, found.bytes);
  });
  return { manifest, files, contents, sizes, links, curation: await readCuration(dir) };
}

/** The file's size and bytes, or null when it is not a regular file. */
async function readArticle(full: string): Promise<{ size: number; bytes: Uint8Array } | null> {
  const info = await stat(full).catch(() => null);
  if (!info?.isFile()) return null;
  // Read at most one byte past the limit: enough for checkInputs to reject it, without
  // loading a multi-gigabyte file into memory.
  const bytes = info.size > MAX_ARTICLE_BYTES ? new Uint8Array(MAX_ARTICLE_BYTES + 1) : await readFile(full);
  return { size: info.size, bytes };
}

/** `f` over `items` with at most `limit` calls pending at once; results in input order. */
async function mapLimited<T, R>(
  items: readonly T[],
  limit: number,
  f: (item: T) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const run = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await f(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, run));
  return results;
}

/** Each symbolic link in the folder: its target as written, and whether it resolves inside. */
async function readLinks(dir: string, entries: readonly Dirent[]): Promise<Map<string, Link>> {
  const root = await realpath(dir);
  const links = new Map<string, Link>();
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    const target = await readlink(full).catch(() => '?');
    const resolved = await realpath(full).catch(() => null);
    const relative = resolved === null ? '..' : path.relative(root, resolved);
    const inside = relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
    links.set(entry.name, { target, inside });
  }
  return links;
}

/** The optional episodes.json, parsed; a string explains what is wrong with it. */
async function readCuration(dir: string): Promise<EpisodeCuration | string> {
  const text = await readFile(path.join(dir, 'episodes.json'), 'utf8').catch(() => null);
  return text === null ? {} : parseEpisodeCuration(text);
}
