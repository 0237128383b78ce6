// News dates many happenings by pointing at another one: "told the council after the
// vote", "before the ceremony", "welcomed it at the time", "Netanyahu later said". Such a
// clause takes the date of the happening it points to: the latest earlier event in the
// article of a matching kind (a vote for "the vote"), or the latest earlier event at all.
import type { EventType } from '../../domain/event-types.ts';
import type { Precision } from '../../domain/partial-date.ts';

const ANAPHOR =
  /\b(?:(?:after|before|following|during|ahead of|at|since|(?:on\s+)?the\s+same\s+day\s+as)\s+the\s+(vote|voting|meeting|talks|ceremony|signing|session|call|summit|conference|speech|debate|veto|ruling|opinion|order)\b|at the time\b|(?:later|afterwards|shortly after(?:wards)?)\b)/i;

const KINDS: Record<string, readonly EventType[]> = {
  // The vote is also the one that adopted or endorsed a text.
  vote: ['vote', 'veto', 'resolution-adopted', 'decision', 'abstention'],
  voting: ['vote', 'veto', 'resolution-adopted', 'decision', 'abstention'],
  veto: ['veto', 'vote'],
  meeting: ['meeting', 'conference'],
  talks: ['meeting', 'conference'],
  ceremony: ['agreement', 'conference', 'meeting'],
  signing: ['agreement'],
  session: ['conference', 'meeting', 'vote'],
  summit: ['conference', 'meeting'],
  conference: ['conference', 'meeting'],
  debate: ['conference', 'vote'],
  call: ['phone-call'],
  speech: ['statement'],
  ruling: ['ruling'],
  opinion: ['ruling'],
  order: ['ruling', 'decision'],
};

export interface DatedEvent {
  readonly date: string;
  readonly precision: Precision;
  readonly endDate?: string;
  readonly type: EventType;
}

export interface AnaphoricDate {
  readonly event: DatedEvent;
  /** Offset of the phrase in the sentence, and the phrase as written. */
  readonly start: number;
  readonly text: string;
  /** The happening pointed at by name ("vote" in "after the vote"); absent for "later". */
  readonly noun?: string;
}

/** Whether the sentence has a phrase that points at an earlier happening's time. */
export function hasAnaphoricPhrase(sentence: string): boolean {
  return ANAPHOR.test(sentence);
}

/** "after the vote", "on the same day as the ruling": the noun the phrase points at is a time,
 *  not the sentence's happening. Its offsets in the sentence, or null. */
export function getPointedNoun(sentence: string): { start: number; end: number } | null {
  const match = ANAPHOR.exec(sentence);
  if (!match?.[1]) return null;
  const end = match.index + match[0].length;
  return { start: end - match[1].length, end };
}

/** The earlier event a sentence's time phrase points to, if it has one. */
export function findAnaphoricDate(sentence: string, earlier: readonly DatedEvent[]): AnaphoricDate | null {
  const match = ANAPHOR.exec(sentence);
  if (!match || earlier.length === 0) return null;
  const noun = match[1]?.toLowerCase();
  // "later" continues the day being told, not a background month or year; "at the time" and
  // "after the vote" point to whatever was just mentioned.
  const isContinuation = /^(?:later|afterwards|shortly)/i.test(match[0]);
  const event = findPointedEvent(noun, earlier, isContinuation);
  return { event, start: match.index, text: match[0], ...(noun ? { noun } : {}) };
}

/**
 * The earlier event a happening's noun points to ("the vote": the latest vote, adoption or veto
 * told), else the latest event; `dayFirst` prefers one told to the day.
 */
export function findPointedEvent(
  noun: string | undefined,
  earlier: readonly DatedEvent[],
  dayFirst = false,
): DatedEvent {
  const kinds = noun ? KINDS[noun] : undefined;
  const reversed = [...earlier].reverse();
  if (dayFirst) reversed.sort((a, b) => rankPrecision(a) - rankPrecision(b));
  return (kinds && reversed.find((e) => kinds.includes(e.type))) ?? reversed[0]!;
}

function rankPrecision(event: DatedEvent): number {
  return event.precision === 'day' ? 0 : event.precision === 'month' ? 1 : 2;
}
