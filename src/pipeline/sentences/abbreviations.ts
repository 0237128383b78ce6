// What the word before a full stop says about the stop. News copy is full of abbreviations
// ("Gen.", "U.S.", "Jan.") whose period is not a sentence end; the kinds differ in what may
// follow them, which is what decides the split (see isSentenceBoundary).

const toWordSet = (words: string) => new Set(words.trim().split(/\s+/));

/** Titles and Latin abbreviations: always followed by more of the same sentence. */
const NEVER_FINAL = toWordSet(`
  mr mrs ms messrs mmes dr prof rev fr hon amb pres gov sen rep
  gen lt col maj capt cmdr adm sgt cpl pvt brig supt insp det atty sec
  st mt ft sr jr vs v cf approx e.g i.e viz al
`);

/** Abbreviations that only stay inside the sentence when a number follows: "Jan. 15", "No. 2". */
const BEFORE_NUMBER = toWordSet(`
  jan feb mar apr jun jul aug sep sept oct nov dec
  no nos art fig vol p pp ch para ref res
`);

/**
 * Words that open a sentence but never continue a name. After "U.S." or "p.m." a capital
 * may be a name going on ("U.S. Secretary", "3 p.m. Monday") or a new sentence ("… in the
 * U.S. The talks …"); only these words settle it.
 */
const SENTENCE_OPENERS = toWordSet(`
  the a an he she it they we i you his her its their our this that these those there
  but and or so yet however meanwhile in on at after before when while as if although though
  according earlier later still also both some many most no not what why how who since for
`);

export type AbbreviationKind = 'never-final' | 'before-number' | 'initial' | 'acronym' | 'word';

/** "Gen" → never-final, "Jan" → before-number, "F" → initial, "U.S" → acronym, "talks" → word. */
export function getAbbreviationKind(wordBeforeStop: string): AbbreviationKind {
  const lower = wordBeforeStop.toLowerCase();
  if (NEVER_FINAL.has(lower)) return 'never-final';
  if (BEFORE_NUMBER.has(lower)) return 'before-number';
  // A single capital is a middle or first initial: "John F. Kennedy", "J. Edgar Hoover".
  if (/^\p{Lu}$/u.test(wordBeforeStop)) return 'initial';
  // Dotted letters: "U.S", "U.N", "D.C", "a.m", "Ph.D".
  if (/^(?:\p{L}{1,2}\.)+\p{L}{1,2}$/u.test(wordBeforeStop)) return 'acronym';
  return 'word';
}

export function isSentenceOpener(word: string): boolean {
  return SENTENCE_OPENERS.has(word.toLowerCase());
}
