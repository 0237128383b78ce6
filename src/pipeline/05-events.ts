// Stage 5 (per article): one candidate event per dated clause that holds a trigger word.
// "Kerry met Lavrov on Sunday, before talks on Monday with Netanyahu" gives two events; a
// dated clause without a trigger borrows the nearest earlier clause's trigger.
// Cross-article merging and ids happen later, in events/merge-events.ts.
import type { ActorKind } from '../domain/dataset-schema.ts';
import type { EventStatus, EventType } from '../domain/event-types.ts';
import type { Precision } from '../domain/partial-date.ts';
import { getAddressees } from './events/addressees.ts';
import { ADDRESSING_VERBS } from './events/speech-verbs.ts';
import { getReportedGist, withoutGist } from './events/reported-gist.ts';
import { getObjectPhrase } from './events/object-phrase.ts';
import { getObjectRelativeStart } from './events/object-relative.ts';
import { findAnaphoricDate, getPointedNoun, hasAnaphoricPhrase } from './events/anaphoric-date.ts';
import { getEventDate } from './dates/event-date.ts';
import { getClauseRoles } from './events/clause-roles.ts';
import { splitClauses } from './events/clauses.ts';
import { getControlledAgents } from './events/controlled-agent.ts';
import { getAppositiveIds } from './events/apposition.ts';
import { isOwnTargetSpan } from './events/own-clause.ts';
import { getPronounPartner } from './events/pronoun-partner.ts';
import { getSessionFrame, isSessionNoun } from './events/session-frame.ts';
import { dropQualifiers } from './events/drop-qualifiers.ts';
import { findEventPlace } from './events/find-place.ts';
import { findTriggers, mayHoldTrigger, type TriggerMatch } from './events/find-triggers.ts';
import { pickTrigger } from './events/pick-trigger.ts';
import { getLeadingSubject, getSubjectBeforeVerb } from './events/leading-subject.ts';
import { getSubjectMentions } from './events/speaker-subject.ts';
import { getNounAgents, getPronounOwner, isJudged, isSceneSetter } from './events/noun-frame.ts';
import { findBorrowingVerb, hasCountedOffset } from './events/borrowed-date.ts';
import { joinCoAgents } from './events/co-agents.ts';
import { getBodyDecisionType, getCarriedVoteType } from './events/carried-vote.ts';
import { getPassedInRoles } from './events/passed-in.ts';
import { hasUnnamedPluralSubject } from './events/common-subject.ts';
import { dropOpeningPhrase } from './events/opening-phrase.ts';
import { getRelativeAntecedent } from './events/relative-antecedent.ts';
import { isAttributiveDate } from './events/attributive-date.ts';
import { getDatedNouns } from './events/dated-noun.ts';
import { getSceneDay } from './events/scene-day.ts';
import { createLanguageLayer } from './language/language-layer.ts';
import { getMoodAt } from './language/mood-at.ts';
import { getAgentlessPassiveRoles } from './events/passive-subject.ts';
import { getAbstentionAgents, getVetoRoles } from './events/veto-agents.ts';
import { isGovernorsDate } from './events/governor-date.ts';
import { isReportedContentDate } from './events/content-date.ts';
import { isCalledOffLater, isCalledOffNoun } from './events/called-off.ts';
import { isActedOnNoun } from './events/acted-on.ts';
import { getEntryDate } from './dates/entry-date.ts';
import { isCloseRetelling } from './events/close-retelling.ts';
import { isSameHappening } from './events/same-happening.ts';
import { getStandInEvents, mayHoldStandIn } from './events/ellipsis.ts';
import { getColonListAgents } from './events/colon-list.ts';
import { getThreatInSpeech } from './events/threat-in-speech.ts';
import { getTallyBody, isPutToVote, isRejectedText, mayCountVoters } from './events/tally-vote.ts';
import { getOffsetDate } from './events/counted-offset.ts';
import { getAsideClauses, isInAside } from './events/aside-clause.ts';
import type {
  ActorMention,
  ActorsResult,
  DateMention,
  LanguageLayer,
  Sentence,
  SentenceLanguage,
  Span,
} from './types.ts';

export interface ArticleEvent {
  readonly date: string;
  readonly precision: Precision;
  readonly endDate?: string;
  readonly type: EventType;
  readonly agentIds: readonly string[];
  readonly targetIds: readonly string[];
  /**
   * Named in the clause in a part the sentence does not state: a name in what a statement
   * reports ("said Israel must…"), in a relative clause, or who asked for it. Involved in the
   * event (so in its actorIds), never titled as its target.
   */
  readonly mentionedIds?: readonly string[];
  readonly place: string | null;
  /** The sentence(s) it was read from, offsets into the original text. */
  readonly sources: readonly (Span & { readonly text: string; readonly dateText: string })[];
  /** The trigger word that typed it, for --verbose. */
  readonly trigger: string;
  /** Set when the text reports it as scheduled or intended ("will vote on Friday"). */
  readonly status?: EventStatus;
  /** The trigger's lemmas when it is a verb ("veto", "put forward"), for the title. */
  readonly verb?: string;
  /** What it was done to, as written ("UN Security Council resolution on Gaza"), for the title. */
  readonly object?: string;
  /** What a statement said, cut short ("visit set dangerous precedent"), for the title. */
  readonly gist?: string;
}

export interface EventsInput {
  readonly text: string;
  readonly sentences: readonly Sentence[];
  readonly dates: readonly DateMention[];
  readonly actors: ActorsResult;
  /** Kind of an actor id, to tell qualifiers ("U.S." in "U.S. Secretary of State") apart. */
  readonly kindOf?: (id: string) => ActorKind | undefined;
  /** The article's linguistic layer; a fresh one when the caller has none. */
  readonly language?: LanguageLayer;
  /** Publication day: a happening dated after it can only be planned. */
  readonly published?: string;
}

