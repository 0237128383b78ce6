// Kinds of happening an episode can be named after, most specific first. A source sentence or a
// headline votes for the first kind in this order whose words it uses, so "the US vetoed a
// resolution calling for a ceasefire" is a veto, not a resolution or ceasefire diplomacy; an
// event votes for every kind its type shows (gated by the body that acted, where given). Curated
// data: extend it when a corpus brings a kind this list lacks.
import type { EventType } from '../../domain/event-types.ts';

export interface Topic {
  readonly id: string;
  /** Words that show this kind in a sentence or headline. */
  readonly pattern: RegExp;
  /** What one event of each type counts toward this kind (a sentence counts 1). */
  readonly types: Partial<Readonly<Record<EventType, number>>>;
  /** When set, an event counts only if one of these acted in it or was its target. */
  readonly bodies?: readonly string[];
  /**
   * When set, the kind names an episode only if one of its events is of one of these types: a
   * label that states a happening ("US veto", "General Assembly vote") is never drawn from talk
   * of one ("Washington is left holding the veto", "statements and resolutions at the UN").
   */
  readonly requires?: readonly EventType[];
  /**
   * Bodies that act only by this kind of happening: whatever an event of theirs is typed, it is
   * one ("the International Court of Justice ordered Israel…" is a ruling), so it meets `requires`.
   */
  readonly actingBodies?: readonly string[];
  readonly label: string;
}

export const TOPICS: readonly Topic[] = [
  {
    id: 'veto',
    pattern: /\bvet(?:o|oes|oed|oing)\b/i,
    types: { veto: 3 },
    requires: ['veto'],
    label: 'Security Council veto',
  },
  {
    id: 'ruling',
    pattern: /\b(?:advisory opinion|ruling|World Court|International Court)\b/i,
    types: { ruling: 3 },
    requires: ['ruling'],
    actingBodies: ['international-court-of-justice', 'international-criminal-court'],
    label: 'Court ruling',
  },
  {
    id: 'funding',
    pattern: /\b(?:funding|withh(?:e|o)ld(?:s|ing)?|contributions?|payments?)\b/i,
    types: { sanction: 3 },
    label: 'Funding cut',
  },
  {
    id: 'rights-council',
    pattern: /\b(?:Human Rights Council|rights council)\b/i,
    types: { vote: 1, 'resolution-adopted': 2, abstention: 1 },
    bodies: ['un-human-rights-council'],
    requires: ['vote', 'resolution-adopted', 'abstention'],
    label: 'Human Rights Council vote',
  },
  {
    id: 'assembly',
    pattern: /\bGeneral Assembly\b|\b(?:the|UN|U\.N\.) Assembly\b/i,
    types: { vote: 1, 'resolution-adopted': 2, abstention: 1 },
    bodies: ['un-general-assembly'],
    requires: ['vote', 'resolution-adopted', 'abstention'],
    label: 'General Assembly vote',
  },
  {
    id: 'membership',
    pattern: /\b(?:membership|admission|admit(?:s|ted)?|full member)\b/i,
    types: { application: 2 },
    label: 'UN membership bid',
  },
  // A bid for statehood by another road than membership (an observer state's upgrade, a
  // Security Council deadline for statehood) is no membership bid.
  {
    id: 'statehood',
    pattern: /\b(?:observer state|statehood)\b/i,
    types: {},
    label: 'Statehood bid',
  },
  {
    id: 'ceasefire',
    pattern: /\b(?:cease-?fire|truce|humanitarian pauses?)\b/i,
    types: {},
    label: 'Ceasefire diplomacy',
  },
  {
    id: 'inquiry',
    pattern: /\b(?:inquiry|investigation|fact-finding|report)\b/i,
    types: { report: 1 },
    label: 'Inquiry',
  },
  {
    id: 'resolution',
    pattern: /\bresolutions?\b/i,
    types: { 'resolution-adopted': 2, vote: 1, abstention: 1 },
    bodies: ['un-security-council'],
    requires: ['resolution-adopted', 'vote', 'abstention', 'veto', 'draft', 'blocked-statement'],
    label: 'Security Council resolution',
  },
  {
    id: 'conference',
    pattern: /\b(?:conference|summit)\b/i,
    types: { conference: 1 },
    // Talk of a conference others held ("stayed away from Monday's conference") is none of this
    // episode's: someone in it must have met.
    requires: ['conference', 'meeting', 'visit', 'phone-call'],
    label: 'Conference',
  },
  {
    id: 'talks',
    pattern: /\b(?:peace talks|negotiations?|negotiators?|peace process|mediation)\b/i,
    types: { meeting: 0.5, 'phone-call': 0.5, visit: 0.5 },
    label: 'Talks',
  },
  {
    id: 'military',
    pattern: /\b(?:offensive|air ?strikes?|raid|shelling|incursion|invasion)\b/i,
    types: { 'military-action': 1.5 },
    label: 'Military action',
  },
];

export const FALLBACK_TOPIC = 'Diplomatic contacts';
