// "rejected the plan that Egypt had proposed", "the draft which Russia vetoed": the verb of an
// object relative clause says how the noun came about. Told apart from a content clause ("the
// statement that Britain recognised Palestine") by the object its verb lacks.
import type { SentenceLanguage } from '../types.ts';

const RELATIVE_OBJECT = /^(?:that|which|whom)$/i;

/** "rejected the plan that Egypt had proposed", "the draft which Russia vetoed": a verb of an
 *  object relative clause tells how its noun came about, not what the clause's subject did.
 *  Where the relative pronoun is, or -1 if the verb is no such clause's. */
export function getObjectRelativeStart(read: SentenceLanguage, verb: number): number {
  const { tokens } = read;
  let k = verb - 1;
  while (k >= 0 && (tokens[k]!.pos === 'ADV' || tokens[k]!.pos === 'AUX')) k--;
  let subject = 0;
  while (
    k >= 0 &&
    subject < 4 &&
    !RELATIVE_OBJECT.test(tokens[k]!.text) &&
    ['PROPN', 'NOUN', 'PRON', 'DET', 'ADJ'].includes(tokens[k]!.pos)
  ) {
    k--;
    subject++;
  }
  const pronoun = tokens[k];
  const head = tokens[k - 1];
  // The relative's verb lacks its object, which the noun is; "the statement that Britain
  // recognised Palestine" has one: what the statement said, not a relative clause.
  const group = read.verbGroups.find((g) => g.first <= verb && verb <= g.last);
  const after = tokens[(group?.last ?? verb) + 1];
  // …and is active: "told reporters that the money was frozen" is what they were told.
  const isRelative =
    group?.voice === 'active' &&
    !['NOUN', 'PROPN', 'DET', 'PRON', 'NUM', 'ADJ'].includes(after?.pos ?? '') &&
    subject > 0 &&
    pronoun !== undefined &&
    RELATIVE_OBJECT.test(pronoun.text) &&
    (head?.pos === 'NOUN' || head?.pos === 'PROPN');
  return isRelative ? pronoun.start : -1;
}
