// Organisations the gazetteer does not know, found from the shape of their names:
//   a capitalised run ending in an organisation word   "Palestinian Central Council", "Jewish Agency"
//   … continued by "of", "for", "on" and more names    "Ministry of Foreign Affairs", "Council of Europe"
//   … led by a state, body or demonym                  "Israeli Foreign Ministry", "Knesset Foreign Affairs and Defense Committee"
//   … owned by a state                                 "Israel's Supreme Court" → Israeli Supreme Court (Israel stays a mention)
//   an acronym introduced in brackets, then alone      "the Popular Front for the Liberation of Palestine (PFLP) … PFLP"
// A run of generic words alone names nobody ("the Foreign Ministry", "a Supreme Court"), and a
// known body inside a longer name gives way to it ("National Security Council" is not the UN's).
import { toSlug } from '../slug.ts';
import type { ActorRecord } from '../types.ts';
import { keyAt, type ArticleState, type SentenceScan } from './article-state.ts';
import type { Entry } from './compile-matcher.ts';
import type { TrieMatch } from './phrase-trie.ts';
import { isAllCaps, isCapitalized } from './tokens.ts';
import { WORDS } from './word-lists.ts';

type Match = TrieMatch<Entry>;

export interface FoundOrganisations {
  readonly records: Map<string, ActorRecord>;
  /** "PFLP" → its organisation's id, once introduced in brackets. */
  readonly acronyms: Map<string, string>;
}

/** Capitalised words that open a sentence or clause rather than a name. */
const NOT_IN_NAME = new Set(
  `the a an and or but in on at to from by with as if every each all any some many both several no this
  that these those its their his her our when while after before since then`.split(/\s+/),
);
const RIGHT_CONNECTORS = new Set(['of', 'for', 'on']);
const MAX_TOKENS = 14;

type Owner = (Match | undefined)[];

/** A match that may lead an organisation's name: a demonym, a state or a body ("Israeli", "UN", "Knesset"). */
function isQualifier(state: ArticleState, m: Match | undefined): boolean {
  return !!m?.entries.some(
    (e) =>
      e.type === 'demonym' ||
      (e.type === 'actor' &&
        !e.context &&
        state.compiled.gazetteer.actorsById.get(e.actorId)?.kind !== 'person'),
  );
}

/** The state a qualifier names ("Israeli", "Israel"), or null for a body ("UN", "Knesset"). */
function getStateId(state: ArticleState, m: Match): string | null {
  for (const e of m.entries) {
    const id = e.type === 'demonym' || e.type === 'actor' ? e.actorId : null;
    if (id && state.compiled.gazetteer.actorsById.get(id)?.kind === 'state') return id;
  }
  return null;
}

/** A match that may close an organisation's name after "of": "of Palestine", "of Europe". */
const isNamePlace = (state: ArticleState, m: Match) =>
  m.entries.some((e) => e.type === 'place') ||
  (m.entries.some((e) => e.type === 'actor') && !isPersonMatch(state, m));

const isPersonMatch = (state: ArticleState, m: Match) =>
  m.entries.some(
    (e) => e.type === 'actor' && state.compiled.gazetteer.actorsById.get(e.actorId)?.kind === 'person',
  );

/** A known body's match that a longer name swallows: "Security Council" in "National Security Council". */
const isBodyMatch = (state: ArticleState, m: Match | undefined) =>
  !!m?.entries.some(
    (e) => e.type === 'actor' && state.compiled.gazetteer.actorsById.get(e.actorId)?.kind === 'organization',
  );

const isWord = (scan: SentenceScan, owner: Owner, i: number) => {
  const token = scan.tokens[i];
  return !!token && !owner[i] && isCapitalized(token.text) && !NOT_IN_NAME.has(token.key);
};

interface Span {
  readonly first: number;
  /** Exclusive. */
  readonly end: number;
  /** Index of the qualifier match that leads the name, if any. */
  readonly qualifier: Match | null;
}

