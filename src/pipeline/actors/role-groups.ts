// A title with what surrounds it: [the] [modifier] [qualifier['s]] TITLE [of QUALIFIER] [Name].
//   "Secretary of State John Kerry"     → Kerry once, by name (the title only confirms him)
//   "the premier" on 2017-01-15         → whoever held il-prime-minister that day
//   "Italy's prime minister Matteo Renzi" → no Israeli PM; Renzi is found as a new person
//   "deputy … spokeswoman", "a spokesperson", "former Prime Minister" → nobody by date
//   "the EU's foreign policy chief, Josep Borrell," → Borrell once, by name (an appositive)
import type { ActorMention } from '../types.ts';
import { keyAt, type ArticleState, type SentenceScan } from './article-state.ts';
import type { Entry } from './compile-matcher.ts';
import { NON_HOLDER_MODIFIERS, TITLE_SUFFIXES } from './context-words.ts';
import type { TrieMatch } from './phrase-trie.ts';
import { isCapitalized } from './tokens.ts';

export interface RoleGroup {
  /** Match indexes the group used up (qualifier, title, name). */
  readonly consumed: readonly number[];
  /** `start` is a text offset; `endToken` is exclusive. */
  readonly mention: {
    readonly start: number;
    readonly endToken: number;
    readonly actorId: string;
    readonly via: ActorMention['via'];
  } | null;
}

type Match = TrieMatch<Entry>;

const CALENDAR_WORDS =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;

export const isTitle = (m: Match) => m.entries.some((e) => e.type === 'role' || e.type === 'generic');

/** The state or organisation a match can qualify a title with: "Russian", "China", "IDF". */
function getQualifierId(state: ArticleState, m: Match | undefined): string | null {
  for (const entry of m?.entries ?? []) {
    if (entry.type === 'demonym') return entry.actorId;
    if (entry.type === 'actor' && state.compiled.gazetteer.actorsById.get(entry.actorId)?.kind !== 'person') {
      return entry.actorId;
    }
  }
  return null;
}

function getPersonId(state: ArticleState, m: Match | undefined): string | null {
  const isPerson = (id: string) => state.compiled.gazetteer.actorsById.get(id)?.kind === 'person';
  for (const entry of m?.entries ?? []) {
    if (entry.type === 'actor' && isPerson(entry.actorId)) return entry.actorId;
    // "President Biden": a surname only one known person bears is that person.
    if (entry.type === 'surname' && entry.actorIds.length === 1 && isPerson(entry.actorIds[0]!)) {
      return entry.actorIds[0]!;
    }
  }
  return null;
}

/** Roles the title can mean given its qualifier (null: unqualified). */
function getRoleIds(state: ArticleState, title: Match, qualifierId: string | null): Set<string> {
  const { rolesById } = state.compiled.gazetteer;
  const ids = new Set<string>();
  for (const entry of title.entries) {
    if (entry.type === 'role') {
      for (const id of entry.roleIds)
        if (!qualifierId || rolesById.get(id)?.of.includes(qualifierId)) ids.add(id);
    } else if (entry.type === 'generic') {
      for (const role of state.compiled.genericRoles.get(entry.phrase) ?? []) {
        const fits = qualifierId
          ? role.of.includes(qualifierId)
          : role.defaultFor.some((p) => p.toLowerCase() === entry.phrase);
        if (fits) ids.add(role.id);
      }
    }
  }
  return ids;
}

/** "Secretary of State Rice": of the known people with that surname, the one who ever held the
 *  title (Condoleezza, not Susan), if only one did. */
function getBearerOfTitle(
  state: ArticleState,
  title: Match,
  qualifierId: string | null,
  name: Match,
): string | null {
  const roleIds = getRoleIds(state, title, qualifierId);
  const bearers = name.entries.flatMap((e) => (e.type === 'surname' ? e.actorIds : []));
  const held = bearers.filter((id) =>
    state.compiled.gazetteer.actorsById.get(id)?.offices.some((o) => roleIds.has(o.role)),
  );
  return held.length === 1 ? held[0]! : null;
}

function getHolderId(state: ArticleState, roleId: string): string | null {
  const day = state.published;
  const term = state.compiled.roleTerms
    .get(roleId)
    ?.find((t) => t.start <= day && (t.end === null || day <= t.end));
  return term?.actorId ?? null;
}

const isPossessive = (scan: SentenceScan, from: number) =>
  keyAt(scan, from) === "'" && keyAt(scan, from + 1) === 's';

