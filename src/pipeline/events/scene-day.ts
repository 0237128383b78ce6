// News often opens on the day it tells without a happening a timeline can hold: "It was almost
// nine o'clock on Thursday night when the ambassadors took their seats", "By the time the tally
// appeared on the board on Thursday afternoon…". The reader keeps that day as the one being
// told, so the next sentences' undated happenings ("It was adopted by 14 votes to none, with the
// United States abstaining") are on it. Only a day counted from the publication day ("on
// Thursday", "yesterday") sets the scene: an absolute date with no happening is mostly
// background ("the war that began on Oct. 7"), which must never lend its day to a veto.
import type { DateMention, Sentence } from '../types.ts';

const NEWS_DAY = /\b(?:yesterday|today|tonight)\b/i;
// "since Tuesday", "until Monday", "before Friday's vote": a day the scene is not on.
const OTHER_TIME = /\b(?:since|until|till|by|before|after|ahead of)\s+(?:\S+\s+){0,1}\S+$/i;

export interface SceneDay {
  readonly date: string;
  readonly precision: 'day';
  readonly endDate?: string;
}

/** The day a sentence with no happening of its own sets as the one being told, if any. */
export function getSceneDay(dates: readonly DateMention[], sentence: Sentence): SceneDay | null {
  const own = dates.filter((d) => d.sentenceIndex === sentence.index);
  // Two days in one sentence leave it unclear which one is being told.
  if (own.length !== 1) return null;
  const [d] = own as [DateMention];
  const isNewsDay =
    d.precision === 'day' &&
    d.tense === 'past' &&
    !d.background &&
    (((d.kind === 'weekday' || d.kind === 'relative') && d.anchoredTo === 'publication') ||
      NEWS_DAY.test(d.text)) &&
    !OTHER_TIME.test(sentence.text.slice(0, d.start - sentence.start) + d.text);
  return isNewsDay ? { date: d.date, precision: 'day', ...(d.endDate ? { endDate: d.endDate } : {}) } : null;
}
