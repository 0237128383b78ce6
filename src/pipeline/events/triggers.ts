// The trigger lexicon, loaded from triggers.json (curated knowledge kept as data) and checked by
// its schema when the module loads. A match carries a Trigger: the entry's type and rank, and
// whether the word was read as a noun in this sentence.
import type { EventType } from '../../domain/event-types.ts';
import lexicon from './triggers.json' with { type: 'json' };
import { parseTriggerLexicon, type Trigger as LexiconEntry } from './trigger-schema.ts';

export type { LexiconEntry };

export const TRIGGER_LEXICON: readonly LexiconEntry[] = parseTriggerLexicon(
  lexicon,
  'src/pipeline/events/triggers.json',
);

export interface Trigger {
  readonly type: EventType;
  /** Higher wins inside one clause. */
  readonly rank: number;
  /**
   * Read as a noun ("talks", "the US veto"): after a speech verb it is usually reported content
   * ("said talks would resume") unless a preposition makes it the setting ("in a phone call").
   */
  readonly noun?: true;
}
