// What a verb of saying does with the name right after it. Three kinds, by lemma:
//   addressing: the name is whom it was said to ("told the council", "briefed Abbas");
//   judging:    the name is whom the saying was about, as the verb says ("accused Washington",
//               "praised Egypt"), so a title may repeat the verb;
//   any other ("said Israel must explain", "announced Egypt would…"): the name opens the reported
//               content and is neither addressee nor target; only "to X" names an addressee
//               ("said to reporters", "wrote to Abbas").

/** Verbs whose direct object is the person or body spoken to ("warned Netanyahu that…" is a
 *  warning told to him; "warned that relations with Israel…" names no one warned). */
export const ADDRESSING_VERBS: ReadonlySet<string> = new Set([
  'tell',
  'address',
  'assure',
  'inform',
  'brief',
  'warn',
]);

/** Verbs whose direct object is who or what the speaker judged; a title quotes the verb. */
export const JUDGING_VERBS: ReadonlySet<string> = new Set([
  'accuse',
  'condemn',
  'praise',
  'criticize',
  'criticise',
  'denounce',
  'hail',
  'welcome',
]);

/** The first word of a lemma phrase: "call for" → "call". */
export function getHeadLemma(lemmas: string): string {
  return lemmas.split(' ')[0]!;
}
