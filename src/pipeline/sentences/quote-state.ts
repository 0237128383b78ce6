// Tracks whether a position is inside a quotation. Curly quotes say which way they face; a
// straight quote flips the state. Scraped text mixes them (`"… security.”`), which this
// reads correctly: the straight one opens, the curly one closes.
const OPENING = new Set(['“', '«']);
const CLOSING = new Set(['”', '»']);

/** For every index of `text`, whether a quotation is open just before that character. */
export function getQuoteStates(text: string): boolean[] {
  const states: boolean[] = [];
  let open = false;
  for (const char of text) {
    // Characters outside the BMP take two UTF-16 units; both get the same state.
    for (let unit = 0; unit < char.length; unit += 1) states.push(open);
    if (OPENING.has(char)) open = true;
    else if (CLOSING.has(char)) open = false;
    else if (char === '"') open = !open;
  }
  return states;
}
