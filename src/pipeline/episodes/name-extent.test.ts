import { describe, expect, it } from 'vitest';
import { continueName } from './name-extent.ts';

describe('continueName', () => {
  it('continues a name through "of" and its capitalised words', () => {
    const sentences = ['The text welcomes a "Board of Peace" for the territory.', 'The board will meet.'];
    expect(continueName('Board', sentences)).toBe('Board of Peace');
    expect(
      continueName('Operation Pillar', ['It called the offensive Operation Pillar of Defense on Monday.']),
    ).toBe('Operation Pillar of Defense');
  });

  it('leaves a common noun, and a name followed by a common "of"', () => {
    expect(continueName('plan', ['The plan of Peace was read.'])).toBe('plan');
    expect(continueName('Sylvania', ['The people of Sylvania voted.', 'Sylvania of old was small.'])).toBe(
      'Sylvania',
    );
    expect(continueName('Board', ['The Boardroom of Peace.'])).toBe('Board');
  });
});
