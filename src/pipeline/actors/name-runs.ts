// Candidate personal names: runs of capitalised words the gazetteer did not claim, cut at words
// that never belong to a name ("Wednesday", "Minister", "Israeli") and trimmed of titles, so
// "special envoy on security General John Allen" yields "John Allen".
import type { SentenceScan } from './article-state.ts';
import { NOT_NAME_WORDS } from './context-words.ts';
import { isCapitalized, type Token } from './tokens.ts';
import { WORDS } from './word-lists.ts';

/** Lower-case parts of Arabic, Hebrew and European names: "el-Sisi", "de Villepin", "bin Salman". */
const PARTICLES = WORDS.nameParticles;
const JOINERS = new Set(['-', "'"]);

export interface NameRun {
  readonly first: number;
  /** Inclusive. */
  readonly last: number;
  /** Indexes of the capitalised words (not particles, joiners or initials). */
  readonly words: readonly number[];
}

const isInitial = (t: Token) => /^\p{Lu}$/u.test(t.text);
const touches = (a: Token | undefined, b: Token | undefined) =>
  a !== undefined && b !== undefined && a.end === b.start;

export function isNamePart(tokens: readonly Token[], i: number, blocked: ReadonlySet<string>): boolean {
  const token = tokens[i]!;
  if (blocked.has(token.key)) return false;
  if (isCapitalized(token.text) || isInitial(token)) return true;
  if (JOINERS.has(token.text)) return touches(tokens[i - 1], token) && touches(token, tokens[i + 1]);
  return (
    PARTICLES.has(token.key) && isCapitalized(tokens[i + (tokens[i + 1]?.text === '-' ? 2 : 1)]?.text ?? '')
  );
}

const blockedByDemonyms = new WeakMap<ReadonlySet<string>, ReadonlySet<string>>();

/** NOT_NAME_WORDS plus the gazetteer's demonyms, built once per compiled gazetteer. */
export function getBlockedWords(demonyms: ReadonlySet<string>): ReadonlySet<string> {
  let blocked = blockedByDemonyms.get(demonyms);
  if (!blocked) blockedByDemonyms.set(demonyms, (blocked = new Set([...NOT_NAME_WORDS, ...demonyms])));
  return blocked;
}

export function getNameRuns(
  scan: SentenceScan,
  covered: Uint8Array,
  demonyms: ReadonlySet<string>,
): NameRun[] {
  const blocked = getBlockedWords(demonyms);
  const runs: NameRun[] = [];
  let current: number[] = [];
  const flush = () => {
    // Most tokens end no run: nothing to trim, and no arrays to allocate for it.
    if (current.length === 0) return;
    // Trim joiners and particles at the edges: they only glue words inside a name. One slice,
    // not a shift per token: a run of thousands of joiners ("- - - …") stays linear.
    let from = 0;
    while (from < current.length && !isCapitalized(scan.tokens[current[from]!]!.text)) from += 1;
    current = current.slice(from);
    while (current.length > 0 && !isCapitalized(scan.tokens[current.at(-1)!]!.text)) current.pop();
    const words = current.filter((i) => isCapitalized(scan.tokens[i]!.text));
    if (words.length > 0) runs.push({ first: current[0]!, last: current.at(-1)!, words });
    current = [];
  };
  for (let i = 0; i < scan.tokens.length; i += 1) {
    if (!covered[i] && isNamePart(scan.tokens, i, blocked)) current.push(i);
    else flush();
  }
  flush();
  return runs;
}
