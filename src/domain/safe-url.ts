// Shared by every view that links to an article. Dataset urls only pass the schema's "is a URL" check, which "javascript:alert(1)" also passes.
// Only absolute http(s) urls become links; anything else is shown as no link at all.

/**
 * The url, normalised, when it is an absolute http or https address; otherwise null.
 * "https://example.org/a b" → "https://example.org/a%20b", "javascript:alert(1)" → null, "/news" → null.
 */
export function getSafeUrl(url: string | null | undefined): string | null {
  if (typeof url !== 'string') return null;
  let parsed: URL;
  try {
    // No base: a relative or protocol-relative url throws instead of resolving against this site.
    // The URL parser also drops tabs and newlines ("java\tscript:"), so the protocol checked is
    // the one a browser would use.
    parsed = new URL(url.trim());
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  if (parsed.hostname === '') return null;
  return parsed.href;
}