export function extractArticleEvents({
  text,
  sentences,
  dates,
  actors,
  kindOf = () => undefined,
  language = createLanguageLayer(),
  published,
}: EventsInput) {
  const events: ArticleEvent[] = [];
  let previousAgents: readonly string[] = [];
  let previousParagraph = -1;
  // Paragraph of the sentence that gave the latest event: its neighbours tell the same day.
  let eventParagraph = -1;
  // The day being told: the latest event's, or a day a sentence set without a happening of its own.
  let toldDay: Pick<ArticleEvent, 'date' | 'precision' | 'endDate'> | null = null;
  let reactionsOnly = false;
  // Whether a sentence can hold a trigger, tested once: both the candidates and the loop ask.
  const mayTrigger = new Set(sentences.filter((s) => mayHoldTrigger(s.text)).map((s) => s.index));
  language.prepare(getCandidates(sentences, mayTrigger, dates, actors));
  // Each sentence's mentions in their order, found once rather than by a scan per sentence.
  const mentionsOf = new Map<number, (typeof actors.mentions)[number][]>();
  for (const m of actors.mentions) {
    const list = mentionsOf.get(m.sentenceIndex);
    if (list) list.push(m);
    else mentionsOf.set(m.sentenceIndex, [m]);
  }
  const sentenceOf = (offset: number) => sentences.findLast((s) => s.start <= offset)?.index ?? -1;
  const paragraphOf = (index: number) => sentences.find((s) => s.index === index)?.paragraphIndex ?? -1;
  // "Portugal did the same": the happening told just before, done again by the new subject.
  const addStandIns = (sentence: Sentence, mentions: readonly ActorMention[]) => {
    if (mentions.length === 0 || !mayHoldStandIn(sentence.text)) return;
    const read = language.read(sentence);
    events.push(...getStandInEvents({ sentence, mentions, dates, read, events, sentenceOf }));
  };
  for (const sentence of sentences) {
    const inSentence = mentionsOf.get(sentence.index) ?? [];
    const mentions = dropQualifiers(text, inSentence, kindOf);
    // Only a sentence that can date a happening is read closely (tagging is the costly part);
    // any other still hands its subject on to the next sentence.
    // Members counted, not named ("128 countries voted"), may still cast the body's vote.
    const followUp = isFollowUp(
      sentence,
      eventParagraph,
      mentions.length > 0 || mayCountVoters(sentence.text),
    );
    // Only an opening sets the scene; later, a day without a happening is mostly an aside
    // ("A rival draft failed on Monday").
    const scene = events.length === 0 ? getSceneDay(dates, sentence) : null;
    if (!mayTrigger.has(sentence.index) || (!followUp && !mayDateHappening(sentence, dates, events))) {
      if (scene) [toldDay, eventParagraph, reactionsOnly] = [scene, sentence.paragraphIndex, false];
      addStandIns(sentence, mentions);
      const subject = getLeadingSubject(sentence.text, sentence.start, mentions);
      if (subject.length > 0) previousAgents = subject;
      previousParagraph = sentence.paragraphIndex;
      continue;
    }
    // Every name, qualifiers included: a word inside "State Department" is no speech verb. Its
    // kind tells whether it can be attacked ("attacked Israel") or only criticised.
    const nameSpans = inSentence.map((m) => ({
      start: m.start - sentence.start,
      end: m.end - sentence.start,
      kind: kindOf(m.actorId),
    }));
    const read = language.read(sentence);
    const triggers = findTriggers(
      sentence.text,
      read,
      nameSpans,
      actors.places
        .filter((p) => p.sentenceIndex === sentence.index)
        .map((p) => ({ start: p.start - sentence.start, end: p.end - sentence.start })),
    );
    const clauses = splitClauses(sentence.text);
    const asides = getAsideClauses(sentence.text);
    const mainAgents = getMainAgents(sentence, triggers, mentions, read);
    const borrower = findBorrowingVerb(sentence.text, clauses, triggers);
    // "the attack of October 7": a date naming a happening noun dates that noun, not the verb.
    const datedNouns = getDatedNouns(read, sentence, dates, mentions);
    const sentenceDates = getSentenceDates(sentence, dates, events, triggers, borrower, read).filter(
      (d) => !datedNouns.some((n) => n.date.start === d.start),
    );
    const own =
      sentenceDates.length > 0
        ? sentenceDates
        : followUp
          ? getFollowUpDate(
              sentence,
              toldDay,
              borrower,
              reactionsOnly || sentence.paragraphIndex - eventParagraph > 1,
              // A person named before the verb of saying: the speaker, not whom the content is about.
              mentions.some(
                (m) => kindOf(m.actorId) === 'person' && m.start < sentence.start + (borrower?.start ?? 0),
              ),
            )
          : [];
    const eventsBefore = events.length;
    // "…, hours after Israeli troops entered the hospital": a happening counted from another.
    const offset = getOffsetDate(sentence.text, sentence.start, sentenceDates, events, triggers);
    const dated = [
      ...own,
      ...getSimultaneousDates(sentence, clauses, triggers, own),
      ...(offset ? [offset] : []),
    ];
    const pointed = getPointedNoun(sentence.text);
    for (const date of dated) {
      const relative = date.start - sentence.start;
      const inClauses = findClauseTriggers(
        sentence.text,
        clauses,
        triggers.filter(
          (t) =>
            !isSceneSetter(read, t, relative) &&
            !isJudged(read, t) &&
            !isGovernorsDate(read, t, relative) &&
            !isReportedContentDate(sentence.text, t, triggers, relative) &&
            !isCalledOffLater(sentence.text, clauses, t) &&
            !isCalledOffNoun(read, t) &&
            !isActedOnNoun(read, t, triggers) &&
            !(pointed && t.trigger.noun && t.start === pointed.start),
        ),
        relative,
        getOtherDateOffsets(sentence, dates, date),
        read,
      );
      if (!inClauses) continue;
      const nearest = keepNearest(
        inClauses.triggers,
        date,
        dated,
        sentence.start,
        read,
        clauses,
        sentence.text,
      );
      if (nearest.length === 0) continue;
      const found = { ...inClauses, triggers: nearest };
      const dateClause = clauses.find((c) => relative >= c.start && relative < c.end) ?? found.clause;
      // A date in a leading phrase ("On Oct. 18, days after the attack, the US vetoed…") lends
      // the clause none of the phrase's names.
      const span = {
        start:
          dateClause.end <= found.clause.start
            ? found.clause.start
            : Math.min(found.clause.start, dateClause.start),
        end: Math.max(found.clause.end, dateClause.end),
      };
      // The clause's first verb trigger carries its syntax; a noun before it ("the Paris
      // summit, Kerry told Netanyahu") is only a topic.
      // A verb saying something of a noun ("countries that voted") is the clause's happening only
      // when the clause has no other.
      // "Dahlan, who led his side in the talks, said": an aside's happening only when the clause has
      // no other.
      // An object relative's verb is the clause's only when the date is the relative's own
      // ("the plan that Egypt proposed on Monday").
      const unrelated = found.triggers.filter(
        (t) => !isSubjectRelative(read, t) && !(getObjectRelativeStart(read, t.token) > relative),
      );
      // A date inside the aside dates the aside's own happening ("whom Rice met on Monday").
      const main = isInAside(asides, relative) ? [] : unrelated.filter((t) => !isInAside(asides, t.start));
      const told = main.length > 0 ? main : unrelated;
      const pivot =
        found.triggers.find(
          (t) => !t.trigger.noun && !isReducedRelative(read, t) && !isSubjectRelative(read, t),
        ) ??
        found.triggers.find((t) => !t.trigger.noun) ??
        found.triggers[0]!;
      const best =
        getTopicVerb(read, found.triggers, pivot) ??
        pickTrigger(sentence.text, told.length > 0 ? told : found.triggers);
      // A happening told inside a "since" phrase ("since the war began") has its own actors.
      const since = findSincePhrase(sentence.text, found.clause, best.start);
      if (since !== null) span.start = Math.max(span.start, since);
      const inSpan = dropOpeningPhrase(
        read,
        sentence,
        mentions.filter((m) => isWithin(m.start - sentence.start, span)),
        pivot.start,
      );
      const clauseRoles = getClauseRoles(sentence, pivot, best, triggers, inSpan, mentions, read);
      const passive = getAgentlessPassiveRoles(
        read,
        sentence.text,
        pivot,
        best,
        clauseRoles,
        inSpan.map((m) => m.start - sentence.start),
      );
      const roles = passive ?? clauseRoles;
      // A noun heading the clause ("after the upcoming summit") is not predicated of anyone,
      // so it inherits no subject from earlier sentences.
      const continues = sentence.paragraphIndex === previousParagraph || PRONOUN_SUBJECT.test(sentence.text);
      // "…, its third veto since the war began": a subordinate clause with a subject of its own
      // that names no actor is nobody's doing, not the main clause's subject's.
      const ownSubject = hasOwnSubject(read, sentence.text, clauses, pivot);
      const fallback = getFallbackAgents(sentence, mainAgents, mentions, clauses, pivot);
      const unnamed = hasUnnamedPluralSubject(read, found.clause, pivot.token, nameSpans);
      const carried = continues && !pivot.trigger.noun && !ownSubject && !unnamed ? previousAgents : [];
      // "a US veto", "Washington's veto": a noun's own modifier says whose it was.
      const owners = getNounAgents(read, best, mentions, sentence.start);
      const pronounOwner = getPronounOwner(read, best, mentions, sentence.start);
      // "…, which was briefed by Ban": a passive's antecedent was acted upon.
      const antecedent =
        getMoodAt(read, best.token).group?.voice === 'passive'
          ? []
          : getRelativeAntecedent(sentence.text, sentence.start, found.clause, mentions);
      const subjects = roles.unnamedSpeaker
        ? []
        : owners.length > 0
          ? owners
          : roles.agentIds.length > 0
            ? roles.agentIds
            : antecedent.length > 0
              ? antecedent
              : pronounOwner.length > 0
                ? pronounOwner
                : passive
                  ? []
                  : fallback.length > 0 && !ownSubject
                    ? fallback
                    : carried;
      // "a victory for Abbas that prompted the United States to cut off its funding": the
      // governor's object alone acted.
      const controlled = roles.unnamedSpeaker
        ? []
        : getControlledAgents(read, best, mentions, sentence.start);
      const listed = getColonListAgents(sentence, best, inSpan);
      // "Senegal put the draft to a vote": the body voted; how Senegal voted is not said.
      const given = isPutToVote(sentence.text, best)
        ? []
        : (listed ?? (controlled.length > 0 ? controlled : subjects));
      // "128 countries voted": the body the text tells of cast it.
      const chosen =
        given.length > 0 ? given : getTallyBody(sentence, best, actors.mentions, paragraphOf, read);
      // "al-Kidwa, the Palestinian observer at the United Nations, said": the UN only describes him.
      const described = getAppositiveIds(sentence.text, sentence.start, chosen, mentions, best.start);
      const agentIds = chosen.filter((id) => !described.includes(id));
      // A statement's (or a warning's) targets are whom it was told to, never a co-present or
      // quoted name.
      const isSaying =
        best.trigger.type === 'statement' ||
        (!best.trigger.noun && ADDRESSING_VERBS.has(read.tokens[best.token]?.lemma ?? ''));
      const saying = isSaying
        ? getAddressees(sentence.text, sentence.start, found.triggers, inSpan, read)
        : null;
      const addressees = saying?.addressees ?? null;
      // A target is named in the trigger's own clause: not in a relative clause, as another
      // verb's object or as who asked for it ("met at Turkey's request").
      const isOwnTarget = (id: string) =>
        inSpan.some(
          (m) =>
            m.actorId === id &&
            (m.start - sentence.start < best.start ||
              isOwnTargetSpan(read, sentence.text, best, {
                start: m.start - sentence.start,
                end: m.end - sentence.start,
              })),
        );
      const ownTargets = roles.targetIds.filter(
        (id) => !agentIds.includes(id) && (!addressees || addressees.includes(id)) && isOwnTarget(id),
      );
      const passedIn = getPassedInRoles(read, best, { agentIds, targetIds: ownTargets }, kindOf);
      const { agentIds: roleAgents, targetIds: stated } =
        best.trigger.type === 'veto'
          ? getVetoRoles(agentIds, ownTargets, kindOf)
          : (passedIn ??
            joinCoAgents(
              best.trigger.type,
              sentence.text,
              sentence.start,
              best.end,
              { agentIds, targetIds: ownTargets },
              inSpan,
            ));
      const agents =
        best.trigger.type === 'abstention' ? getAbstentionAgents(roleAgents, kindOf) : roleAgents;
      const targetIds =
        stated.length > 0 ? stated : getPronounPartner(read, best, previousAgents, agents, kindOf);
      // Names the clause gives a part in the happening without stating it: what a statement
      // reports, a relative clause, a requester, whoever a governor's object acted for.
      const named = best.trigger.type === 'statement' && saying ? saying.named : roles.targetIds;
      const mentionedIds = [
        ...new Set([...roles.targetIds.filter((id) => named.includes(id)), ...subjects]),
      ].filter((id) => !agents.includes(id) && !targetIds.includes(id));
      // An event nobody is named in cannot say who did what: it is left out.
      if (agents.length + targetIds.length + mentionedIds.length === 0) continue;
      // "Kerry meets Abbas next week", "the annual debate opens tomorrow": a happening told in
      // the present (or by a noun) and dated after the publication day has not happened yet. A
      // statement keeps its verb's reading: its later date is mostly what was said, not the saying.
      const planned =
        best.status === 'planned' ||
        isScheduledPresent(best, date, dates) ||
        (published !== undefined &&
          date.date > published &&
          best.tense !== 'past' &&
          best.trigger.type !== 'statement');
      events.push({
        ...getEventDate(date),
        type:
          getCarriedVoteType(sentence.text, best, agents, kindOf) ??
          getBodyDecisionType(best, agents) ??
          getThreatInSpeech(read, best, triggers) ??
          (isRejectedText(sentence, best, read) && given.length === 0 ? 'vote' : null) ??
          best.trigger.type,
        ...(planned ? { status: 'planned' as const } : {}),
        agentIds: agents,
        targetIds,
        ...(mentionedIds.length > 0 ? { mentionedIds } : {}),
        place: findEventPlace(sentence, span, best, actors.places, read),
        sources: [{ start: sentence.start, end: sentence.end, text: sentence.text, dateText: date.text }],
        trigger: best.text,
        ...getFrameWords(read, best, sentence, dates, nameSpans),
      });
      // A span ("circulated last week"), a plan or a month or year told after a day ("has used
      // its veto repeatedly, most recently in December") is an aside: the day being told stays.
      const isAside =
        planned || (date.endDate !== undefined && date.endDate !== date.date) || isCoarserThan(date, toldDay);
      if (!isAside) {
        // Past a reaction dated from two paragraphs back, only reactions are still the day's.
        if (sentenceDates.length > 0) reactionsOnly = false;
        else if (sentence.paragraphIndex - eventParagraph > 1) reactionsOnly = true;
        eventParagraph = sentence.paragraphIndex;
        toldDay = events[events.length - 1]!;
      }
    }
    for (const noun of datedNouns) {
      if (noun.agentIds.length + noun.targetIds.length === 0) continue;
      // Background to the day being told: it changes neither that day nor whose it is.
      events.push({
        ...getEventDate(noun.date),
        type: noun.type,
        agentIds: noun.agentIds,
        targetIds: noun.targetIds,
        place: null,
        sources: [
          { start: sentence.start, end: sentence.end, text: sentence.text, dateText: noun.date.text },
        ],
        trigger: noun.text,
        // "Hamas launches attack on southern Israel": the noun says what was launched.
        verb: 'launch',
        object: noun.object,
      });
    }
    addStandIns(sentence, mentions);
    if (events.length === eventsBefore && scene)
      [toldDay, eventParagraph, reactionsOnly] = [scene, sentence.paragraphIndex, false];
    // A sentence with no happening still hands on its subject: "Mr. Trump went further. He said…".
    const handedOn = mainAgents.length > 0 ? mainAgents : getSubjectBeforeVerb(read, sentence, mentions);
    if (handedOn.length > 0) previousAgents = handedOn;
    previousParagraph = sentence.paragraphIndex;
  }
  return mergeWithinArticle(events);
}

