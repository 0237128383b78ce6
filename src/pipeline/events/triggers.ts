// The trigger lexicon: words that signal a diplomatic happening, mapped to the event type
// they signal. Curated knowledge, kept as data. `rank` breaks ties when one clause holds
// several triggers: the most specific wins ("told … in a phone conversation" is a phone
// call, not a statement), and speech verbs rank last because they mostly carry content.
import type { EventType } from '../../domain/event-types.ts';

export interface Trigger {
  readonly type: EventType;
  /** Regular-expression source, matched case-insensitively on word boundaries. */
  readonly pattern: string;
  /** Higher wins inside one clause. */
  readonly rank: number;
  /**
   * A noun ("talks", "phone call"): after a speech verb it is usually reported content
   * ("said talks would resume") unless a preposition makes it the setting ("in a phone call").
   */
  readonly noun?: true;
}

export const TRIGGERS: readonly Trigger[] = [
  { type: 'veto', pattern: 'vetoe?(?:d|s|ing)?', rank: 100 },
  {
    type: 'blocked-statement',
    pattern: 'block(?:ed|s|ing)?|prevented|thwart(?:ed|ing)?',
    rank: 95,
  },
  { type: 'agreement', pattern: 'signed|signs|signing|initialled|initialed', rank: 88 },
  { type: 'vote', pattern: 'vot(?:ed|es)|adopt(?:ed|s)|vote on|approved|passed|to pass', rank: 90 },
  {
    type: 'draft',
    pattern: 'circulat(?:ed|es|ing)|draft(?:ed|s)|floated|put forward|submitted|tabled|lodged',
    rank: 85,
  },
  {
    type: 'phone-call',
    pattern: 'phoned|telephoned|(?:spoke|talked) by (?:phone|telephone)|called(?! (?:on|for)\\b)',
    rank: 80,
  },
  { type: 'phone-call', pattern: 'phone (?:call|conversation)', rank: 80, noun: true },
  { type: 'threat', pattern: 'threaten(?:ed|s|ing)?|warned', rank: 75 },
  {
    type: 'conference',
    pattern: '(?<!(?:news|press) )conference|summit|confab|(?:public|one-day) (?:meeting|session)|session',
    rank: 70,
    noun: true,
  },
  {
    type: 'visit',
    pattern: 'arrived in|arrives in|visit(?:ed|s)?|trip to|fl(?:ew|ies) to|travel(?:l?ed|s) to',
    rank: 65,
  },
  {
    type: 'meeting',
    pattern: 'met|meets?|held talks|briefed|convened|summoned|received|hosted',
    rank: 60,
  },
  {
    type: 'meeting',
    pattern: 'meeting|talks|dinner with|video conference|discussions?|consultations',
    rank: 60,
    noun: true,
  },
  {
    type: 'rejection',
    pattern: 'reject(?:ed|s)|oppos(?:ed|es)|refus(?:ed|es)|denied|declined',
    rank: 55,
  },
  {
    type: 'appeal',
    pattern: 'call(?:ed|s) (?:on|for)|urg(?:ed|es)|appeal(?:ed|s)|asked|requested',
    rank: 50,
  },
  { type: 'decision', pattern: 'decided|decides|resolved to', rank: 45 },
  {
    type: 'statement',
    pattern:
      'said|says|saying|told|stated|announced|reiterated|insisted|accused|charged|assured|added|revealed|wrote|tweeted|posted|welcomed|condemned|praised|(?:news|press) conference|briefing',
    rank: 10,
  },
  { type: 'statement', pattern: 'speech|remarks|interview', rank: 10, noun: true },
];
