import { describe, expect, it } from 'vitest';
import { parseEpisodeCuration } from './episode-curation.ts';

describe('parseEpisodeCuration', () => {
  it('reads renames and merges', () => {
    const curation = parseEpisodeCuration('{"rename":{"a-1":"Talks"},"merge":[["a-1","b-2"]]}');
    expect(curation).toMatchObject({ rename: { 'a-1': 'Talks' }, merge: [['a-1', 'b-2']] });
  });

  it.each([
    ['{"renames":{"a-1":"x"}}', 'Unrecognized key: "renames"'],
    ['{"rename":{"__proto__":"Evil"}}', 'rename: "__proto__" is not an episode id'],
    ['{"rename":{"Not An Id":"x"}}', 'rename.Not An Id: Invalid key'],
    ['{"merge":[["a-1"]]}', 'merge.0'],
    ['{"rename":', 'is not valid JSON'],
  ])('reports %s instead of ignoring it', (text, message) => {
    expect(parseEpisodeCuration(text)).toEqual(expect.stringContaining(message));
  });

  it('looks a rename up without inherited keys: an episode "constructor" is not renamed', () => {
    const curation = parseEpisodeCuration('{"rename":{"a-1":"x"}}');
    if (typeof curation === 'string') throw new Error(curation);
    expect(curation.rename?.['constructor']).toBeUndefined();
  });
});
