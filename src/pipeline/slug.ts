// Readable, stable ids: "Secretary of State John Kerry" → "secretary-of-state-john-kerry".
// Accents are folded ("Señor" → "senor") so ids stay ASCII and URL-safe.

/** Any UTF-16 unit above ASCII (surrogates included). */
const NON_ASCII = /[\u0080-\uffff]/;

export function toSlug(text: string, maxLength = 60): string {
  // Plain ASCII has no accents to fold and NFKD leaves it as it is: most titles and names skip the
  // normalisation, which cost more than the rest of the slug.
  const folded = NON_ASCII.test(text) ? text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '') : text;
  const slug = folded
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
