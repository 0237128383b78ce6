// The shape of the trigger lexicon (triggers.json), checked when the module loads so that a
// hand edit with a typo fails at once, naming the entry, instead of silently matching nothing.
import { z } from 'zod';
import { EVENT_TYPE_IDS } from '../../domain/event-types.ts';

/** Lower-case words separated by single spaces: "put forward", "phone call". */
const PHRASE = /^[a-z’'-]+(?: [a-z’'-]+)*$/;

export const TriggerSchema = z.strictObject({
  type: z.enum(EVENT_TYPE_IDS),
  phrases: z.array(z.string().regex(PHRASE, 'lower-case words separated by single spaces')).min(1),
  rank: z.number().int().min(0).max(100),
  /** Only a token of this part of speech counts: "a draft resolution" is no drafting. */
  as: z.enum(['verb', 'noun']).optional(),
  objects: z.array(z.string().regex(PHRASE)).min(1).optional(),
  actorObject: z.literal(true).optional(),
  /** False for a happening cast in someone's vote or taken in reaction, never scheduled: an
   *  expected or intended veto is a prediction or a threat, not a planned event. */
  plannable: z.literal(false).optional(),
  /** The noun names the happening only bare: "a ceasefire call" and "calls to recognise" are
   *  appeals, not phone calls. */
  bareNoun: z.literal(true).optional(),
  /** Before "to" and a verb the word only says how that next happening went ("failed to block
   *  the resolution" is no failed vote): it is no happening of its own there. */
  catenative: z.literal(true).optional(),
  /** The word names no such happening when one of these follows within a few words: "asked
   *  whether Washington would veto" is a question, "asked Britain to recognise" an appeal. */
  notBefore: z.array(z.string().regex(PHRASE)).min(1).optional(),
  /** Members cast it one by one, so it is someone's only when a name is its subject: "with 10
   *  abstentions" and "12 countries abstained" are tallies of unnamed members. */
  namedSubject: z.literal(true).optional(),
  /** The verb names the happening only with no direct object: "ruled that", "ruled on the case"
   *  is a ruling, "ruled Palestine until 1948" is governing. */
  intransitive: z.literal(true).optional(),
  /** The verb names the happening only in the active voice with one of these nouns as its
   *  subject: "Israeli fire killed 13" and "troops entered the hospital" are military action,
   *  "the crisis killed the talks" and "the delegation entered the hall" are not. */
  subjects: z.array(z.string().regex(PHRASE)).min(1).optional(),
  /** The verb names the happening only when its subject is two parties or more ("Israel and the
   *  Palestinians agreed to reopen the crossing", "the two sides agreed"): one party agreeing to
   *  do something is a plan, not an accord. */
  jointSubject: z.literal(true).optional(),
  /** The noun names a happening only where a date names it ("the attack of October 7", "the
   *  October 7 attack"): "condemned the attack" reports a statement, not an attack that day. */
  datedNoun: z.literal(true).optional(),
  /** The verb names the happening only before "to" and a verb: "Iran agreed to suspend
   *  enrichment" is a decision, "agreed with Paris" or "agreed that" is not. */
  infinitive: z.literal(true).optional(),
  /** The verb names the happening only in the active voice, with a state or a place as its
   *  object and no person as its subject: "Hamas attacked southern Israel" is military action,
   *  "Netanyahu attacked the court" and "the minister attacked the report" are words. */
  physicalObject: z.literal(true).optional(),
});

export const TriggerLexiconSchema = z.strictObject({
  _doc: z.string(),
  triggers: z.array(TriggerSchema).min(1),
});

export type Trigger = z.infer<typeof TriggerSchema>;

/** The lexicon, or an error naming each bad entry by its position and first phrase. */
export function parseTriggerLexicon(raw: unknown, source: string): readonly Trigger[] {
  const result = TriggerLexiconSchema.safeParse(raw);
  if (result.success) return result.data.triggers;
  const problems = result.error.issues.map((issue) => {
    const [, index] = issue.path;
    const entry =
      typeof index === 'number'
        ? (raw as { triggers?: { phrases?: string[] }[] }).triggers?.[index]
        : undefined;
    const where = typeof index === 'number' ? `trigger ${index} (${entry?.phrases?.[0] ?? '?'})` : 'lexicon';
    return `${source}: ${where}: ${issue.path.slice(2).join('.') || 'entry'}: ${issue.message}`;
  });
  throw new Error(problems.join('\n'));
}
