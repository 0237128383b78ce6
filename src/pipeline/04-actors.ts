// Stage 4: who and where. Walks the sentences in order and finds
//   - curated names, aliases and surnames ("Secretary of State John Kerry" is Kerry once);
//   - titles resolved by the publication date ("the Secretary of State" is Kerry on 2014-12-14,
//     Blinken on 2021-05-17), respecting country qualifiers ("Italy's prime minister" is not
//     Israel's) and modifiers ("former", "deputy", "a spokesperson");
//   - states and organisations, capitals standing for their governments, and places;
//   - people the gazetteer lacks, as proper-noun runs, and their later bare surnames.
// Outlets and journalists are recognised only so that they never become actors.
import { GAZETTEER, type Gazetteer } from './gazetteer/index.ts';
import type { ActorsResult, Sentence } from './types.ts';
import type { ArticleState } from './actors/article-state.ts';
import { getCompiledGazetteer } from './actors/compile-matcher.ts';
import { acceptBySurname, discoverPeople, isHeadlineLike, newDiscovery } from './actors/discover-people.ts';
import { isAuthorBio } from './actors/author-bio.ts';
import { addFoundOrganisations, type FoundOrganisations } from './actors/discover-organisations.ts';
import { matchSentence, scanSentence } from './actors/match-sentence.ts';

export function findActors(
  text: string,
  sentences: readonly Sentence[],
  published: string,
  gazetteer: Gazetteer = GAZETTEER,
): ActorsResult {
  const state: ArticleState = {
    text,
    published,
    compiled: getCompiledGazetteer(gazetteer),
    seen: new Set(),
    mentions: [],
    owners: [],
    places: [],
  };
  const discovery = newDiscovery();
  const organisations: FoundOrganisations = { records: new Map(), acronyms: new Map() };
  const lastParagraph = sentences.at(-1)?.paragraphIndex ?? -1;
  for (const sentence of sentences) {
    // Headlines' capitals and the author's closing bio prove nothing about new actors.
    const discover = !isHeadlineLike(sentence.text) && !isAuthorBio(sentence, lastParagraph);
    const scanned = scanSentence(state, sentence);
    const scan = discover ? addFoundOrganisations(state, scanned, organisations) : scanned;
    acceptBySurname(state, scan, discovery);
    matchSentence(state, scan, discovery.surnames);
    if (discover) discoverPeople(state, scan, sentence, discovery);
  }
  const byStart = (a: { start: number }, b: { start: number }) => a.start - b.start;
  return {
    mentions: state.mentions.sort(byStart),
    owners: state.owners,
    places: state.places.sort(byStart),
    discovered: [...organisations.records.values(), ...discovery.records.values()],
  };
}
