// The word classes the rules look at around a match, from words.json (word-lists.ts validates
// it): a preposition that makes a name a location, a modifier that makes a title someone else's
// ("former", "deputy", "a"), verbs that make a capital a government's voice.
import { WORDS } from './word-lists.ts';

export const LOCATIVE = WORDS.locative;
export const MOVEMENT = WORDS.movementVerbs;
export const NON_HOLDER_MODIFIERS = WORDS.nonHolderModifiers;
export const TITLE_SUFFIXES = WORDS.titleSuffixes;
export const STATEMENT_VERBS = WORDS.statementVerbs;
export const POLICY_NOUNS = WORDS.policyNouns;
export const NOT_NAME_WORDS = WORDS.notNameWords;

/** A name right after these is a journalist's, not a diplomatic actor's: "Contact Editor\nElad Benari". */
export const JOURNALIST_BEFORE = new RegExp(
  `\\b(?:${[...WORDS.journalistTitles].join('|')})[\\s:,]{0,3}$`,
  'i',
);