/** A month or a year after a day: the day is the finer, so it stays the one being told. */
function isCoarserThan(date: { precision: string }, day: { precision: string } | null): boolean {
  return day !== null && day.precision === 'day' && date.precision !== 'day';
}

// A sentence opening on a pronoun continues the story of the last named actor, even across
// paragraphs (news paragraphs are often one sentence long): "He will then fly to London".
const PRONOUN_SUBJECT = /^\W*(?:he|she|they|the two)\b/i;

/**
 * The sentences the loop below may read closely, so they are tokenised in one go: a possible
 * trigger, and a date, a pointer to an earlier time, or a name in or after a dated paragraph.
 */
function getCandidates(
  sentences: readonly Sentence[],
  mayTrigger: ReadonlySet<number>,
  dates: readonly DateMention[],
  actors: ActorsResult,
) {
  const dated = new Set(dates.map((d) => d.sentenceIndex));
  const named = new Set(actors.mentions.map((m) => m.sentenceIndex));
  const datedParagraphs = new Set(sentences.filter((s) => dated.has(s.index)).map((s) => s.paragraphIndex));
  return sentences.filter(
    (s) =>
      mayTrigger.has(s.index) &&
      (dated.has(s.index) ||
        hasAnaphoricPhrase(s.text) ||
        (named.has(s.index) &&
          (datedParagraphs.has(s.paragraphIndex) || datedParagraphs.has(s.paragraphIndex - 1)))),
  );
}

