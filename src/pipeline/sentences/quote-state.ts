// Tracks whether a position is inside a quotation. Curly quotes say which way they face; a
// straight quote flips the state. Scraped text mixes them (`"… security.”`), which this
// reads correctly: the straight one opens, the curly one closes.
const OPENING = new Set(['“', '«']);
const CLOSING = new Set(['”', '»']);
// What each UTF-16 code is to a quotation: a table, as this reads every character of the text.
const NONE = 0;
const OPENS = 1;
const CLOSES = 2;
const FLIPS = 3;
const QUOTE_KIND = new Uint8Array(0x10000);
for (const c of OPENING) QUOTE_KIND[c.charCodeAt(0)] = OPENS;
for (const c of CLOSING) QUOTE_KIND[c.charCodeAt(0)] = CLOSES;
QUOTE_KIND['"'.charCodeAt(0)] = FLIPS;

/** For every index of `text`, whether a quotation is open just before that character. */
export function getQuoteStates(text: string): boolean[] {
  const states: boolean[] = [];
  let open = false;
  // By UTF-16 unit: both units of a character outside the BMP get the same state, as no quote
  // mark is such a character (or half of one).
  for (let i = 0; i < text.length; i++) {
    states.push(open);
    const kind = QUOTE_KIND[text.charCodeAt(i)];
    if (kind === NONE) continue;
    if (kind === OPENS) open = true;
    else if (kind === CLOSES) open = false;
    else open = !open;
  }
  return states;
}
