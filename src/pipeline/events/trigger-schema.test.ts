import { describe, expect, it } from 'vitest';
import lexicon from './triggers.json' with { type: 'json' };
import { parseTriggerLexicon } from './trigger-schema.ts';
import { TRIGGER_LEXICON } from './triggers.ts';

describe('trigger lexicon (triggers.json)', () => {
  it('parses, and covers every event type the lexicon is meant to signal', () => {
    expect(parseTriggerLexicon(lexicon, 'triggers.json').length).toBeGreaterThan(10);
    const types = new Set(TRIGGER_LEXICON.map((t) => t.type));
    for (const type of ['veto', 'resolution-adopted', 'abstention', 'ruling', 'report', 'military-action']) {
      expect(types.has(type as never), type).toBe(true);
    }
  });

  it('lists no phrase twice for one type and condition', () => {
    const seen = new Set<string>();
    for (const t of TRIGGER_LEXICON) {
      for (const phrase of t.phrases) {
        const key = `${t.type}|${phrase}|${t.as ?? ''}|${t.objects?.join(',') ?? ''}|${t.actorObject ?? ''}`;
        expect(seen.has(key), key).toBe(false);
        seen.add(key);
      }
    }
  });

  it.each([
    ['an unknown type', { type: 'coup', phrases: ['overthrow'], rank: 50 }, /trigger 0 \(overthrow\): type/],
    ['a capitalised phrase', { type: 'veto', phrases: ['Veto'], rank: 50 }, /trigger 0 \(Veto\): phrases\.0/],
    ['a rank above 100', { type: 'veto', phrases: ['veto'], rank: 120 }, /trigger 0 \(veto\): rank/],
    ['an unknown field', { type: 'veto', phrases: ['veto'], rank: 50, noun: true }, /trigger 0 \(veto\)/],
  ])('rejects %s, naming the file and the entry', (_, entry, message) => {
    expect(() => parseTriggerLexicon({ _doc: 'x', triggers: [entry] }, 'my-triggers.json')).toThrow(
      new RegExp(`my-triggers\\.json: ${message.source}`),
    );
  });
});
