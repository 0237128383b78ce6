// Kinds of happening an episode can be named after, with the words and event types that show
// them. Each is counted over the episode's source sentences (words) and events (types); the kind
// with the highest count leads the name. Curated data: extend it when a corpus brings a kind
// this list lacks.
import type { EventType } from '../../domain/event-types.ts';

export interface Topic {
  readonly pattern: RegExp;
  /** Event types that count as this kind as well (each such event counts twice). */
  readonly types: readonly EventType[];
  readonly label: string;
}

export const TOPICS: readonly Topic[] = [
  { pattern: /\bvet(?:o|oes|oed|oing)\b/gi, types: ['veto'], label: 'Security Council veto' },
  {
    pattern: /\b(?:membership|admission|full member|statehood)\b/gi,
    types: ['application'],
    label: 'UN membership bid',
  },
  { pattern: /\b(?:cease-?fire|truce|de-escalation)\b/gi, types: [], label: 'Ceasefire diplomacy' },
  { pattern: /\bGeneral Assembly\b/g, types: [], label: 'General Assembly vote' },
  { pattern: /\b(?:conference|summit)\b/gi, types: ['conference'], label: 'Conference' },
  { pattern: /\b(?:peace talks|negotiations?|negotiators?)\b/gi, types: [], label: 'Peace talks' },
  { pattern: /\b(?:report|inquiry|investigation|fact-finding)\b/gi, types: ['report'], label: 'Inquiry' },
  { pattern: /\b(?:funding|aid|payments?)\b/gi, types: ['sanction'], label: 'Funding dispute' },
  { pattern: /\bsettlements?\b/gi, types: [], label: 'Settlement dispute' },
  {
    pattern: /\bresolutions?\b/gi,
    types: ['resolution-adopted', 'vote'],
    label: 'Security Council resolution',
  },
];

export const FALLBACK_TOPIC = 'Diplomatic contacts';
