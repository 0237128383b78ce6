// A noun in the setting of a verb that is not asserted shares its mood: in "Kerry is expected
// to lay out his vision in a speech next week" the speech is as expected as the laying out, and
// in "would announce it at a summit" the summit as hypothetical. Only a phrase opened by a
// preposition of setting ("in a speech", "at a summit", "during talks") after the verb, in its
// clause (no comma, semicolon or other verb between), is read so; the direct object is read by
// the verb's own object rule.
import type { Modality, Token, VerbGroup } from '../types.ts';

const SETTING_PREPOSITIONS = new Set(['in', 'at', 'during', 'on']);
const CLAUSE_BREAKS = new Set([',', ';', ':', '—', '–', '(']);

export function setSettingMood(
  tokens: readonly Token[],
  groups: readonly VerbGroup[],
  modality: Map<number, Modality>,
): void {
  for (const g of groups) {
    if (g.modality === 'asserted' || g.modality === 'habitual') continue;
    const next = groups.find((other) => other.first > g.last)?.first ?? tokens.length;
    for (let k = g.last + 1; k < next; k++) {
      const token = tokens[k]!;
      if (CLAUSE_BREAKS.has(token.text) || token.lemma === 'that') break;
      if (!SETTING_PREPOSITIONS.has(token.lemma)) continue;
      const noun = findHead(tokens, k + 1, next);
      if (noun >= 0 && !modality.has(noun)) modality.set(noun, g.modality);
    }
  }
}

/** The first noun after the preposition, past determiners and modifiers: "a televised speech". */
function findHead(tokens: readonly Token[], from: number, to: number): number {
  for (let k = from; k < Math.min(to, from + 4); k++) {
    const pos = tokens[k]!.pos;
    if (pos === 'NOUN') return k;
    if (pos !== 'DET' && pos !== 'ADJ' && pos !== 'PRON') return -1;
  }
  return -1;
}