/**
 * A reaction told after a dated happening, with no date of its own ("Britain, Germany and
 * Bulgaria abstained.", "Gillerman told the council that…"), however far on, until another
 * date is told: news tells one day's happenings together, and its reactions often come after
 * paragraphs on what the deal or the text says. Checked cheaply before the sentence is read;
 * getFollowUpDate says which happenings may be so far (REACTIONS).
 */
function isFollowUp(sentence: Sentence, eventParagraph: number, hasMentions: boolean): boolean {
  return hasMentions && eventParagraph >= 0 && sentence.paragraphIndex >= eventParagraph;
}

/** A clause after a semicolon with a subject and its verb before the date: "; it resumed in
 *  2006" is a sentence of its own, where "and again on Monday" shares the verb before it. */
function hasOwnVerb(read: SentenceLanguage, clause: Span, at: number, text: string): boolean {
  const { tokens } = read;
  if (text[clause.start - 1] !== ';' && !/^\s*;/.test(text.slice(clause.start, clause.end))) return false;
  return tokens.some((t, k) => {
    const subject = tokens[k - 1];
    return (
      t.pos === 'VERB' &&
      t.start > clause.start &&
      t.start < at &&
      subject !== undefined &&
      ['PRON', 'PROPN', 'NOUN'].includes(subject.pos) &&
      subject.start >= clause.start
    );
  });
}

/** The day being told, if the sentence's first verb trigger (that may borrow a date) reports a
 *  past happening. */
function getFollowUpDate(
  sentence: Sentence,
  last: Pick<ArticleEvent, 'date' | 'precision' | 'endDate'> | null,
  verb: TriggerMatch | undefined,
  /** Two paragraphs or more since the day being told: only a reaction is still that day's. */
  reactionsOnly = false,
  /** A person is named before the verb: a quote of the day, not a view held any day. */
  namesPerson = false,
): SentenceDate[] {
  // A month or a year is background ("last month"), not the day being told.
  if (!verb || !last || last.precision !== 'day' || verb.status !== 'happened' || verb.tense !== 'past') {
    return [];
  }
  // Past the next paragraph only reactions are the day's (a paragraph on what the text says
  // often stands between the vote and them); an undated veto or strike that far on is background.
  if (reactionsOnly && !REACTIONS.has(verb.trigger.type)) return [];
  // A statement that far on is the day's when someone named reports it in their own voice
  // ("Solana said the bloc was ready") or it names what it answers ("called the vote historic");
  // "an official said Y did Z" may be about anything, and a quotation closed by its speaker
  // ('"…," Harf said') names no occasion: quotes are lifted from briefings of any day.
  if (
    reactionsOnly &&
    verb.trigger.type === 'statement' &&
    !(namesPerson && !CLOSED_QUOTE.test(sentence.text.slice(0, verb.start))) &&
    !ANSWERED.test(sentence.text.slice(verb.end))
  )
    return [];
  const { date, precision, endDate } = last;
  return [{ start: sentence.start + verb.start, text: '', date, precision, ...(endDate ? { endDate } : {}) }];
}

