// Whitespace by code unit, without a regular expression: used where a line is scanned character
// by character (trimming, counting words), which must stay linear and allocation-free.

/** What /\s/ matches, by code unit (all of it is in the BMP). */
export function isSpace(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 160) return false;
  return (
    code === 160 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

export function countWords(line: string): number {
  // Every line rule asks this of the same line in turn: the last answer is kept. A loop rather
  // than split: ingest asks it millions of times.
  if (line === lastCounted.line) return lastCounted.words;
  let words = 0;
  let inWord = false;
  for (let i = 0; i < line.length; i++) {
    const space = isSpace(line.charCodeAt(i));
    if (!space && !inWord) words++;
    inWord = !space;
  }
  lastCounted = { line, words };
  return words;
}

let lastCounted = { line: '', words: 0 };
