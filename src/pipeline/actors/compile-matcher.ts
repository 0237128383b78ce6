// Turns a gazetteer into one phrase trie plus the lookups the stage needs, once per gazetteer
// (cached), so each article costs only a walk over its tokens.
import type { Gazetteer, GazetteerActor, Place, Role } from '../gazetteer/gazetteer-schema.ts';
import { PhraseTrie, type CaseMode } from './phrase-trie.ts';

export type Entry =
  | {
      readonly type: 'actor';
      readonly actorId: string;
      readonly via: 'name' | 'alias';
      readonly context: boolean;
    }
  | {
      readonly type: 'surname';
      readonly actorIds: readonly string[];
      /** Those of actorIds whose surname links only after their full name was read. */
      readonly afterName: ReadonlySet<string>;
    }
  | { readonly type: 'demonym'; readonly actorId: string }
  | { readonly type: 'role'; readonly roleIds: readonly string[] }
  | { readonly type: 'generic'; readonly phrase: string }
  | { readonly type: 'place'; readonly place: Place }
  | { readonly type: 'outlet' }
  /** An organisation found in this article's text (discover-organisations.ts), not in the trie. */
  | { readonly type: 'found'; readonly actorId: string };

export interface CompiledGazetteer {
  readonly gazetteer: Gazetteer;
  readonly trie: PhraseTrie<Entry>;
  /** Lower-cased generic title → roles that use it. */
  readonly genericRoles: ReadonlyMap<string, readonly Role[]>;
  readonly demonyms: ReadonlySet<string>;
  /** Role id → its terms, for resolving "the premier" at a date. */
  readonly roleTerms: ReadonlyMap<string, readonly RoleTerm[]>;
}

export interface RoleTerm {
  readonly actorId: string;
  readonly start: string;
  readonly end: string | null;
}

// One word is matched as written ("US" is not "us"); longer phrases loosely (see phrase-trie).
const modeOf = (form: string): CaseMode => (/\s/.test(form.trim()) ? 'loose' : 'exact');

function addActor(trie: PhraseTrie<Entry>, actor: GazetteerActor): void {
  trie.add(actor.name, { type: 'actor', actorId: actor.id, via: 'name', context: false }, modeOf(actor.name));
  for (const alias of actor.aliases) {
    trie.add(alias, { type: 'actor', actorId: actor.id, via: 'alias', context: false }, modeOf(alias));
  }
  for (const alias of actor.contextAliases) {
    trie.add(alias, { type: 'actor', actorId: actor.id, via: 'alias', context: true }, 'exact');
  }
  for (const demonym of actor.demonyms) trie.add(demonym, { type: 'demonym', actorId: actor.id }, 'exact');
}

function addSurnames(trie: PhraseTrie<Entry>, actors: readonly GazetteerActor[]): void {
  const bySurname = new Map<string, { actorIds: string[]; afterName: Set<string> }>();
  const add = (surname: string, id: string, afterName: boolean) => {
    const entry = bySurname.get(surname) ?? { actorIds: [], afterName: new Set<string>() };
    entry.actorIds.push(id);
    if (afterName) entry.afterName.add(id);
    bySurname.set(surname, entry);
  };
  for (const actor of actors) {
    for (const surname of actor.surnames) add(surname, actor.id, false);
    for (const surname of actor.laterSurnames ?? []) add(surname, actor.id, true);
  }
  for (const [surname, entry] of bySurname) trie.add(surname, { type: 'surname', ...entry }, 'exact');
}

function addRoles(trie: PhraseTrie<Entry>, roles: readonly Role[]): Map<string, Role[]> {
  const specific = new Map<string, string[]>();
  const generic = new Map<string, Role[]>();
  for (const role of roles) {
    for (const phrase of role.phrases) specific.set(phrase, [...(specific.get(phrase) ?? []), role.id]);
    for (const phrase of role.generic) {
      const key = phrase.toLowerCase();
      if (!generic.has(key)) trie.add(phrase, { type: 'generic', phrase: key }, 'loose');
      generic.set(key, [...(generic.get(key) ?? []), role]);
    }
  }
  for (const [phrase, roleIds] of specific) trie.add(phrase, { type: 'role', roleIds }, 'loose');
  return generic;
}

function compile(gazetteer: Gazetteer): CompiledGazetteer {
  const trie = new PhraseTrie<Entry>();
  for (const actor of gazetteer.actors) addActor(trie, actor);
  addSurnames(trie, gazetteer.actors);
  const genericRoles = addRoles(trie, gazetteer.roles);
  for (const place of gazetteer.places) {
    for (const form of [place.name, ...place.aliases]) trie.add(form, { type: 'place', place }, modeOf(form));
  }
  for (const outlet of gazetteer.outlets) {
    for (const form of [outlet.name, ...outlet.aliases]) trie.add(form, { type: 'outlet' }, modeOf(form));
  }
  const demonyms = new Set(gazetteer.actors.flatMap((actor) => actor.demonyms.map((d) => d.toLowerCase())));
  const roleTerms = new Map<string, RoleTerm[]>();
  for (const actor of gazetteer.actors) {
    for (const { role, start, end } of actor.offices) {
      roleTerms.set(role, [...(roleTerms.get(role) ?? []), { actorId: actor.id, start, end }]);
    }
  }
  return { gazetteer, trie, genericRoles, demonyms, roleTerms };
}

const cache = new WeakMap<Gazetteer, CompiledGazetteer>();

export function getCompiledGazetteer(gazetteer: Gazetteer): CompiledGazetteer {
  let compiled = cache.get(gazetteer);
  if (!compiled) cache.set(gazetteer, (compiled = compile(gazetteer)));
  return compiled;
}
