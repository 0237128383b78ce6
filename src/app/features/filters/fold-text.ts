// Search text is compared after folding both sides, so "Herzog" finds "HERZÒG" and "Israel's" finds
// "Israel’s". Folding is per code point and never changes where words break.
//   "Ban Ki-moon’s Café" → "ban ki-moon's cafe"

const TYPOGRAPHIC = /[\u2018\u2019\u201a\u201b\u2032]|[\u201c\u201d\u201e\u2033]|[\u2010-\u2015\u2212]/g;
const PLAIN: Readonly<Record<string, string>> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201a': "'",
  '\u201b': "'",
  '\u2032': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u201e': '"',
  '\u2033': '"',
};
const COMBINING_MARKS = /\p{M}/gu;
const NON_ASCII = /[^\p{ASCII}]/u;

/** Lower-cased, accent-free, compatibility-normalised text with plain quotes and hyphens. */
export function foldText(text: string): string {
  if (!NON_ASCII.test(text)) return text.toLowerCase(); // the common case, several times faster
  return text
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .replace(TYPOGRAPHIC, (c) => PLAIN[c] ?? '-')
    .toLowerCase();
}

/** The distinct folded terms of a query: "  Kerry  UN kerry" → ["kerry", "un"]. */
export function getSearchTerms(query: string): string[] {
  return [...new Set(foldText(query).split(/\s+/u))].filter((term) => term !== '');
}

/** True when a folded haystack contains every term (AND of substrings). */
export function matchesAllTerms(haystack: string, terms: readonly string[]): boolean {
  for (const term of terms) if (!haystack.includes(term)) return false;
  return true;
}
