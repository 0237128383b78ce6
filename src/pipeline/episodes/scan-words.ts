// The words of a sentence as story features read them: a letter, then letters, apostrophes and
// hyphens ("Arafat's", "cease-fire"; "U.N.-backed" → "U", "N", "backed"). The same tokens as
// matching /\p{L}[\p{L}'’-]*/gu, found by a scan over character codes: at 50,000 events one match
// object per word was a large share of the garbage collector's work.

const APOSTROPHE = 39;
const CURLY_APOSTROPHE = 0x2019;
const HYPHEN = 45;

/** Per UTF-16 code unit outside the surrogates: 0 not yet known, 1 a letter, 2 not a letter. */
const LETTERS = new Uint8Array(0x10000);
const LETTER = /^\p{L}$/u;

/** How many code units the letter at `i` takes (1, or 2 for one outside the BMP), or 0. */
function letterLength(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code < 128) return (code | 32) >= 97 && (code | 32) <= 122 ? 1 : 0;
  if (code < 0xd800 || code > 0xdfff) {
    if (LETTERS[code] === 0) LETTERS[code] = LETTER.test(String.fromCharCode(code)) ? 1 : 2;
    return LETTERS[code] === 1 ? 1 : 0;
  }
  // A surrogate pair is one character; a lone surrogate is none.
  const point = text.codePointAt(i)!;
  return point > 0xffff && LETTER.test(String.fromCodePoint(point)) ? 2 : 0;
}

/** Calls `visit` with each word of `text` and where it starts. */
export function scanWords(text: string, visit: (word: string, start: number) => void): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    const first = letterLength(text, i);
    if (first === 0) {
      i++;
      continue;
    }
    const start = i;
    i += first;
    while (i < n) {
      const code = text.charCodeAt(i);
      if (code === APOSTROPHE || code === CURLY_APOSTROPHE || code === HYPHEN) i++;
      else {
        const next = letterLength(text, i);
        if (next === 0) break;
        i += next;
      }
    }
    visit(text.slice(start, i), start);
  }
}
