// Tracks whether a position is inside a quotation. Curly quotes say which way they face; a
// straight quote flips the state. Scraped text mixes them (`"… security.”`), which this
// reads correctly: the straight one opens, the curly one closes.
const OPENING = new Set(['“', '«']);
const CLOSING = new Set(['”', '»']);
const OPEN_CODES = new Set([...OPENING].map((c) => c.charCodeAt(0)));
const CLOSE_CODES = new Set([...CLOSING].map((c) => c.charCodeAt(0)));
const STRAIGHT = '"'.charCodeAt(0);

/** For every index of `text`, whether a quotation is open just before that character. */
export function getQuoteStates(text: string): boolean[] {
  const states: boolean[] = [];
  let open = false;
  // By UTF-16 unit: both units of a character outside the BMP get the same state, as no quote
  // mark is such a character (or half of one).
  for (let i = 0; i < text.length; i++) {
    states.push(open);
    const code = text.charCodeAt(i);
    if (OPEN_CODES.has(code)) open = true;
    else if (CLOSE_CODES.has(code)) open = false;
    else if (code === STRAIGHT) open = !open;
  }
  return states;
}