// A quotation closed before the verb of saying: '"…," she said', '"…." Harf said'.
const CLOSED_QUOTE = /[,.?!…]\s*["”’']/;

// The day's happening named again after the statement's verb: its noun, or "it" right after.
const ANSWERED =
  /^\s+it\b|\b(?:vote|voting|resolution|text|draft|decision|veto|ruling|order|opinion|deal|agreement|accord|ceasefire|truce|plan|move|measure|result|outcome|session|meeting|talks|summit|announcement|recognition)\b/i;

/**
 * "Trump, who visits Israel on Monday", "a conference that opens on Tuesday": a happening on a day
 * its clause points forward to is scheduled, not done, even when its verb (or the tagger) gives
 * no future of its own.
 */
function isScheduledPresent(best: TriggerMatch, date: SentenceDate, dates: readonly DateMention[]): boolean {
  if (best.status !== 'happened' || best.tense === 'past') return false;
  // A weekday or a calendar day points one way; "earlier this month" says its own direction.
  return dates.some(
    (d) =>
      d.start === date.start &&
      d.tense === 'future' &&
      d.precision === 'day' &&
      (d.kind === 'weekday' || d.kind === 'absolute'),
  );
}

/** What is said or cast in answer to the day's happening: "Hamas rejected the resolution". */
const REACTIONS: ReadonlySet<string> = new Set(['statement', 'rejection', 'appeal', 'vote', 'abstention']);

type SentenceDate = Pick<DateMention, 'start' | 'text' | 'date' | 'precision' | 'endDate' | 'oneDayOf'>;

/**
 * "The US last used its veto in February, diplomats said on Monday": when a clause holds two
 * dates, each date takes the triggers nearer to it than to the other, so the veto is February's
 * and the saying Monday's. A date with no trigger of its own keeps them all ("met on Sunday and
 * Monday" is a meeting on both days).
 */
function keepNearest(
  triggers: readonly TriggerMatch[],
  date: SentenceDate,
  allDated: readonly SentenceDate[],
  sentenceStart: number,
  read: SentenceLanguage,
  clauses: readonly Span[],
  text: string,
): TriggerMatch[] {
  if (allDated.length < 2) return [...triggers];
  // Trigger offsets are within the sentence, date offsets within the article.
  const distance = (t: TriggerMatch, d: SentenceDate) => Math.abs(sentenceStart + t.start - d.start);
  // "Iran agreed to suspend enrichment; it resumed in 2006": a date in another clause with a
  // verb of its own dates that clause, and claims none of this one's triggers.
  const isElsewhere = (d: SentenceDate) => {
    const at = d.start - sentenceStart;
    const clause = clauses.find((c) => at >= c.start && at < c.end);
    return (
      !!clause && triggers.every((t) => !isWithin(t.start, clause)) && hasOwnVerb(read, clause, at, text)
    );
  };
  const dated = allDated.filter((d) => d === date || !isElsewhere(d));
  if (dated.length < 2) return [...triggers];
  const own = triggers.filter((t) => dated.every((other) => distance(t, date) <= distance(t, other)));
  if (own.length > 0) return own;
  // "On Tuesday Haley recalled that the US vetoed a similar text in 2011": a trigger dated by a
  // date on its other side is not shared with one before it.
  // "The draft that Russia vetoed in March was revived on Tuesday": nor when a verb stands
  // between the two dates, the later date's own ("met on Sunday and Monday" shares).
  const side = (t: TriggerMatch, d: SentenceDate) => Math.sign(d.start - (sentenceStart + t.start));
  const verbBetween = (d: SentenceDate) =>
    read.verbGroups.some((g) => {
      const at = sentenceStart + read.tokens[g.head]!.start;
      return (at > d.start && at < date.start) || (at < d.start && at > date.start);
    });
  return triggers.filter((t) =>
    dated.every((other) => other === date || (side(t, other) === side(t, date) && !verbBetween(other))),
  );
}

/**
 * "A resolution drafted by Russia was vetoed…", "The draft, put forward by Algeria, was…": a bare
 * participle right after a noun and before "by" modifies the noun; it is not the clause's verb.
 */
function isReducedRelative(read: SentenceLanguage, trigger: TriggerMatch): boolean {
  const { tokens } = read;
  let before = trigger.token - 1;
  if (tokens[before]?.text === ',') before--;
  const noun = tokens[before];
  if (!noun || (noun.pos !== 'NOUN' && noun.pos !== 'PROPN')) return false;
  let after = trigger.lastToken + 1;
  if (tokens[after]?.lemma === 'forward' || tokens[after]?.lemma === 'up') after++;
  if (tokens[after]?.lemma !== 'by') return false;
  const { group } = getMoodAt(read, trigger.token);
  return group === undefined || group.first === group.head;
}

/**
 * "countries that voted against the US", "a resolution that passed 128-9": a verb right after a
 * relative pronoun that follows a noun says something of that noun; it is not what the clause
 * reports ("Trump warned that countries that voted against the US would lose aid" is Trump's
 * warning). "said on Tuesday that the US vetoed" is no relative: a subject stands between.
 */
function isSubjectRelative(read: SentenceLanguage, trigger: TriggerMatch): boolean {
  return isRelativeVerb(read, trigger.token, 1);
}

/** Whether the verb at `verb` opens a subject relative clause, or joins one by "and" ("countries
 *  that took US money and then voted against it"); "those who voted" too. */
function isRelativeVerb(read: SentenceLanguage, verb: number, joins: number): boolean {
  const { tokens } = read;
  let k = verb - 1;
  while (k >= 0 && (tokens[k]!.pos === 'ADV' || tokens[k]!.pos === 'AUX')) k--;
  const pronoun = tokens[k];
  if (pronoun?.pos === 'CCONJ' && joins > 0) {
    // The verb of the clause joined: the nearest one before "and", with no punctuation between.
    let j = k - 1;
    while (j >= 0 && j > k - 8 && tokens[j]!.pos !== 'VERB' && tokens[j]!.pos !== 'PUNCT') j--;
    return tokens[j]?.pos === 'VERB' && isRelativeVerb(read, j, joins - 1);
  }
  const head = tokens[k - 1];
  return (
    pronoun !== undefined &&
    RELATIVE_PRONOUNS.has(pronoun.text.toLowerCase()) &&
    head !== undefined &&
    (head.pos === 'NOUN' || head.pos === 'PROPN' || head.text.toLowerCase() === 'those') &&
    !WEEKDAY_OR_MONTH.test(head.text)
  );
}

const RELATIVE_PRONOUNS = new Set(['that', 'which', 'who']);

const SUBORDINATOR = /^\W*(?:after|before|since|until|when|while|as|because|although|though|once|if)\s/i;
// "A bid, which Washington opposes, is expected to go to a vote": who the relative clause names
// does not do the main clause's happening.
const RELATIVE_CLAUSE = /^\W*(?:which|who|whom|whose)\s/i;

/** A clause opened by a subordinator (or a "since" phrase) with a noun before its verb: "since
 *  the war began". */
function hasOwnSubject(
  read: SentenceLanguage,
  text: string,
  clauses: readonly Span[],
  trigger: TriggerMatch,
) {
  const clause = clauses.find((c) => trigger.start >= c.start && trigger.start < c.end);
  if (!clause) return false;
  const since = findSincePhrase(text, clause, trigger.start);
  if (since === null && !SUBORDINATOR.test(text.slice(clause.start, trigger.start))) return false;
  const opener = since ?? clause.start + text.slice(clause.start).search(/\S/);
  return read.tokens.some(
    (t, k) =>
      k < trigger.token &&
      t.start > opener &&
      // A pronoun ("when he met Abbas") points back to the main clause's subject.
      (t.pos === 'NOUN' || t.pos === 'PROPN'),
  );
}
/** "said on Tuesday that…": a date before "that" is no head noun. */
const WEEKDAY_OR_MONTH =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|january|february|march|april|may|june|july|august|september|october|november|december|week|month|year)$/i;