/** Token after a capitalised run starting at `from` (an unknown name's end). */
function skipName(scan: SentenceScan, from: number): number {
  let i = from;
  while (i < scan.tokens.length && (isCapitalized(scan.tokens[i]!.text) || keyAt(scan, i) === '-')) i += 1;
  return i;
}

/**
 * ", Name," after a title: where the name starts and whether it is closed by a comma, a
 * bracket or the sentence end (a list "the premier, Gantz and Lapid" is not closed).
 */
function getAppositive(
  scan: SentenceScan,
  titleEnd: number,
  after: Match | undefined,
): { start: number; closed: boolean } | null {
  if (keyAt(scan, titleEnd) !== ',' || !isCapitalized(scan.tokens[titleEnd + 1]?.text ?? '')) return null;
  const start = titleEnd + 1;
  const end = after?.startToken === start ? after.endToken : skipName(scan, start);
  return { start, closed: APPOSITIVE_CLOSERS.has(keyAt(scan, end)) };
}

/** '' is the sentence end (keyAt past the last token). */
const APPOSITIVE_CLOSERS = new Set([',', '', ')', ';', '—', '–']);

export function getRoleGroup(state: ArticleState, scan: SentenceScan, index: number): RoleGroup {
  const title = scan.matches[index]!;
  const before = scan.matches[index - 1];
  const after = scan.matches[index + 1];
  const prefixed =
    before &&
    (before.endToken === title.startToken ||
      (isPossessive(scan, before.endToken) && before.endToken + 2 === title.startToken));
  let qualifierId = prefixed ? getQualifierId(state, before) : null;
  const consumed = [index];
  if (qualifierId) consumed.push(index - 1);
  let groupStart = qualifierId ? before!.startToken : title.startToken;
  if (keyAt(scan, groupStart - 1) === 'the') groupStart -= 1;
  const spanStart = scan.tokens[groupStart]!.start;

  // A name right after the title is who is meant, whatever the date says; so is a name set off
  // by commas: "Israel's ambassador to the UN, Gilad Erdan, told…".
  const appositive = getAppositive(scan, title.endToken, after);
  const nameStart = appositive?.start ?? title.endToken;
  const personId =
    after?.startToken === nameStart
      ? (getPersonId(state, after) ?? getBearerOfTitle(state, title, qualifierId, after))
      : null;
  if (personId && (!appositive || appositive.closed)) {
    const via = after!.entries.find((e) => e.type === 'actor' && e.actorId === personId);
    const mentionVia = via?.type === 'actor' ? via.via : 'name';
    return {
      consumed: [...consumed, index + 1],
      mention: {
        start: appositive ? scan.tokens[nameStart]!.start : spanStart,
        endToken: after!.endToken,
        actorId: personId,
        via: mentionVia,
      },
    };
  }
  const next = scan.tokens[nameStart];
  // A surname several known people bear is resolved on its own; the title still names its bearer,
  // not whoever held the office on the day.
  const surnameFollows = after?.startToken === nameStart && after.entries.some((e) => e.type === 'surname');
  const unknownNameFollows =
    next &&
    isCapitalized(next.text) &&
    // "The Secretary-General Tuesday said": a day or month name is no name.
    !CALENDAR_WORDS.test(next.text) &&
    (after?.startToken !== nameStart || surnameFollows) &&
    (!appositive || appositive.closed);
  const modifier = keyAt(scan, groupStart - 1);
  const suffix = keyAt(scan, title.endToken) === '-' && TITLE_SUFFIXES.has(keyAt(scan, title.endToken + 1));
  if (unknownNameFollows || NON_HOLDER_MODIFIERS.has(modifier) || modifier === '-' || suffix) {
    return { consumed: [index], mention: null };
  }
  // "president of the UN Arab Group": a qualifier after the title.
  if (!qualifierId && keyAt(scan, title.endToken) === 'of' && after) {
    const gap = after.startToken - title.endToken;
    if (gap === 1 || (gap === 2 && keyAt(scan, title.endToken + 1) === 'the'))
      qualifierId = getQualifierId(state, after);
    if (qualifierId) consumed.push(index + 1);
  }
  const roleIds = [...getRoleIds(state, title, qualifierId)];
  const holderId = roleIds.length === 1 ? getHolderId(state, roleIds[0]!) : null;
  if (!holderId) return { consumed: [index], mention: null };
  const endToken = Math.max(...consumed.map((i) => scan.matches[i]!.endToken));
  return { consumed, mention: { start: spanStart, endToken, actorId: holderId, via: 'role' } };
}
