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

// What TOKEN reads, by hand: a run of letters, marks and digits is a word; any other character
// but white space and a full stop is a token of its own. ASCII is classified by its code; other
// characters by TOKEN's own classes, once per character (the matchAll loop cost more than the
// rest of the matching, on every sentence).
const WORD = 1;
const SPACE = 2;
const OTHER = 3;
const IS_WORD = /^[\p{L}\p{M}\p{N}]$/u;
const IS_SPACE = /^\s$/u;
const ASCII_CLASS = Uint8Array.from({ length: 128 }, (_, code) => {
  const ch = String.fromCharCode(code);
  if (ch === '.') return SPACE; // skipped, like white space
  return IS_WORD.test(ch) ? WORD : IS_SPACE.test(ch) ? SPACE : OTHER;
});
const classOf = new Map<string, number>();

function getClass(ch: string): number {
  let found = classOf.get(ch);
  if (found === undefined) {
    found = IS_WORD.test(ch) ? WORD : IS_SPACE.test(ch) ? SPACE : OTHER;
    classOf.set(ch, found);
  }
  return found;
}

/** tokenize("Israel's PM", 10) → Israel@10, '@16, s@17, PM@19. */
export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  let wordStart = -1;
  const push = (from: number, to: number) => {
    const written = text.slice(from, to);
    const raw = written === '’' || written === '‘' ? "'" : written;
    const start = offset + from;
    tokens.push({ text: raw, key: raw.toLowerCase(), start, end: start + written.length });
  };
  for (let i = 0; i < text.length;) {
    const code = text.charCodeAt(i);
    let width = 1;
    let kind: number;
    if (code < 128) kind = ASCII_CLASS[code]!;
    else {
      // A surrogate pair is one character; a lone surrogate is one of its own.
      const low = code >= 0xd800 && code <= 0xdbff ? text.charCodeAt(i + 1) : NaN;
      if (low >= 0xdc00 && low <= 0xdfff) width = 2;
      kind = getClass(text.slice(i, i + width));
    }
    if (kind === WORD) {
      if (wordStart < 0) wordStart = i;
    } else {
      if (wordStart >= 0) push(wordStart, i);
      wordStart = -1;
      if (kind === OTHER) push(i, i + width);
    }
    i += width;
  }
  if (wordStart >= 0) push(wordStart, text.length);
  return tokens;
}

/** What TOKEN matches, for checking the tokenizer against it. */
export function tokenizeByPattern(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const raw = match[0] === '’' || match[0] === '‘' ? "'" : match[0];
    const start = offset + match.index;
    tokens.push({ text: raw, key: raw.toLowerCase(), start, end: start + match[0].length });
  }
  return tokens;
}

const isAsciiOnly = (word: string) => {
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) >= 128) return false;
  return true;
};

/** "UNSC", "PA": two or more letters, all upper case. */
export function isAllCaps(word: string): boolean {
  if (word.length < 2) return false;
  if (!isAsciiOnly(word)) return word === word.toUpperCase() && word !== word.toLowerCase();
  // ASCII: no lower-case letter and at least one upper-case one (what the case mappings say).
  let upper = false;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code >= 97 && code <= 122) return false;
    if (code >= 65 && code <= 90) upper = true;
  }
  return upper;
}

/** "Kerry", "Ben": starts with an upper-case letter and is not an acronym. */
export function isCapitalized(word: string): boolean {
  const first = word.charCodeAt(0);
  const startsUpper = first < 128 ? first >= 65 && first <= 90 : /^\p{Lu}/u.test(word);
  return startsUpper && !isAllCaps(word);
}
