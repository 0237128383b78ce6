// Where a name read from the story ends. The story features and the tagger's noun chunks both
// stop at "of", so "Board of Peace", "Operation Pillar of Defense" or "Court of Justice" would be
// cut to "Board", "Operation Pillar", "Court": a name ending in a capital continues through "of"
// and the capitalised words after it, as the sentences write it.

/** `name` as far as the sentences continue it with "of" and capitalised words. */
export function continueName(name: string, sentences: readonly string[]): string {
  if (!/^\p{Lu}/u.test(name.slice(name.lastIndexOf(' ') + 1))) return name;
  const after = new RegExp(
    `(?<![\\p{L}])${escape(name)} of ((?:\\p{Lu}[\\p{L}'’-]*)(?: \\p{Lu}[\\p{L}'’-]*)*)`,
    'u',
  );
  for (const sentence of sentences) {
    const found = after.exec(sentence);
    if (found) return `${name} of ${found[1]}`;
  }
  return name;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