/**
 * "The veto was condemned on Tuesday by Amr Moussa": a noun that is the subject of a passive
 * trigger verb is what the verb's happening is about; the clause reports the verb's happening.
 */
function getTopicVerb(read: SentenceLanguage, triggers: readonly TriggerMatch[], pivot: TriggerMatch) {
  if (pivot.trigger.noun || pivot.status === null) return undefined;
  const { group } = getMoodAt(read, pivot.token);
  if (group?.voice !== 'passive') return undefined;
  const topic = triggers.find((t) => t.trigger.noun && t.start < pivot.start);
  return topic && topic.trigger.rank > pivot.trigger.rank ? pivot : undefined;
}

/** Clauses told as happening at the same time as the one before them ("backed the draft, but
 *  the US vetoed it"); "with" opens an absolute clause ("adopted 14-0, with the US abstaining"),
 *  whose verb is a participle. */
const SIMULTANEOUS = /^\W*(?:as|while|and|with|but)\s/i;
const ABSOLUTE = /^\W*with\s/i;

/**
 * "The council adopted the resolution on Monday, as the US abstained": a clause joined by "as",
 * "while", "and" or a semicolon that reports a past happening and names no date of its own happened on the
 * day of the clause before it. Only a sentence with one day date lends it, so a clause is never
 * given the wrong one of two.
 */
function getSimultaneousDates(
  sentence: Sentence,
  clauses: readonly Span[],
  triggers: readonly TriggerMatch[],
  own: readonly SentenceDate[],
): SentenceDate[] {
  const only = own.length === 1 ? own[0]! : null;
  if (!only || only.precision !== 'day') return [];
  const at = only.start - sentence.start;
  const home = clauses.findIndex((c) => at >= c.start && at < c.end);
  const lent: SentenceDate[] = [];
  for (let index = home + 1; index < clauses.length; index++) {
    const clause = clauses[index]!;
    const words = sentence.text.slice(clause.start, clause.end);
    // "…failed with eight votes; the United States voted against": a semicolon joins two
    // sides of one occasion.
    const joined = sentence.text[clause.start - 1] === ';';
    // "on Dec. 6, when he recognized Jerusalem": a "when" right after the date restates its time.
    const restated =
      index === home + 1 &&
      /^\W*when\s/i.test(words) &&
      /^\W*$/.test(sentence.text.slice(at + only.text.length, clause.start));
    if (!SIMULTANEOUS.test(words) && !joined && !restated) break;
    const verb = triggers.find((t) => !t.trigger.noun && isWithin(t.start, clause));
    const participle = verb !== undefined && ABSOLUTE.test(words) && /ing$/i.test(verb.text);
    // "…, but the US had vetoed a similar text": the past perfect tells of an earlier time.
    if (!verb || verb.status !== 'happened' || verb.pluperfect || (verb.tense !== 'past' && !participle))
      break;
    const { date, precision } = only;
    lent.push({ start: sentence.start + verb.start, text: '', date, precision });
  }
  return lent;
}

/** A date of its own, or wording that points at an earlier event's date ("after the vote"). */
function mayDateHappening(
  sentence: Sentence,
  dates: readonly DateMention[],
  earlier: readonly ArticleEvent[],
) {
  if (dates.some((d) => d.sentenceIndex === sentence.index)) return true;
  if (getEntryDate(dates, sentence.index)) return true;
  return earlier.length > 0 && findAnaphoricDate(sentence.text, earlier) !== null;
}

/** The sentence's own dates, or else the date of the earlier event its wording points to. */
function getSentenceDates(
  sentence: Sentence,
  dates: readonly DateMention[],
  earlier: readonly ArticleEvent[],
  triggers: readonly TriggerMatch[],
  verb: TriggerMatch | undefined,
  read: SentenceLanguage,
) {
  // "has led the Authority since 2005" starts a state of affairs, "the lines of 1967" is a
  // background year, "the October 7 attack" names a noun: none dates a happening.
  // A date that only names a noun leaves the sentence to point at another time.
  const framing = dates.filter(
    (d) => d.sentenceIndex === sentence.index && !isAttributiveDate(read, sentence, d, triggers),
  );
  const own: SentenceDate[] = framing.filter(
    (d) => d.kind !== 'deadline' && !d.background && !/^since\b/i.test(d.text),
  );
  const anaphor = findAnaphoricDate(sentence.text, earlier);
  if (framing.length > 0) {
    // "Bendjama said after the vote that…, and the sponsors said the Assembly would vote next
    // week": a clause pointing at the vote keeps its day beside the other clause's date.
    if (!anaphor?.noun || hasCountedOffset(sentence.text)) return own;
    const apart = framing.every((d) => isSetOff(sentence.text, anaphor.start, d.start - sentence.start));
    if (!apart) return own;
    const { date, precision, endDate } = anaphor.event;
    const pointed = { start: sentence.start + anaphor.start, text: anaphor.text, date, precision };
    return [...own, { ...pointed, ...(endDate ? { endDate } : {}) }].sort((a, b) => a.start - b.start);
  }
  if (!anaphor) return getEntryDates(sentence, dates, triggers);
  // "three days after the vote" is not the vote's day.
  if (hasCountedOffset(sentence.text)) return [];
  const { date, precision, endDate } = anaphor.event;
  // "after the vote" is an adverbial: the happening is the clause of the sentence's main verb.
  return [
    {
      start: sentence.start + (verb?.start ?? anaphor.start),
      text: anaphor.text,
      date,
      precision,
      ...(endDate ? { endDate } : {}),
    },
  ];
}

