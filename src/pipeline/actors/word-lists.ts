// The closed word classes the actor rules look at (words.json), validated once at load: each
// list holds lower-case words, none twice. They describe English news syntax, not any one
// article; a user adds a title or an organisation suffix there without reading the rules.
import { z } from 'zod';
import words from './words.json' with { type: 'json' };

const word = z.string().regex(/^[\p{Ll}\p{N}][\p{Ll}\p{N}'’.-]*$/u, 'must be one lower-case word');
const list = z
  .array(word)
  .min(1)
  .refine((items) => new Set(items).size === items.length, 'lists a word twice');

export const wordListsSchema = z.strictObject({
  /** Before a name, proof it is a person's: "Mr", "Sheikh", "Dr". */
  honorifics: list,
  /** Before a name ("Ambassador X", "Hamas official X") or in an apposition after it ("X, the former envoy,"). */
  personTitles: list,
  /** Only before a name, where they say who it is: "three women, Romi Gonen,", "its senior
   * Democrat, Ben Cardin,". Not in an apposition after one: "Beit Hanoun, where soldiers…". */
  personNouns: list,
  /** With a name as subject ("X said") or inverted ("said X"): proof it is a person's. */
  speechVerbs: list,
  /** May stand between a name and its speech verb: "X has said", "X later told". */
  speechAuxiliaries: list,
  /** A name right after these is a journalist's: "Contact Editor\nElad Benari", "By X". */
  journalistTitles: list,
  /** In an article's closing "X is a senior fellow at Y" line, the author's, not an actor's. */
  authorBioWords: list,
  /** The last word of an organisation's name: "Palestinian Central Council", "Jewish Agency". */
  orgSuffixes: list,
  /** A state's department with a generic name acts for the state: "Israel's Foreign Ministry" is Israel. */
  executiveSuffixes: list,
  /** Lower-case words inside an organisation's name: "Ministry of Foreign Affairs". */
  orgConnectors: list,
  /** Words that name no organisation alone: "Foreign Ministry" needs a qualifier ("Israeli …"). */
  genericOrgWords: list,
  /** Capitalised words that never belong to a person's name: months, titles, "Arab", "Party". */
  notNameWords: list,
  /** Lower-case parts of Arabic, Hebrew and European names: "el-Sisi", "de Villepin", "bin Salman". */
  nameParticles: list,
  /** A capitalised run ending in one is a place: "Rose Garden", "Shati Camp", "Damascus Gate". */
  landmarkSuffixes: list,
  /** A capitalised run starting with one is a place: "Mount Hermon". */
  landmarkPrefixes: list,
  /** "in Denmark", "into Israel": the name is where, not who. */
  locative: list,
  /** "to", "for", "from" are locative only after these: "returned to Jerusalem". */
  movementVerbs: list,
  /** Before a title, the holder at the publication date is NOT meant: "former", "deputy", "a". */
  nonHolderModifiers: list,
  /** After a title: "President-elect", "minister-designate". */
  titleSuffixes: list,
  /** A capital doing what governments do: "Jerusalem rejected…", "Moscow warned…". */
  statementVerbs: list,
  /** "Moscow's plans", "Jerusalem's position": a capital's policy is its government's. */
  policyNouns: list,
  /** After a demonym, the state acting through its armed forces: "Israeli fire", "American troops". */
  forceNouns: list,
  /** Between a demonym and a force noun, the arm it belongs to: "Israeli drone strikes". */
  forceModifiers: list,
});

export type WordLists = { readonly [K in keyof z.output<typeof wordListsSchema>]: ReadonlySet<string> };

/** Validates word lists (throwing with every problem, naming the file) and turns each into a set. */
export function parseWordLists(input: unknown, file = 'words.json'): WordLists {
  const result = wordListsSchema.safeParse(input);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${file}: ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid word lists:\n${problems.join('\n')}`);
  }
  const entries = Object.entries(result.data).map(([key, items]) => [key, new Set(items)]);
  return Object.fromEntries(entries) as WordLists;
}

export const WORDS: WordLists = parseWordLists(words);
