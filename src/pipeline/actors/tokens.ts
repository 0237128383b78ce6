// Word and punctuation tokens with offsets into the original text. Full stops are dropped so
// that "U.S." and "U.S" tokenise alike (U, S) and "Gen. Allen" is two words; apostrophes and
// hyphens stay tokens, so "Israel's" is Israel + ' + s and "el-Sisi" is el + - + Sisi.
export interface Token {
  readonly text: string;
  /** Lower-cased, curly apostrophe folded: what the phrase trie is keyed on. */
  readonly key: string;
  readonly start: number;
  readonly end: number;
}

const TOKEN = /[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}.]/gu;

/** tokenize("Israel's PM", 10) → Israel@10, '@16, s@17, PM@19. */
export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const raw = match[0] === '’' || match[0] === '‘' ? "'" : match[0];
    const start = offset + match.index;
    tokens.push({ text: raw, key: raw.toLowerCase(), start, end: start + match[0].length });
  }
  return tokens;
}

/** "UNSC", "PA": two or more letters, all upper case. */
export function isAllCaps(word: string): boolean {
  return word.length >= 2 && word === word.toUpperCase() && word !== word.toLowerCase();
}

/** "Kerry", "Ben": starts with an upper-case letter and is not an acronym. */
export function isCapitalized(word: string): boolean {
  return /^\p{Lu}/u.test(word) && !isAllCaps(word);
}