function extendLeft(state: ArticleState, scan: SentenceScan, owner: Owner, from: number): Span {
  let first = from;
  while (first - 1 >= 0 && from - first < MAX_TOKENS) {
    const i = first - 1;
    if (isWord(scan, owner, i)) first = i;
    else if (
      WORDS.orgConnectors.has(keyAt(scan, i)) &&
      keyAt(scan, i) !== 'the' &&
      isWord(scan, owner, i - 1)
    )
      first = i;
    else break;
  }
  const lead = owner[first - 1];
  if (lead && lead.endToken === first && isQualifier(state, lead))
    return { first: lead.startToken, end: from, qualifier: lead };
  return { first, end: from, qualifier: null };
}

function extendRight(scan: SentenceScan, owner: Owner, end: number, state: ArticleState): number {
  let last = end;
  for (;;) {
    if (!RIGHT_CONNECTORS.has(keyAt(scan, last))) return last;
    let i = last + 1;
    if (keyAt(scan, i) === 'the') i += 1;
    const m = owner[i];
    let next = i;
    // "of Palestine", "of Europe": a known state, body or place ends the name.
    if (m && m.startToken === i && isNamePlace(state, m)) next = m.endToken;
    while (
      isWord(scan, owner, next) ||
      (next > i && WORDS.orgConnectors.has(keyAt(scan, next)) && isWord(scan, owner, next + 1))
    )
      next += 1;
    if (next === i) return last;
    last = next;
  }
}

/** Whether the words (qualifier aside) say more than "Foreign Ministry": one is not generic. */
function isSpecific(scan: SentenceScan, owner: Owner, span: Span, words: number): boolean {
  for (let i = span.qualifier ? span.qualifier.endToken : span.first; i < words; i += 1) {
    const key = keyAt(scan, i);
    if (owner[i]) return true;
    if (isCapitalized(scan.tokens[i]!.text) && !WORDS.genericOrgWords.has(key) && !WORDS.orgSuffixes.has(key))
      return true;
  }
  return false;
}

/** "Israel's Supreme Court": the state that owns a generic name, as a demonym ("Israeli"). */
function getOwnerName(state: ArticleState, scan: SentenceScan, first: number): string | null {
  if (keyAt(scan, first - 1) !== 's' || keyAt(scan, first - 2) !== "'") return null;
  const m = scan.matches.find((x) => x.endToken === first - 2);
  const entry = m?.entries.find((e) => e.type === 'actor');
  const actor = entry?.type === 'actor' ? state.compiled.gazetteer.actorsById.get(entry.actorId) : undefined;
  if (!actor || actor.kind === 'person') return null;
  return actor.demonyms[0] ?? actor.name;
}

function toText(state: ArticleState, scan: SentenceScan, first: number, end: number): string {
  return state.text.slice(scan.tokens[first]!.start, scan.tokens[end - 1]!.end);
}

function register(found: FoundOrganisations, state: ArticleState, name: string): string {
  const id = toSlug(name);
  if (!state.compiled.gazetteer.actorsById.has(id) && !found.records.has(id)) {
    found.records.set(id, { id, name, kind: 'organization', aliases: [], offices: [], origin: 'text' });
  }
  return id;
}

/**
 * "the Organisation for Democracy in Gaza (ODG)": a name a place word cut short reaches to the
 * acronym in brackets after it when the acronym spells the capitalised words up to there.
 */
function extendToAcronym(scan: SentenceScan, first: number, end: number): number {
  for (let open = end; open <= end + 4 && open < scan.tokens.length; open += 1) {
    if (keyAt(scan, open) !== '(') continue;
    const acronym = scan.tokens[open + 1]?.text ?? '';
    if (open === end || keyAt(scan, open + 2) !== ')' || !isAllCaps(acronym)) return end;
    const initials = scan.tokens
      .slice(first, open)
      .filter((t) => isCapitalized(t.text))
      .map((t) => t.text[0])
      .join('');
    return initials === acronym ? open : end;
  }
  return end;
}

const hasAcronymAfter = (scan: SentenceScan, end: number) =>
  keyAt(scan, end) === '(' && keyAt(scan, end + 2) === ')' && isAllCaps(scan.tokens[end + 1]?.text ?? '');