/** A comma or semicolon between the two offsets of the sentence: they are in different clauses. */
function isSetOff(text: string, a: number, b: number): boolean {
  return /[,;]/.test(text.slice(Math.min(a, b), Math.max(a, b)));
}

/**
 * A live blog tells each entry's happenings under the time that opens it ("14:32 GMT"): a
 * sentence of the entry that names no date of its own happened on the entry's day.
 */
function getEntryDates(
  sentence: Sentence,
  dates: readonly DateMention[],
  triggers: readonly TriggerMatch[],
): SentenceDate[] {
  const entry = getEntryDate(dates, sentence.index);
  const verb = triggers.find((t) => !t.trigger.noun);
  if (!entry || !verb) return [];
  const { date, precision } = entry;
  return [{ start: sentence.start + verb.start, text: '', date, precision }];
}

// A subordinate clause dates its own verb ("once he takes office on January 20"): it lends
// its date to no other clause's trigger.
const SUBORDINATE = /^\W*(?:once|when|until|unless|because|if|since)\b/i;

/** Where the phrase holding `at` ends: the next comma or semicolon, or its clause's end. */
function getPhraseEnd(text: string, clause: Span, at: number): number {
  const rest = text.slice(at, clause.end).search(/[,;]/);
  return rest < 0 ? clause.end : at + rest;
}

/** Offset of a "since" before `at` in its clause with no comma between, or null. */
function findSincePhrase(text: string, clause: Span | undefined, at: number): number | null {
  if (!clause) return null;
  const before = text.slice(clause.start, at);
  const match = /\bsince\b[^,;]*$/i.exec(before);
  return match ? clause.start + match.index : null;
}
// A clause set at another time than the one it hangs on: its happening never takes a later
// clause's date ("After the United States vetoed the text, the Assembly met on Tuesday").
const OTHER_TIME_CLAUSE = /^\W*(?:after|before|since|until)\b/i;
const DEPENDENT =
  /^\W*(?:which|who|whom|whose|after|before|since|when|while|as|although|though|because|once|until)\b/i;
// "neither Israel nor the Palestinians had any representation", "left without meeting him":
// denials the verb group does not carry. The layer gives the rest (not, never, failed to, no).
const NEGATION = /\b(?:neither|nor)\b|\bwithout\s+$/i;

/**
 * The clause holding the date if it has a trigger, else the nearest earlier one that does
 * (unless the date sits in a subordinate clause). Negated clauses give nothing.
 */
function findClauseTriggers(
  text: string,
  clauses: readonly Span[],
  triggers: readonly TriggerMatch[],
  at: number,
  /** Offsets of the sentence's other dates. */
  otherDates: readonly number[] = [],
  read?: SentenceLanguage,
) {
  const home = clauses.findIndex((c) => at >= c.start && at < c.end);
  // "its third veto since the war began on Oct. 7", "40 vetoes since 1972": a date in a phrase
  // opened by "since" dates only what that phrase tells.
  const since = findSincePhrase(text, clauses[home], at);
  // "since December 2017, when Trump recognised Jerusalem": the clause on the date tells what
  // happened then.
  const when = since === null ? null : /^[^,;]{1,30},\s+when\s/i.exec(text.slice(at));
  if (when) {
    const start = at + when[0].length;
    const clause = { start, end: getPhraseEnd(text, clauses.at(-1)!, start) };
    const inWhen = triggers.filter((t) => t.status !== null && isWithin(t.start, clause));
    return inWhen.length > 0 ? { clause, triggers: inWhen } : null;
  }
  const phraseEnd = since === null ? 0 : getPhraseEnd(text, clauses[home]!, at);
  const candidates =
    since === null ? triggers : triggers.filter((t) => t.start > since && t.start < phraseEnd);
  if (candidates.length === 0) return null;
  const leadsAlone = read !== undefined && !candidates.some((t) => t.start < clauses[home]!.end);
  for (let index = leadsAlone ? getMainClauseOfLead(clauses, home, read) : home; index >= 0; index--) {
    const clause = clauses[index]!;
    // "The vote came two weeks after the PA agreed on Oct. 2": a date in a clause of another time
    // dates that clause only, never the one it hangs on.
    // Only a clause with a verb: "put before the council on Tuesday" is a place, not a time.
    const subordinate =
      SUBORDINATE.test(text.slice(clause.start, clause.end)) ||
      (OTHER_TIME_CLAUSE.test(text.slice(clause.start, clause.end)) &&
        read !== undefined &&
        read.tokens.some((t) => t.pos === 'VERB' && t.start > clause.start && t.start < at));
    if (index === home && index > 0 && subordinate) {
      if (!candidates.some((t) => isWithin(t.start, clause))) return null;
    }
    // "Abbas and Netanyahu, who last met in 2010, were in New York on Tuesday": an earlier
    // relative or subordinate clause with a date of its own lends its trigger to no other date
    // ("met in Rome on Monday, and in Paris on Tuesday" shares the verb: it does).
    const dependent = DEPENDENT.test(text.slice(clause.start, clause.end));
    if (index < home && dependent && otherDates.some((d) => isWithin(d, clause))) return null;
    if (index < home && OTHER_TIME_CLAUSE.test(text.slice(clause.start, clause.end))) continue;
    const inClause = candidates.filter((t) => isWithin(t.start, clause));
    if (inClause.length === 0) {
      // "Iran agreed to suspend enrichment; it resumed in 2006": a clause with a subject and a
      // verb of its own tells its own happening, even one no trigger names; it borrows none.
      if (index === home && read && hasOwnVerb(read, clause, at, text)) return null;
      continue;
    }
    // A negated, hypothetical, threatened or questioned happening is no event, and the clause
    // gives nothing if all it names is such ("would have passed but for an expected veto").
    const clauseTriggers = inClause.filter(
      (t) =>
        t.status !== null &&
        !NEGATION.test(text.slice(clause.start, t.start)) &&
        !((t.status === 'planned' || t.pluperfect) && isReportedBeforeDate(triggers, t, at)),
    );
    return clauseTriggers.length > 0 ? { clause, triggers: clauseTriggers } : null;
  }
  return null;
}

