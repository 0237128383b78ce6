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

  it('skips a name only ever written after "in" or "at": where, not what', () => {
    const sentences = ['He warned that an assault in Varnia would be a mistake.', 'Troops massed at Varnia.'];
    expect(getPhrase(['varnia'], sentences, [], new Set(['varnia']))).toBeNull();
    const about = ['He warned that an assault in Varnia would be a mistake.', 'Varnia was shelled.'];
    expect(getPhrase(['varnia'], about, [], new Set(['varnia']))).toBe('Varnia');
  });

  it('keeps the word before a noun that only says what kind of text it was', () => {
    const sentences = ['The council endorsed that plan.', 'It backed a truce plan announced by the envoy.'];
    expect(getPhrase(['plan'], sentences, [], new Set(['plan']))).toBe('truce plan');
  });

  it('never names a story after who spoke by office: an adviser', () => {
    const adviser = ['The adviser spoke.', 'His deputy adviser briefed them.'];
    expect(getPhrase(['adviser'], adviser, [], new Set(['adviser']))).toBeNull();
  });

  it('reads a word written in lower case anywhere as a common noun, even where a name holds it', () => {
    const sentences = ['The court cited the Genocide Convention.', 'They denied the genocide allegation.'];
    expect(getPhrase(['genocide'], sentences, [], new Set(['genocide']))).not.toBeNull();
    // Lower case in a headline whose title case was undone says nothing.
    const named = ['The court cited the Genocide Convention.', 'The Genocide Treaty was read.'];
    expect(
      getPhrase(['genocide'], named, ['court weighs genocide claims'], new Set(['genocide'])),
    ).toBeNull();
  });

  it('keeps a name whole through words that elsewhere say only the kind or the body', () => {
    const sentences = [
      'Washington ordered the Sylvan Liberation Organization to close its office.',
      'The Sylvan Liberation Organization said it would not close.',
    ];
    expect(getPhrase(['sylvan'], sentences, [], new Set(['sylvan', 'liberation']))).toBe(
      'Sylvan Liberation Organization',
    );
    const court = [
      'The Varnian Supreme Court heard the case.',
      'Lawyers argued before the Varnian Supreme Court.',
    ];
    expect(getPhrase(['court'], court, [], new Set(['court']))).toBe('Varnian Supreme Court');
  });

  it('names no story by a bare noun for a kind of text that no sentence says which', () => {
    const sentences = ['The envoy welcomed the deal.', 'The deal frees hostages.'];
    expect(getPhrase(['deal'], sentences, [], new Set(['deal']))).toBeNull();
  });
});
