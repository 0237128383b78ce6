// Whether the text gives evidence that a capitalised run is a person, not a place, an operation
// or a building. Any one of:
//   a title or honorific before it       "Ambassador Riyad Mansour", "Hamas official Basem Naim", "Mr Danon"
//   a title set off before it            "Israel's ambassador, Danny Danon,"
//   a verb of speech with it as subject  "Hanan Ashrawi said", "Ashrawi has long argued"
//   an inverted verb of speech           "said Hanan Ashrawi", "according to Hanan Ashrawi"
//   an apposition holding a title        "Ehud Olmert, the former Israeli prime minister,"
import { keyAt, type SentenceScan } from './article-state.ts';
import type { NameRun } from './name-runs.ts';
import { isTitle } from './role-groups.ts';
import { WORDS } from './word-lists.ts';

/** How far an apposition may run before its closing comma: "X, a senior PLO official, said". */
const MAX_APPOSITION = 8;
const APPOSITION_END = new Set([',', ')', ';', '—', '–', '']);
/** "the spokesman for the council, X,": how far back a title may stand from the comma. */
const MAX_TITLE_PHRASE = 5;

export const isTitleWord = (key: string): boolean => WORDS.personTitles.has(key) || WORDS.honorifics.has(key);

/** A title word, a person noun or a gazetteer title phrase ends right before token `end` (exclusive). */
function isTitleBefore(scan: SentenceScan, end: number): boolean {
  const key = keyAt(scan, end - 1);
  if (isTitleWord(key) || WORDS.personNouns.has(key)) return true;
  return scan.matches.some((m) => m.endToken === end && isTitle(m));
}

export function hasTitleBefore(scan: SentenceScan, run: NameRun): boolean {
  if (isTitleBefore(scan, run.first)) return true;
  if (keyAt(scan, run.first - 1) !== ',') return false;
  // "Israel's ambassador, Danny Danon,": the title is set off by a comma. Further back only when
  // the name is closed too, an apposition ("The spokesman for the council, Stephane Dujarric,
  // said"), not the next item of a list ("the envoy visited Tel Aviv, Ramat Gan and Haifa").
  if (isTitleBefore(scan, run.first - 1)) return true;
  if (!APPOSITION_END.has(keyAt(scan, run.last + 1))) return false;
  // A known name counts as one word: "The chairman of the Senate Foreign Relations Committee,
  // Bob Corker,".
  let i = run.first - 2;
  for (let step = 0; step <= MAX_TITLE_PHRASE && i >= 0; step += 1) {
    if (APPOSITION_END.has(keyAt(scan, i))) return false;
    if (isTitleWord(keyAt(scan, i))) return true;
    const name = scan.matches.find((m) => m.endToken === i + 1 && m.startToken < i);
    i = (name?.startToken ?? i) - 1;
  }
  return false;
}

function hasSpeechAfter(scan: SentenceScan, last: number): boolean {
  let i = last + 1;
  while (WORDS.speechAuxiliaries.has(keyAt(scan, i)) || keyAt(scan, i) === 'long') i += 1;
  return WORDS.speechVerbs.has(keyAt(scan, i));
}

function hasSpeechBefore(scan: SentenceScan, first: number): boolean {
  const before = keyAt(scan, first - 1) === ',' ? first - 2 : first - 1;
  if (WORDS.speechVerbs.has(keyAt(scan, before))) return true;
  return keyAt(scan, before) === 'to' && keyAt(scan, before - 1) === 'according';
}

function hasTitledApposition(scan: SentenceScan, last: number): boolean {
  if (keyAt(scan, last + 1) !== ',') return false;
  for (let i = last + 2; i <= last + 1 + MAX_APPOSITION; i += 1) {
    if (APPOSITION_END.has(keyAt(scan, i))) return false;
    if (isTitleWord(keyAt(scan, i)) || scan.matches.some((m) => m.startToken === i && isTitle(m)))
      return true;
  }
  return false;
}

type Match = SentenceScan['matches'][number];

/** The match ending right before "'s" at `index` ("Germany" in "Germany's"), if any. */
function getPossessor(scan: SentenceScan, index: number): Match | undefined {
  if (keyAt(scan, index - 1) !== 's' || keyAt(scan, index - 2) !== "'") return undefined;
  return scan.matches.find((m) => m.endToken === index - 2);
}

/** "Canada's Mark Carney": a name owned by a state or a body, not by a person. */
export function isOwnedName(scan: SentenceScan, run: NameRun, isPerson: (m: Match) => boolean): boolean {
  const owner = getPossessor(scan, run.first);
  return !!owner && !isPerson(owner);
}

/**
 * "Britain's Philip Hammond, Germany's Frank-Walter Steinmeier, …": a name owned by a state in a
 * sentence where another state owns a known person is one more official of that list.
 */
function hasPersonSibling(scan: SentenceScan, run: NameRun, isPerson: (m: Match) => boolean): boolean {
  if (!isOwnedName(scan, run, isPerson)) return false;
  return scan.matches.some(
    (m) => m.startToken !== run.first && isPerson(m) && !!getPossessor(scan, m.startToken),
  );
}

export function hasPersonEvidence(
  scan: SentenceScan,
  run: NameRun,
  isPerson: (m: Match) => boolean = () => false,
): boolean {
  return (
    hasPersonSibling(scan, run, isPerson) ||
    hasTitleBefore(scan, run) ||
    hasSpeechAfter(scan, run.last) ||
    hasSpeechBefore(scan, run.first) ||
    hasTitledApposition(scan, run.last)
  );
}