/** "(PFLP)" right after a found name: the acronym now names it alone. */
function takeAcronym(scan: SentenceScan, end: number, found: FoundOrganisations, id: string): number {
  const word = scan.tokens[end + 1]?.text ?? '';
  if (keyAt(scan, end) !== '(' || keyAt(scan, end + 2) !== ')' || !isAllCaps(word)) return end;
  found.acronyms.set(word, id);
  return end + 3;
}

/** The scan with each found organisation as one match (in token order), replacing what it covers. */
export function addFoundOrganisations(
  state: ArticleState,
  scan: SentenceScan,
  found: FoundOrganisations,
): SentenceScan {
  const owner: Owner = new Array<Match | undefined>(scan.tokens.length);
  // "the Council" may be a known body by context, but "the Council of Europe" is not: such
  // matches leave their words free.
  const isContextOnly = (m: Match) => m.entries.every((e) => e.type === 'actor' && e.context);
  for (const m of scan.matches) if (!isContextOnly(m)) owner.fill(m, m.startToken, m.endToken);
  const added: Match[] = [];
  const claim = (first: number, end: number, id: string) => {
    const match: Match = { startToken: first, endToken: end, entries: [{ type: 'found', actorId: id }] };
    added.push(match);
    owner.fill(match, first, end);
  };
  for (let i = 0; i < scan.tokens.length; i += 1) {
    const token = scan.tokens[i]!;
    // Most articles have found no acronym yet: then no token needs the all-caps test.
    const acronymId =
      found.acronyms.size > 0 && !owner[i] && isAllCaps(token.text)
        ? found.acronyms.get(token.text)
        : undefined;
    if (acronymId) {
      claim(i, i + 1, acronymId);
      continue;
    }
    if (!WORDS.orgSuffixes.has(token.key) || !isCapitalized(token.text)) continue;
    // The suffix may sit inside a known body's match that a longer name swallows.
    const body = owner[i];
    if (
      body &&
      !(isBodyMatch(state, body) && body.endToken === i + 1 && isWord(scan, owner, body.startToken - 1))
    )
      continue;
    const tail = body ? body.startToken : i;
    const left = extendLeft(state, scan, owner, tail);
    const end = extendToAcronym(scan, left.first, extendRight(scan, owner, i + 1, state));
    const span = { ...left, end };
    const words = end;
    const capitalised = scan.tokens
      .slice(left.qualifier?.endToken ?? left.first, end)
      .filter((t) => isCapitalized(t.text));
    const ownerName = left.qualifier ? null : getOwnerName(state, scan, left.first);
    if (capitalised.length < 2 && !left.qualifier && !ownerName) continue;
    const named = hasAcronymAfter(scan, end);
    if (!isSpecific(scan, owner, span, words) && !left.qualifier && !ownerName && !named) continue;
    // "Israel's Foreign Ministry", "the Israeli Defence Ministry": a state's own department
    // acts for the state, as "the Israeli government" does; the state is the actor.
    const specific = isSpecific(scan, owner, span, words) || named;
    if (!specific && WORDS.executiveSuffixes.has(token.key)) {
      const stateId = left.qualifier ? getStateId(state, left.qualifier) : null;
      if (stateId) claim(left.first, end, stateId);
      if (stateId || ownerName) i = end - 1;
      continue;
    }
    const text = toText(state, scan, left.first, end);
    const id = register(found, state, ownerName ? `${ownerName} ${text}` : text);
    if (body) owner.fill(undefined, body.startToken, body.endToken);
    if (left.qualifier) owner.fill(undefined, left.qualifier.startToken, left.qualifier.endToken);
    claim(left.first, end, id);
    i = takeAcronym(scan, end, found, id) - 1;
  }
  if (added.length === 0) return scan;
  const matches = [
    ...scan.matches.filter((m) => !added.some((a) => m.startToken < a.endToken && a.startToken < m.endToken)),
    ...added,
  ];
  return { ...scan, matches: matches.sort((a, b) => a.startToken - b.startToken) };
}
