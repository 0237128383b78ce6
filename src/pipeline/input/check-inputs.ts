// Turns what the CLI read from an input folder into articles, or into a list of every
// problem found, each naming the file and what is wrong. Pure: the CLI does the reading.
// Nothing is dropped silently: a file is either an article or a reported problem.
import type { ArticleInput } from '../types.ts';
import { manifestEntrySchema, type ManifestEntry } from './manifest-schema.ts';

export interface InputProblem {
  readonly file: string;
  readonly message: string;
}

export interface RawInput {
  /** manifest.json as text, or null when it could not be read. */
  readonly manifest: string | null;
  /** Every file in the folder (names), to find files the manifest does not name. */
  readonly files: readonly string[];
  /** Bytes of the files the manifest names and that exist (at most one byte past the limit). */
  readonly contents: ReadonlyMap<string, Uint8Array>;
  /** Real size in bytes of the files in `contents`, when more than was read. */
  readonly sizes?: ReadonlyMap<string, number>;
  /** Symbolic links in the folder, by name: where each points, and whether that is inside it. */
  readonly links?: ReadonlyMap<string, { readonly target: string; readonly inside: boolean }>;
}

/** Larger than any news article: a file this big is almost surely not one. */
export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;
const MANIFEST = 'manifest.json';
// Files that may sit in an input folder without being articles.
const NOT_ARTICLES = new Set([MANIFEST, 'episodes.json', 'README.md', '.gitkeep']);

export function checkInputs(raw: RawInput): { articles: ArticleInput[]; problems: InputProblem[] } {
  const problems: InputProblem[] = [];
  if (raw.manifest === null)
    return { articles: [], problems: [{ file: MANIFEST, message: 'cannot be read' }] };
  let json: unknown;
  try {
    json = JSON.parse(raw.manifest);
  } catch (error) {
    return {
      articles: [],
      problems: [{ file: MANIFEST, message: `is not valid JSON (${(error as Error).message})` }],
    };
  }
  if (!Array.isArray(json)) {
    return { articles: [], problems: [{ file: MANIFEST, message: 'must be a JSON array of entries' }] };
  }
  // Each entry is checked on its own, so one bad date does not hide the other problems.
  const entries: ManifestEntry[] = [];
  // Files named by an entry, valid or not: a file with a bad entry is not also "unlisted".
  const mentioned = new Set<string>();
  json.forEach((raw: unknown, index) => {
    const parsed = manifestEntrySchema.safeParse(raw);
    if (parsed.success) {
      entries.push(parsed.data);
      return;
    }
    const file = (raw as { file?: unknown } | null)?.file;
    if (typeof file === 'string') mentioned.add(file);
    const name = typeof file === 'string' && file ? file : `${MANIFEST} entry ${index + 1}`;
    for (const issue of parsed.error.issues) {
      const field = issue.path.join('.');
      problems.push({ file: name, message: `${field ? `${field}: ` : ''}${issue.message}` });
    }
  });
  const articles: ArticleInput[] = [];
  const named = new Set<string>();
  const decoder = new TextDecoder('utf-8', { fatal: true });
  for (const entry of entries) {
    if (named.has(entry.file)) {
      problems.push({ file: entry.file, message: 'is listed more than once in manifest.json' });
      continue;
    }
    named.add(entry.file);
    const pathProblem = getPathProblem(entry.file, raw.links?.get(entry.file));
    if (pathProblem) {
      problems.push({ file: entry.file, message: pathProblem });
      continue;
    }
    const bytes = raw.contents.get(entry.file);
    if (!bytes) {
      problems.push({ file: entry.file, message: 'is listed in manifest.json but does not exist' });
      continue;
    }
    const problem = checkBytes(bytes, raw.sizes?.get(entry.file) ?? bytes.length);
    if (problem) {
      problems.push({ file: entry.file, message: problem });
      continue;
    }
    let text: string;
    try {
      text = decoder.decode(bytes);
    } catch {
      problems.push({ file: entry.file, message: 'is not valid UTF-8 text' });
      continue;
    }
    if (!VISIBLE.test(text)) {
      problems.push({
        file: entry.file,
        message:
          text.trim() === ''
            ? 'is empty'
            : 'is empty: it holds only invisible characters (zero-width, format or control characters)',
      });
      continue;
    }
    articles.push({
      file: entry.file,
      text,
      published: entry.published,
      outlet: entry.outlet,
      url: entry.url ?? null,
      title: entry.title ?? null,
    });
  }
  const isStray = (file: string) =>
    !named.has(file) && !mentioned.has(file) && !NOT_ARTICLES.has(file) && !file.startsWith('.');
  for (const file of raw.files) {
    if (isStray(file))
      problems.push({ file, message: 'is in the input folder but not listed in manifest.json' });
  }
  for (const [file, link] of raw.links ?? []) {
    if (isStray(file)) {
      problems.push({
        file,
        message: `is a symbolic link (to ${link.target}) in the input folder but not listed in manifest.json`,
      });
    }
  }
  return { articles, problems };
}

/**
 * A letter, digit, mark, symbol or punctuation: anything a reader can see. Text of only spaces,
 * zero-width characters (U+200B, U+2060, U+FEFF), bidi controls and other format or control
 * characters would become an article with an invisible title.
 */
const VISIBLE = /[^\s\p{Cc}\p{Cf}\p{Zl}\p{Zp}\u115f\u1160\u3164\uffa0\u2800]/u;

/** Why a manifest name cannot be read from the folder itself, or null when it can. */
function getPathProblem(
  file: string,
  link: { readonly target: string; readonly inside: boolean } | undefined,
): string | null {
  if (link && !link.inside) {
    return `is a symbolic link to ${link.target}, outside the input folder; only files inside it are read`;
  }
  if (!/[/\\]/.test(file)) return null;
  const parts = file.split(/[/\\]/);
  return file.startsWith('/') || file.startsWith('\\') || /^[A-Za-z]:/.test(file) || parts.includes('..')
    ? 'is a path outside the input folder; the manifest names files inside it, by name only'
    : 'is a path into a sub-folder; the manifest names files directly in the input folder, by name only';
}

function formatSize(bytes: number): string {
  const mib = bytes / 1024 / 1024;
  return mib >= 1024 ? `${(mib / 1024).toFixed(1)} GiB` : `${mib.toFixed(1)} MiB`;
}

/** `size` is the file's real size; `bytes` may stop one byte past the limit. */
function checkBytes(bytes: Uint8Array, size: number): string | null {
  if (size === 0) return 'is empty';
  if (size > MAX_ARTICLE_BYTES) {
    return `is ${formatSize(size)}, over the ${MAX_ARTICLE_BYTES / 1024 / 1024} MiB limit for one article`;
  }
  // NUL bytes never occur in text files: this is a binary file even if it happens to decode.
  if (bytes.includes(0)) return 'is a binary file, not text';
  return null;
}
