// Verb groups: auxiliaries, adverbs and a main verb read as one unit, with tense, voice and
// negation. "would not have been adopted" → head "adopted", past, perfect, passive, negated,
// hypothetical. Infinitives ("to veto") are groups of their own, linked to the verb, adjective
// or noun that governs them ("threatened to veto"), so that modality can flow down the chain.
import type { Modality, Token, VerbGroup } from '../types.ts';
import { isAux, isGerund, isNegator, isPastForm, isPresentS, isVerb } from './word-forms.ts';

const FUTURE = new Set(['will', 'shall']);
const PAST_AUX = new Set(['was', 'were', 'had', 'did']);
// "could", "would", "might" … never assert that something happened.
const MODAL = new Set(['would', 'could', 'might', 'may', 'should', 'must', 'can', 'ought']);
// Words an auxiliary and its verb may enclose: "has not yet", "will also", "was reportedly".
const INSIDE = new Set(['ADV', 'PART']);

export function findVerbGroups(tokens: readonly Token[]): Omit<VerbGroup, 'modality' | 'governor'>[] {
  const groups: Omit<VerbGroup, 'modality' | 'governor'>[] = [];
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i]!;
    const isInfinitive = token.lemma === 'to' && token.pos === 'PART' && isVerb(tokens[i + 1]);
    if (!isAux(token) && !isVerb(token) && !isInfinitive) {
      i++;
      continue;
    }
    const first = i;
    let head = -1;
    let j = i;
    // Collect auxiliaries (and what they enclose) up to the main verb.
    for (; j < tokens.length; j++) {
      const t = tokens[j]!;
      if (isVerb(t)) {
        head = j;
        break;
      }
      if (isAux(t) || (j === first && isInfinitive) || (INSIDE.has(t.pos) && j > first)) continue;
      break;
    }
    // A lone auxiliary is the verb itself ("was", "is"): a copula or an elided verb.
    if (head < 0) head = lastIndexWhere(tokens, first, j, isAux);
    if (head < 0) {
      i = j > i ? j : i + 1;
      continue;
    }
    // A particle right after the verb belongs to it: "put forward", "called off".
    const last =
      tokens[head + 1]?.pos === 'ADP' && /^(?:forward|off|out|up|down)$/.test(tokens[head + 1]!.lemma)
        ? head + 1
        : head;
    groups.push(describe(tokens, first, head, last));
    i = last + 1;
  }
  return groups;
}

function describe(tokens: readonly Token[], first: number, head: number, last: number) {
  const words = tokens.slice(first, last + 1);
  const auxes = tokens.slice(first, head).filter(isAux);
  const main = tokens[head]!;
  const firstAux = auxes[0]?.text.toLowerCase() ?? '';
  const firstLemma = auxes[0]?.lemma ?? '';
  const perfect = auxes.some((a) => a.lemma === 'have') && isPastForm(main);
  const lastAux = auxes[auxes.length - 1];
  const passive =
    lastAux !== undefined &&
    (lastAux.lemma === 'be' || lastAux.lemma === 'get') &&
    isPastForm(main) &&
    main !== lastAux;
  let tense: VerbGroup['tense'];
  if (FUTURE.has(firstLemma)) tense = 'future';
  else if (MODAL.has(firstLemma)) tense = perfect ? 'past' : 'present';
  else if (PAST_AUX.has(firstAux)) tense = 'past';
  else if (auxes.length > 0) tense = 'present';
  else tense = isPastForm(main) && !isPresentS(main) && !isGerund(main) ? 'past' : 'present';
  return {
    first,
    last,
    head,
    lemma: main.lemma,
    tense,
    perfect,
    voice: passive ? ('passive' as const) : ('active' as const),
    negated: words.some(isNegator),
  };
}

/**
 * Modality the auxiliaries alone give: "would", "could" → hypothetical; "will" → planned. In
 * reported speech a bare "would" is the future seen from the past ("said the two would meet
 * on Friday"): planned, unless it has "have" ("would have passed"), which is counterfactual.
 */
export function getAuxModality(
  tokens: readonly Token[],
  group: Pick<VerbGroup, 'first' | 'head'>,
  isReported = false,
): Modality {
  const lemmas = tokens.slice(group.first, group.head).map((t) => t.lemma);
  const reportedFuture = isReported && lemmas[0] === 'would' && !lemmas.includes('have');
  if (reportedFuture) return 'planned';
  // "Kerry is to meet Abbas", "the vote was to take place": "be to" arranges a happening.
  if (lemmas.some((l, k) => l === 'be' && lemmas[k + 1] === 'to')) return 'planned';
  if (lemmas.some((l) => MODAL.has(l))) return isEarliestDate(tokens, group) ? 'expected' : 'hypothetical';
  if (lemmas.some((l) => FUTURE.has(l))) return 'planned';
  return 'asserted';
}

// How far after its verb an "as early as" may time it.
const EARLIEST_REACH = 6;

/**
 * "could be held as early as Friday", "may vote as soon as next week": a modal that only leaves
 * the day open says the happening is expected, with its earliest date.
 */
function isEarliestDate(tokens: readonly Token[], group: Pick<VerbGroup, 'head'>): boolean {
  const end = Math.min(tokens.length - 2, group.head + 1 + EARLIEST_REACH);
  for (let k = group.head + 1; k < end; k++) {
    const [a, b, c] = [tokens[k]!, tokens[k + 1]!, tokens[k + 2]!];
    if (a.lemma === 'as' && (b.lemma === 'early' || b.lemma === 'soon') && c.lemma === 'as') return true;
    if (a.pos === 'PUNCT' || a.pos === 'SCONJ') return false;
  }
  return false;
}

function lastIndexWhere(tokens: readonly Token[], from: number, to: number, test: (t: Token) => boolean) {
  for (let k = Math.min(to, tokens.length) - 1; k >= from; k--) if (test(tokens[k]!)) return k;
  return -1;
}
