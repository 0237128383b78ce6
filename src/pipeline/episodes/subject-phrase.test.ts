import { describe, expect, it } from 'vitest';
import { getPhrase } from './subject-phrase.ts';

describe('getPhrase', () => {
  const eligible = new Set(['beit', 'hanoun', 'shelling', 'turkish', 'ship', 'humanitarian', 'pause']);

  it('keeps a name whole and the modifiers that are story words themselves', () => {
    const sentences = [
      'The US vetoed a text on the Beit Hanoun shelling.',
      'Beit Hanoun mourned its dead.',
      'The council debated Beit Hanoun again.',
    ];
    expect(getPhrase(['hanoun'], sentences, [], eligible)).toBe('Beit Hanoun');
  });

  it('skips a word only ever modifying different nouns', () => {
    const sentences = ['Turkish officials protested.', 'The Turkish government recalled its envoy.'];
    expect(getPhrase(['turkish'], sentences, [], eligible)).toBeNull();
  });

  it('reads a verb form after an adjective as the noun it is', () => {
    const sentences = ['The text called for humanitarian pauses to let aid in.'];
    expect(getPhrase(['pause'], sentences, [], eligible)).toBe('humanitarian pauses');
  });

  it('drops an honorific before a name', () => {
    const sentences = ['Israel may expel Mr Arafat.', 'Mr Arafat stayed.'];
    expect(getPhrase(['arafat'], sentences, [], new Set(['arafat']))).toBe('Arafat');
  });

  it('names nothing after a word used only as a verb', () => {
    const sentences = ['They hope to reach a deal.', 'Talks may reach a close.'];
    expect(getPhrase(['reach'], sentences, [], new Set(['reach']))).toBeNull();
  });
});
