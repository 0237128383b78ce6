// Readable, stable ids: "Secretary of State John Kerry" → "secretary-of-state-john-kerry".
// Accents are folded ("Señor" → "senor") so ids stay ASCII and URL-safe.
export function toSlug(text: string, maxLength = 60): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|(?<!-)-+$/g, '');
  if (slug.length <= maxLength) return slug;
  // Cut at a word boundary so ids do not end mid-word.
  const cut = slug.slice(0, maxLength + 1);
  const lastHyphen = cut.lastIndexOf('-');
  return (lastHyphen > 0 ? cut.slice(0, lastHyphen) : cut.slice(0, maxLength)).replace(/(?<!-)-+$/g, '');
}

/** Makes ids unique in input order: the second "x" becomes "x-2", the third "x-3". */
export function uniqueSlugs(slugs: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return slugs.map((slug) => {
    const count = (seen.get(slug) ?? 0) + 1;
    seen.set(slug, count);
    return count === 1 ? slug : `${slug}-${count}`;
  });
}
