// A gerund with a determiner or an owner before it and "of" after it is a noun, whatever the
// tagger says: "the storming of the ship", "Israel's shelling of the school", "its bombing of the
// convoy" name a happening as a thing, which its owner did and which a verb of the clause may
// only be about ("demanded an inquiry into Israel's shelling of…" is no shelling by the council).
import type { Token } from '../types.ts';

const OWNERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'this', 'that']);

export function isGerundNoun(tokens: readonly Token[], k: number): boolean {
  const token = tokens[k];
  if (!token || !/ing$/i.test(token.text) || tokens[k + 1]?.text.toLowerCase() !== 'of') return false;
  const before = tokens[k - 1]?.text.toLowerCase() ?? '';
  return OWNERS.has(before) || /^['’]s?$/.test(before);
}