/**
 * "On October 18, 2023, eleven days after the attack, the United States vetoed…": a date in a
 * verbless phrase leading the sentence, with no happening of its own ("After meeting Abbas on
 * Tuesday" has one), dates the first clause with a verb after it, past any other verbless
 * phrase ("after the attack" is a preposition's phrase, not a clause of its own).
 */
function getMainClauseOfLead(clauses: readonly Span[], home: number, read: SentenceLanguage): number {
  const hasVerb = (c: Span) =>
    read.tokens.some((t) => (t.pos === 'VERB' || t.pos === 'AUX') && t.start >= c.start && t.start < c.end);
  if (clauses.slice(0, home + 1).some(hasVerb)) return home;
  const main = clauses.findIndex((c, i) => i > home && hasVerb(c));
  return main < 0 ? home : main;
}

/** Actors named before the sentence's first trigger: its grammatical subject, usually. */
function getMainAgents(
  sentence: Sentence,
  triggers: readonly TriggerMatch[],
  mentions: ActorsResult['mentions'],
  read: SentenceLanguage,
) {
  // "Explaining his vote, Bolton said": a noun before the verb is no happening of the subject.
  const first = triggers.find((t) => !t.trigger.noun) ?? triggers[0];
  if (!first) return [];
  const rel = (m: ActorsResult['mentions'][number]) => m.start - sentence.start;
  const before = mentions.filter((m) => rel(m) < first.start);
  // "Gillerman thanked the US for what he called…": the US is an object, not a subject.
  const subjects = getSubjectMentions(read, before, -1, first.start, rel);
  return [...new Set((subjects.length > 0 ? subjects : before).map((m) => m.actorId))];
}

/**
 * The main agents as a fallback for one trigger: not those named only inside a clause of time,
 * condition or relation that does not hold it ("Days after the US vetoed a text, the Assembly met": the
 * meeting is not the US's).
 */
function getFallbackAgents(
  sentence: Sentence,
  mainAgents: readonly string[],
  mentions: ActorsResult['mentions'],
  clauses: readonly Span[],
  trigger: TriggerMatch,
): readonly string[] {
  const elsewhere = (at: number) =>
    clauses.some(
      (c) =>
        isWithin(at, c) &&
        !isWithin(trigger.start, c) &&
        (SUBORDINATOR.test(sentence.text.slice(c.start, c.end)) ||
          RELATIVE_CLAUSE.test(sentence.text.slice(c.start, c.end))),
    );
  return mainAgents.filter((id) =>
    mentions.some((m) => m.actorId === id && !elsewhere(m.start - sentence.start)),
  );
}

/**
 * "said on Monday it would veto": the date is the saying's, not the planned happening's, which
 * is then left undated (and out). "said the two would meet on Friday" dates the meeting. So does
 * a saying between the plan and the date: "…it will recognise a Palestinian state, Cameron said
 * on Tuesday". The same holds for what the saying reports as before it: "said on Tuesday that
 * the United States had vetoed the resolution".
 */
function isReportedBeforeDate(triggers: readonly TriggerMatch[], planned: TriggerMatch, at: number) {
  return triggers.some(
    (t) =>
      t.trigger.type === 'statement' &&
      ((t.start < planned.start && at < planned.start) || (t.start > planned.end && t.start < at)),
  );
}

/** The verb and object a title can quote, when the trigger is a verb. */
function getFrameWords(
  language: SentenceLanguage,
  trigger: TriggerMatch,
  sentence: Sentence,
  dates: readonly DateMention[],
  actors: readonly Span[],
): { verb?: string; object?: string; gist?: string } {
  if (trigger.trigger.noun)
    return trigger.trigger.type === 'conference' || isSessionNoun(language.tokens[trigger.lastToken]?.lemma)
      ? getSessionFrame(language, trigger)
      : {};
  const verb = language.tokens
    .slice(trigger.token, trigger.lastToken + 1)
    .map((t) => t.lemma)
    .join(' ');
  const own = dates
    .filter((d) => d.sentenceIndex === sentence.index)
    .map((d) => ({ start: d.start - sentence.start, end: d.end - sentence.start }));
  // "suspended its aid deliveries": a cut names at least what it cut, when no fuller phrase reads.
  const object =
    getObjectPhrase(language, trigger, own, actors) ??
    (trigger.trigger.type === 'sanction' && trigger.objectWord !== 'money' ? trigger.objectWord : undefined);
  const gist = trigger.trigger.type === 'statement' ? getReportedGist(language, trigger, own) : null;
  return { verb, ...(object ? { object } : {}), ...(gist ? { gist } : {}) };
}

/** Where the sentence's other date mentions are (background ones included: "in 2010"). */
function getOtherDateOffsets(
  sentence: Sentence,
  dates: readonly DateMention[],
  date: SentenceDate,
): number[] {
  return dates
    .filter((d) => d.sentenceIndex === sentence.index && d.start !== date.start)
    .map((d) => d.start - sentence.start);
}

function isWithin(offset: number, span: Span): boolean {
  return offset >= span.start && offset < span.end;
}

/** One happening told twice in one article (lead and body) is one event with two sources. */
function mergeWithinArticle(events: readonly ArticleEvent[]): ArticleEvent[] {
  const merged: ArticleEvent[] = [];
  for (const event of events) {
    // The first telling keeps its date: a lead states the day, later retellings drift from it.
    const twin = merged.findIndex((m) => isSameHappening(m, event) || isCloseRetelling(m, event));
    if (twin < 0) {
      merged.push(event);
      continue;
    }
    const kept = merged[twin]!;
    const agentIds = [...new Set([...kept.agentIds, ...event.agentIds])];
    merged[twin] = {
      ...withoutGist(kept, agentIds),
      agentIds,
      targetIds: [...new Set([...kept.targetIds, ...event.targetIds])].filter((id) => !agentIds.includes(id)),
      ...mergeMentioned(kept, event),
      place: kept.place ?? event.place,
      sources: kept.sources.some((s) => s.start === event.sources[0]!.start)
        ? kept.sources
        : [...kept.sources, ...event.sources],
    };
  }
  return merged;
}

function mergeMentioned(a: ArticleEvent, b: ArticleEvent): { mentionedIds?: readonly string[] } {
  const ids = [...new Set([...(a.mentionedIds ?? []), ...(b.mentionedIds ?? [])])];
  return ids.length > 0 ? { mentionedIds: ids } : {};
}
