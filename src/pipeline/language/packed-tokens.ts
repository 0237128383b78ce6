// A sentence's tokens as one string, for the per-article stage to hand to episode naming, which
// reads the tags of a few source sentences per episode and would otherwise tag them again on the
// one thread the cross-article half runs on. One string crosses threads at once (structured
// cloning costs by the object); naming unpacks only the sentences it reads. Each token is
// "start end pos lemma", its text being the sentence's own at its offsets; tokens are apart by a
// control character no lemma holds (a sentence where one did is not packed: naming tags it).
// Written by hand, as JSON it cost three times as much, for every event sentence of every article.
import type { Token } from '../types.ts';

const TOKEN = '\u0002';

/** The packed tokens, or '' when a lemma holds the separator. */
export function packTokens(tokens: readonly Token[]): string {
  let packed = '';
  for (const t of tokens) {
    if (t.lemma.includes(TOKEN)) return '';
    packed += `${t.start} ${t.end} ${t.pos} ${t.lemma}${TOKEN}`;
  }
  return packed;
}

/** The tokens `packTokens` packed, of the sentence `text` they were read from. */
export function unpackTokens(text: string, packed: string): Token[] {
  const tokens: Token[] = [];
  let at = 0;
  while (at < packed.length) {
    const next = packed.indexOf(TOKEN, at);
    const afterStart = packed.indexOf(' ', at);
    const afterEnd = packed.indexOf(' ', afterStart + 1);
    const afterPos = packed.indexOf(' ', afterEnd + 1);
    const start = Number(packed.slice(at, afterStart));
    const end = Number(packed.slice(afterStart + 1, afterEnd));
    tokens.push({
      index: tokens.length,
      start,
      end,
      text: text.slice(start, end),
      lemma: packed.slice(afterPos + 1, next),
      pos: packed.slice(afterEnd + 1, afterPos),
    });
    at = next + 1;
  }
  return tokens;
}

/** The distinct source sentences of an article's events, in order of first use: the texts whose
 *  tokens an article's findings carry, packed, in this order. */
export function getSourceTexts(
  events: readonly { readonly sources: readonly { readonly text: string }[] }[],
) {
  return [...new Set(events.flatMap((event) => event.sources.map((source) => source.text)))];
}
