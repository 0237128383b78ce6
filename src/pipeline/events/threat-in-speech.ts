// "The United States said it would veto the resolution", "Haley said funding would be withheld
// until…": a statement announcing a punitive step its speaker would take, not yet taken, is a
// threat (CAMEO 13), and so is one made to hang on what the other side does ("would veto it if it
// came to a vote"). A step denied ("would not veto"), imagined ("would have vetoed") or already
// taken is no threat.
import type { EventType } from '../../domain/event-types.ts';
import { getMoodAt, type Mood } from '../language/mood-at.ts';
import type { SentenceLanguage } from '../types.ts';
import type { TriggerMatch } from './find-triggers.ts';

// "would veto it if it came to a vote": a step made to hang on what the other side does is a
// threat all the more; "would have vetoed (had it come to a vote)" is a counterfactual, none.
const isAnnounced = (mood: Mood) =>
  !mood.negated && (mood.modality === 'planned' || (mood.modality === 'conditional' && !mood.group?.perfect));

const PUNITIVE = new Set<EventType>(['veto', 'sanction', 'blocked-statement']);

/** 'threat' when a statement reports a punitive step as intended; else null. */
export function getThreatInSpeech(
  read: SentenceLanguage,
  best: TriggerMatch,
  triggers: readonly TriggerMatch[],
): EventType | null {
  if (best.trigger.type !== 'statement') return null;
  const step = triggers.find(
    (t) =>
      t.start > best.end &&
      PUNITIVE.has(t.trigger.type) &&
      !t.trigger.noun &&
      // Announced as what will be done ("would veto", "will be withheld"), not "whether to veto".
      isAnnounced(getMoodAt(read, t.token)),
  );
  return step ? 'threat' : null;
}
