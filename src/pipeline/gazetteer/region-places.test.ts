import { describe, expect, it } from 'vitest';
import { foldPlaceName, getRegionPlaces } from './region-places.ts';
import generated from './data/places-geonames.json' with { type: 'json' };
import curated from './data/places.json' with { type: 'json' };
import { GAZETTEER } from './index.ts';

describe('places from GeoNames', () => {
  it.each([
    ['Khān Yūnis', 'Khan Yunis'],
    ['Ţarţūs', 'Tartus'],
    ['‘Ein Qunīya', 'Ein Quniya'],
    ['Zikhron Ya‘aqov', 'Zikhron Yaaqov'],
  ])('folds %s to %s', (name, folded) => {
    expect(foldPlaceName(name)).toBe(folded);
  });

  it('keeps towns of the region only, and never a name the curated data uses', () => {
    const names = getRegionPlaces([
      { name: 'Qalqīlyah', country: 'PS' },
      { name: 'Ţarţūs', country: 'SY' },
      { name: 'Lyon', country: 'FR' },
      { name: 'Jerusalem', country: 'IL' },
      { name: 'Sharon', country: 'IL' },
      { name: 'Tira', country: 'IL' },
    ]).map((place) => place.name);
    expect(names).toEqual(['Qalqilyah', 'Tartus']);
  });

  it('is loaded as places, each a place the curated data does not list', () => {
    expect(generated.length).toBeGreaterThan(1000);
    const loaded = new Set(GAZETTEER.places.map((place) => place.name));
    const handListed = new Set(curated.flatMap((place) => [place.name, ...(place.aliases ?? [])]));
    expect(generated.filter((place) => !loaded.has(place.name))).toEqual([]);
    expect(generated.filter((place) => handListed.has(place.name))).toEqual([]);
    expect(GAZETTEER.actors.some((actor) => generated.some((place) => place.name === actor.name))).toBe(
      false,
    );
  });
});
